import { migrateToCurrent } from '../migrations';
import { CURRENT_SCHEMA_VERSION, workspace, type Workspace } from '../schema/workspace';
import { summarizeIssues, type IssueSummary } from '../validation/issues';

/** Why a workspace text could not be opened for editing. Pure data, shown to the user as is. */
export type ParseProblem =
  | { kind: 'not-json'; detail: string; issues: IssueSummary[] }
  | { kind: 'invalid'; detail: string; issues: IssueSummary[] };

export type ParseOutcome =
  | { ok: true; workspace: Workspace; fromVersion: number; newerVersion: number | null }
  | { ok: false; problem: ParseProblem };

/** Where in the text JSON.parse stopped, as "line L, column C" — users can open the file and look. */
function locateJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (!position) return message;
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${message} (line ${line}, column ${column})`;
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
    return { ok: false, problem: { kind: 'not-json', detail: locateJsonError(body, error), issues: [] } };
  }
  return validateWorkspaceJson(raw);
}

export function validateWorkspaceJson(raw: unknown): ParseOutcome {
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
  const result = workspace.safeParse(candidate);
  if (!result.success) {
    const detail = migrated.kind === 'newer'
      ? `The file was written by a newer Stratboard (schemaVersion ${migrated.fromVersion}) and this version cannot read it.`
      : `The file does not match the workspace format (${result.error.issues.length} problem(s)).`;
    return invalid(detail, summarizeIssues(result.error.issues));
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
