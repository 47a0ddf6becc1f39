import Papa from 'papaparse';
import type { Requirement } from '../schema/document';
import type { UiLanguage } from '../schema/primitives';
import { commonTexts, documentsTexts } from '../i18n/texts';
import { displayPriority, type Priority, type PriorityScheme } from './requirements';

/**
 * Requirements as a CSV that Jira's "Import issues from CSV" takes: Summary, Description,
 * Priority and Labels. Jira reads several labels from several columns with the same header
 * "Labels", so there are as many Labels columns as the row with most labels needs.
 */

export interface JiraCsvOptions {
  scheme: PriorityScheme;
  /** Names of the strategy's segments and personas, for the linked persona/segment label. */
  segmentNameById: Record<string, string>;
  documentTitle: string;
  /** Language of the words inside the Description cell (Jira's column names stay English). */
  language?: UiLanguage;
}

/** Jira's default priority scheme has Highest … Lowest; our four levels map onto the top four. */
const JIRA_PRIORITY: Record<Priority, string> = {
  must: 'Highest', P0: 'Highest', should: 'High', P1: 'High', could: 'Medium', P2: 'Medium', wont: 'Low', P3: 'Low',
};

/** Jira labels cannot contain spaces (and are at most 255 characters). */
const MAX_LABEL = 255;

/** "Busy Parents / 忙碌父母" → "busy-parents-忙碌父母": letters and digits of any script, '-' between words. */
export function jiraLabel(text: string): string {
  return text.normalize('NFKC').toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}_]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_LABEL)
    .replace(/-+$/, '');
}

/** Same guard as campaignCsv: a cell Excel would run as a formula gets a leading '. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const escapeFormula = (cell: string) => (FORMULA_START.test(cell) ? `'${cell}` : cell);

function description(r: Requirement, options: JiraCsvOptions): string {
  const language = options.language ?? 'en';
  const { colon } = commonTexts[language];
  const { exported, jiraCsv } = documentsTexts[language];
  const line = (label: string, value: string) => `${label}${colon}${value}`;
  const parts: string[] = [];
  if (r.description.trim() !== '') parts.push(r.description.trim());
  if (r.acceptanceCriteria.trim() !== '') parts.push(`${jiraCsv.acceptance}\n${r.acceptanceCriteria.trim()}`);
  const facts = [
    line(exported.requirementColumns.priority, exported.priorities[displayPriority(r.priority, options.scheme)]),
    line(exported.requirementColumns.status, exported.requirementStatuses[r.status]),
  ];
  if (r.owner.trim() !== '') facts.push(line(exported.requirementColumns.owner, r.owner.trim()));
  const segment = r.personaOrSegmentId === null ? '' : (options.segmentNameById[r.personaOrSegmentId] ?? '').trim();
  if (segment !== '') facts.push(line(jiraCsv.segment, segment));
  if (options.documentTitle.trim() !== '') facts.push(line(jiraCsv.source, options.documentTitle.trim()));
  parts.push(facts.join('\n'));
  return parts.join('\n\n');
}

function labels(r: Requirement, options: JiraCsvOptions): string[] {
  const segmentName = r.personaOrSegmentId === null ? '' : (options.segmentNameById[r.personaOrSegmentId] ?? '');
  const all = [jiraLabel(r.key), jiraLabel(segmentName), 'stratboard'].filter((label) => label !== '');
  return [...new Set(all)];
}

/** UTF-8 BOM (Excel and Jira read it as UTF-8), CRLF line ends, one row per requirement. */
export function requirementsToJiraCsv(requirements: readonly Requirement[], options: JiraCsvOptions): string {
  const rows = requirements.map((r) => ({
    cells: [`${r.key} ${r.title.trim()}`, description(r, options), JIRA_PRIORITY[r.priority]],
    labels: labels(r, options),
  }));
  const labelColumns = Math.max(1, ...rows.map((row) => row.labels.length));
  const fields = ['Summary', 'Description', 'Priority', ...Array<string>(labelColumns).fill('Labels')];
  const data = rows.map((row) => [
    ...row.cells, ...row.labels, ...Array<string>(labelColumns - row.labels.length).fill(''),
  ].map(escapeFormula));
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: '\r\n' })}\r\n`;
}
