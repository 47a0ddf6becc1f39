import { escapeHtml } from '../../documents/export/escape';
import type { PlanSectionId } from '../../schema/marketingPlan';
import type { UiLanguage } from '../../schema/primitives';
import type { PlanSectionOutput } from './planContext';
import { planTexts } from '../../i18n/texts';
import { planSectionAnchor, planSectionTitle } from './sectionTitles';

/**
 * The markup every plan section is made of. All text passes through escapeHtml here, so the
 * section writers handle plain strings only and never build markup from user text themselves.
 * Class names the print stylesheet styles: plan-section, data (tables), num (right-aligned
 * number cells), total (sum rows), plan-note (small explanatory text), plan-empty.
 */

/** A table cell: plain text, or text with flags. */
export type Cell = string | { text: string; num?: boolean };
export interface Row { cells: Cell[]; className?: string }

const cellText = (cell: Cell) => (typeof cell === 'string' ? cell : cell.text);
const numClass = (cell: Cell) => (typeof cell !== 'string' && cell.num ? ' class="num"' : '');

/** A number cell (right-aligned in print). */
export const num = (text: string): Cell => ({ text, num: true });

/** `<table class="data">` with a header row (repeated on each page by the print CSS); the first cell of each body row is its row header. */
export function dataTable(head: Cell[], rows: Array<Cell[] | Row>): string {
  const th = head.map((c) => `<th scope="col"${numClass(c)}>${escapeHtml(cellText(c))}</th>`).join('');
  const body = rows.map((r) => {
    const row: Row = Array.isArray(r) ? { cells: r } : r;
    const cls = row.className ? ` class="${escapeHtml(row.className)}"` : '';
    const cells = row.cells.map((c, i) => (i === 0
      ? `<th scope="row"${numClass(c)}>${escapeHtml(cellText(c))}</th>`
      : `<td${numClass(c)}>${escapeHtml(cellText(c))}</td>`)).join('');
    return `<tr${cls}>${cells}</tr>`;
  }).join('');
  return `<table class="data"><thead><tr>${th}</tr></thead><tbody>${body}</tbody></table>`;
}

/** `<h2>` with an optional anchor for the table of contents. */
export function subHeading(text: string, anchor?: string): string {
  return anchor ? `<h2 id="${escapeHtml(anchor)}">${escapeHtml(text)}</h2>` : `<h2>${escapeHtml(text)}</h2>`;
}

/** User text as paragraphs: a blank line starts a new paragraph, a single line break stays a line break. */
export function paragraphs(text: string, className?: string): string {
  const cls = className ? ` class="${escapeHtml(className)}"` : '';
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => `<p${cls}>${p.split('\n').map((line) => escapeHtml(line.trim())).join('<br>')}</p>`)
    .join('');
}

/** A complete section: `<section class="plan-section" id="plan-…">` with the title as `<h1>`. */
export function planSection(id: PlanSectionId, title: string, bodyHtml: string): string {
  return `<section class="plan-section plan-section-${id}" id="${planSectionAnchor(id)}"><h1>${escapeHtml(title)}</h1>${bodyHtml}</section>`;
}

/** The section as printed when it is empty and the plan asks for the "not yet written" line. */
export function placeholderSection(id: PlanSectionId, language: UiLanguage): string {
  return planSection(id, planSectionTitle(id, language), `<p class="plan-empty">${escapeHtml(planTexts[language].print.notYetWritten)}</p>`);
}

/** The contents entry every section writer returns for itself. */
export function sectionTocEntry(id: PlanSectionId, language: UiLanguage): PlanSectionOutput['toc'][number] {
  return { anchor: planSectionAnchor(id), text: planSectionTitle(id, language), level: 1 };
}
