import { escapeHtml } from '../../documents/export/escape';
import { formatMoney } from '../../documents/strategyBlocks/numberFormat';
import type { PlanSectionId } from '../../schema/marketingPlan';
import type { UiLanguage } from '../../schema/primitives';
import { PRINT_CHART_SIZE } from './chartKeys';

/**
 * Small HTML builders the plan section writers share. Every piece of user text goes through
 * escapeHtml here or in the writer; the only markup that is not escaped is markup these
 * functions build themselves, so a writer never concatenates raw user text into a tag.
 */

export { escapeHtml };

/**
 * A run this long without a space (a URL, a file path) gets break opportunities. Chinese and
 * Japanese text may already wrap between any two characters, so it is not a "run".
 */
const LONG_RUN = /[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]{40,}/gu;
const BREAK_EVERY = 20;

/**
 * Escaped text where long unbroken runs may wrap: a table column in Chromium's auto layout
 * cannot shrink below its longest word, so one long URL would push the table past the margin
 * and the print would cut it off. `<wbr>` breaks only where needed and adds no character to
 * the PDF's text.
 */
function escapeWithSoftBreaks(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(LONG_RUN)) {
    out += escapeHtml(text.slice(last, match.index));
    const run = match[0];
    const pieces: string[] = [];
    for (let at = 0; at < run.length; at += BREAK_EVERY) pieces.push(escapeHtml(run.slice(at, at + BREAK_EVERY)));
    out += pieces.join('<wbr>');
    last = match.index + run.length;
  }
  return out + escapeHtml(text.slice(last));
}

/** Short text: escaped, line breaks kept, long unbroken runs allowed to wrap. */
export function textHtml(text: string): string {
  return escapeWithSoftBreaks(text).replace(/\r\n?|\n/g, '<br>');
}

/** Long text as paragraphs (a blank line starts a new one); '' when there is nothing but spaces. */
export function paragraphsHtml(text: string, className = 'plan-text'): string {
  return text
    .split(/(?:\r\n?|\n)[ \t]*(?:\r\n?|\n)/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => `<p class="${className}">${textHtml(block)}</p>`)
    .join('');
}

export const hasText = (text: string): boolean => text.trim() !== '';

/** Where a section's heading is (the table of contents links here). Ids are [A-Za-z0-9_-]. */
export function sectionAnchor(id: PlanSectionId, ...parts: string[]): string {
  return ['plan', id, ...parts].join('-').replace(/[^A-Za-z0-9_-]/g, '_');
}

/**
 * The `<section>` every writer returns, the same markup as sectionHtml.ts's planSection: the
 * section carries the anchor the contents links to ("plan-<id>"), the title is its h1.
 */
export function sectionHtml(id: PlanSectionId, title: string, body: string): string {
  return `<section class="plan-section plan-section-${id}" id="${sectionAnchor(id)}"><h1>${escapeHtml(title)}</h1>${body}</section>`;
}

export function headingHtml(level: 2 | 3 | 4, text: string, anchor?: string): string {
  const id = anchor === undefined ? '' : ` id="${escapeHtml(anchor)}"`;
  return `<h${level}${id}>${escapeHtml(text)}</h${level}>`;
}

/** The muted line that stands where a part of a section has nothing yet ("No channels yet."). */
export function emptyNoteHtml(text: string): string {
  return `<p class="empty-note">${escapeHtml(text)}</p>`;
}

export interface TableSpec {
  className?: string;
  /** Header texts (escaped here). */
  headers: string[];
  /** Cell HTML, already escaped by the caller (use textHtml). */
  rows: string[][];
  /** Column indexes (0-based) of numbers: right-aligned so figures line up. */
  numeric?: readonly number[];
  /** Columns of short codes (status, kind, date) kept on one line: Chinese would wrap 计划中 after any character. */
  nowrap?: readonly number[];
  /** A closing row (totals), in the body so it prints once, not on every page like a tfoot would. */
  totalRow?: string[];
}

/** `<table class="data">` (the class the print CSS styles, shared with sectionHtml.ts's dataTable). */
export function tableHtml(spec: TableSpec): string {
  const numeric = new Set(spec.numeric ?? []);
  const nowrap = new Set(spec.nowrap ?? []);
  const headCls = (i: number) => (numeric.has(i) ? ' class="num"' : '');
  const cls = (i: number) => (numeric.has(i) ? ' class="num"' : nowrap.has(i) ? ' class="nowrap"' : '');
  const head = `<thead><tr>${spec.headers.map((text, i) => `<th${headCls(i)}>${escapeHtml(text)}</th>`).join('')}</tr></thead>`;
  const row = (cells: string[], rowClass: string) => `<tr${rowClass}>${cells.map((cell, i) => `<td${cls(i)}>${cell}</td>`).join('')}</tr>`;
  const body = spec.rows.map((cells) => row(cells, '')).join('') + (spec.totalRow ? row(spec.totalRow, ' class="total"') : '');
  const className = spec.className ? `data ${spec.className}` : 'data';
  return `<table class="${className}">${head}<tbody>${body}</tbody></table>`;
}

/** A label: value list (key figures, persona details). Values are HTML, already escaped. */
export function definitionListHtml(items: Array<[term: string, valueHtml: string]>, className = 'plan-facts'): string {
  if (items.length === 0) return '';
  return `<dl class="${className}">${items.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${value}</dd>`).join('')}</dl>`;
}

/**
 * Chart images are PNGs the renderer draws with chart.js at print resolution. Nothing else is
 * placed: not SVG (could carry script when opened elsewhere), not a remote URL (the CSP would
 * block it anyway and the PDF must be self-contained), not a malformed data URL.
 */
const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;

export function isPngDataUrl(src: unknown): src is string {
  return typeof src === 'string' && PNG_DATA_URL.test(src);
}

/**
 * A chart as a figure that never splits across pages, or '' when there is no usable image for
 * the key. Width and height are the print size in CSS px; CSS scales it down to the page width.
 */
export function chartFigureHtml(charts: Readonly<Record<string, string>>, key: string, alt: string, caption: string): string {
  const src = Object.prototype.hasOwnProperty.call(charts, key) ? charts[key] : undefined;
  if (!isPngDataUrl(src)) return '';
  const { width, height } = PRINT_CHART_SIZE;
  return `<figure class="chart"><img src="${src}" alt="${escapeHtml(alt)}" width="${width}" height="${height}"><figcaption>${escapeHtml(caption)}</figcaption></figure>`;
}

/**
 * formatMoney's output ("$69", "¥1,234.50") with the Intl formatters built once: building one
 * per call costs ~25 µs, which made a calendar of 20,000 campaigns take over a second to write.
 */
export function moneyFormatter(currency: string, language: UiLanguage): (value: number) => string {
  const locale = language === 'zh-CN' ? 'zh-CN' : 'en-US';
  try {
    const whole = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 });
    const cents = new Intl.NumberFormat(locale, { style: 'currency', currency });
    // Plan money prints in whole units (cents only for small amounts), so a total of rounded
    // lines and the rounded total never disagree by a cent; negatives use the real minus sign.
    return (value) => {
      const text = Math.abs(value) >= 100 || Number.isInteger(value) ? whole.format(Math.round(value)) : cents.format(value);
      return text.replace(/^-/, '\u2212');
    };
  } catch {
    return (value) => formatMoney(value, currency, language); // its fallback for a code Intl rejects
  }
}
