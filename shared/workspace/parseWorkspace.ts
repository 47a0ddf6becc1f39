import { migrateToCurrent } from '../migrations';
import { CURRENT_SCHEMA_VERSION, workspace, type Workspace } from '../schema/workspace';
import { summarizeIssues, type IssueSummary } from '../validation/issues';
import { firstIssues, safeParseStoppingEarly } from './boundedIssues';
import { jsonErrorOffset, lineAndColumn, visibleText } from './jsonErrorOffset';

/** As many problems as the recovery screen lists; finding more costs time and memory for nothing. */
const REPORTED_ISSUES = 20;

/** Why a workspace text could not be opened for editing. Pure data, shown to the user as is. */
export type ParseProblem =
  | { kind: 'not-json'; detail: string; issues: IssueSummary[] }
  | { kind: 'invalid'; detail: string; issues: IssueSummary[] };

export type ParseOutcome =
  | { ok: true; workspace: Workspace; fromVersion: number; newerVersion: number | null }
  | { ok: false; problem: ParseProblem };

/**
 * What JSON.parse said, plus where ("line L, column C") — users can open the file and look. V8
 * names a position only for some errors, so the spot is found by our own scan. The excerpt V8
 * quotes from the file is dropped (see withoutExcerpt); the one unexpected character it names is
 * made visible (a U+202E must not reverse the message on screen).
 */
function describeJsonError(text: string, error: unknown): string {
  if (text.trim() === '') return 'The file is empty.';
  const message = visibleText(withoutExcerpt((error instanceof Error ? error.message : String(error)).replace(/\s*\(line \d+ column \d+\)\s*$/, '')));
  const offset = jsonErrorOffset(text);
  if (offset === null) return message;
  const { line, column } = lineAndColumn(text, offset);
  if (offset >= text.length) return `${message} (the file ends too early at line ${line}, column ${column}; it may have been cut off)`;
  return `${message} (line ${line}, column ${column})`;
}

/**
 * V8's JSON.parse message without the text it quotes from the file: 'Unexpected token 'r',
 * "root:x:0:0:"... is not valid JSON' quotes a stretch of the file, all of it when it is short.
 * A path given to the app can name any file its user can read (/etc/passwd, an SSH key), and
 * the message goes back to whoever asked, so problem messages never quote a file that is not a
 * workspace: they say what is wrong (the one unexpected character) and where (line, column).
 */
export function withoutExcerpt(message: string): string {
  const excerpt = message.search(/,?\s*(\.\.\.)?"/);
  const kept = (excerpt >= 0 ? message.slice(0, excerpt) : message).trim();
  return kept === '' ? 'Not valid JSON' : kept;
}

/**
 * An error thrown while migrating or checking parsed JSON, without values quoted from the file
 * (V8 says "Cannot create property 'x' on string '<the file's text>'"). A property name the code
 * was reading stays: it is ours, and it helps support.
 */
export function withoutQuotedValues(message: string): string {
  return message.replace(/(?<!reading )(["'])(?:(?!\1)[^\n])*\1/g, '…');
}

/**
 * Text of a workspace file -> a validated, current-version workspace, or a precise problem.
 * A leading BOM (common from Windows editors) is accepted; everything else must be exact.
 */
export function parseWorkspaceText(text: string): ParseOutcome {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    return { ok: false, problem: { kind: 'not-json', detail: describeJsonError(body, error), issues: [] } };
  }
  return validateWorkspaceJson(raw);
}

/**
 * Parsed JSON -> a validated, current-version workspace, or a precise problem. Never throws:
 * migrations and refinements run on untrusted data, and one that trips over it (an object
 * where a string was expected, say) must give the user a message, not stop the app's start.
 */
export function validateWorkspaceJson(raw: unknown): ParseOutcome {
  try {
    return validateUntrusted(raw);
  } catch (error) {
    const version = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>).schemaVersion : undefined;
    const upgrading = typeof version === 'number' && Number.isInteger(version) && version < CURRENT_SCHEMA_VERSION;
    const reason = visibleText(withoutQuotedValues(error instanceof Error ? error.message : String(error))).slice(0, 300);
    const detail = upgrading
      ? `The file could not be upgraded from schemaVersion ${version}: part of it is in a form this version does not expect (${reason}).`
      : `Part of the file is in a form this version does not expect (${reason}).`;
    return invalid(detail, [
      { path: '(document)', en: 'has content in an unexpected form', zh: '包含无法识别的内容' },
    ]);
  }
}

function validateUntrusted(raw: unknown): ParseOutcome {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return invalid('The file holds JSON, but not a workspace object.', [
      { path: '(document)', en: 'must be an object', zh: '必须是一个对象' },
    ]);
  }
  const migrated = migrateToCurrent(raw as Record<string, unknown>);
  if (migrated.kind === 'unknown-version') {
    return invalid('The file has no usable schemaVersion.', [
      { path: 'schemaVersion', en: `must be a whole number from 1 to ${CURRENT_SCHEMA_VERSION}`, zh: `必须是 1 到 ${CURRENT_SCHEMA_VERSION} 之间的整数` },
    ]);
  }
  // A newer file is shown read-only: read it as the current shape, ignoring what this build does not know.
  const candidate = migrated.kind === 'newer' ? { ...migrated.doc, schemaVersion: CURRENT_SCHEMA_VERSION } : migrated.doc;
  // One pass that stops at the first problem; only a failing file is then searched for its first
  // few problems (boundedIssues.ts): a full report of a hostile file can run to millions.
  const result = safeParseStoppingEarly(workspace, candidate);
  if (!result.success) {
    const found = firstIssues(workspace, candidate, REPORTED_ISSUES);
    // reportInput (set by both) keeps each issue's input, so the report tells "missing" from "wrong type".
    const issues = found.issues.length > 0 ? found.issues : result.error.issues;
    const count = found.complete ? `${issues.length} problem(s)` : `${issues.length} or more problems; the first ${issues.length} are listed`;
    const detail = migrated.kind === 'newer'
      ? `The file was written by a newer Stratboard (schemaVersion ${migrated.fromVersion}) and this version cannot read it.`
      : `The file does not match the workspace format (${count}).`;
    return invalid(detail, summarizeIssues(issues, REPORTED_ISSUES));
  }
  return {
    ok: true,
    workspace: result.data,
    fromVersion: migrated.fromVersion,
    newerVersion: migrated.kind === 'newer' ? migrated.fromVersion : null,
  };
}

function invalid(detail: string, issues: IssueSummary[]): ParseOutcome {
  return { ok: false, problem: { kind: 'invalid', detail, issues } };
}
