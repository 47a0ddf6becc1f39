import { FONT_STACK } from '../../documents/export/htmlStyles';
import type { MarketingPlan } from '../../schema/marketingPlan';

/**
 * The print stylesheet of the marketing plan PDF, inlined into the document (the CSP allows
 * inline styles only).
 *
 * Page box: the host prints with fixed margins and its own running header and footer
 * (electron/pdf/printOptions.ts, preferCSSPageSize false). Measured with Chromium's page.pdf:
 * - an `@page { margin }` rule OVERRIDES the host's margins even with preferCSSPageSize false —
 *   `margin: 0` put the text at the sheet's edge, under the header — so there is no margin here;
 * - an `@page { size }` that differs from the paper shrinks and centres the page on it, so the
 *   size written here is always the plan's own page size, the same the host prints on.
 *
 * Grayscale: tables use borders and light grey fills only; the timeline tells statuses apart by
 * outline and pattern, and writes them out.
 */

/** CJK faces first for Chinese: Latin faces carry ' " ， glyphs too narrow for CJK text. */
const CJK_FIRST_STACK =
  '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans", "Segoe UI", Arial, sans-serif';

/**
 * Status fills of the timeline bars and legend swatches: grey level + outline style, readable
 * without colour (the status is also written beside each bar). Plain fills, not gradients or
 * pattern tiles: Chromium prints gradients as shadings pdf.js (the preview) cannot draw, and
 * pattern tiles as large masked bitmaps that slow printing.
 */
const STATUS_CSS = `
.tl-status-idea { background: #ffffff; border-style: dotted; }
.tl-status-planned { background: #ffffff; }
.tl-status-in-progress { background: #b8b8b8; }
.tl-status-done { background: #4d4d4d; }
.tl-status-cancelled { background: #ececec; border-style: dashed; border-color: #777777; }
`;

const TIMELINE_CSS = `
figure.timeline { margin: 0.6em 0 1.2em; }
figure.timeline > figcaption { font-weight: 700; margin-bottom: 0.3em; text-align: left; }
.tl { border: 1px solid #666666; font-size: 8.5pt; }
.tl-row { display: flex; align-items: stretch; border-top: 1px solid #cccccc; min-height: 1.75em; }
.tl-row:first-child { border-top: 0; }
.tl-head { background: #eeeeee; font-weight: 700; }
.tl-label { flex: 0 0 34%; display: flex; gap: 0.4em; align-items: center; padding: 0.1em 0.4em; border-right: 1px solid #666666; min-width: 0; }
.tl-name { flex: 1 1 auto; min-width: 0; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.tl-status { flex: 0 0 auto; color: #444444; font-size: 0.9em; }
.tl-track { flex: 1 1 auto; position: relative; min-width: 0; }
.tl-month { position: absolute; top: 0; bottom: 0; padding-top: 0.25em; text-align: center; border-left: 1px solid #999999; }
.tl-month:first-child { border-left: 0; }
.tl-gridline { position: absolute; top: 0; bottom: 0; border-left: 1px dotted #999999; }
.tl-bar { position: absolute; top: 22%; height: 56%; min-width: 2px; border: 1.2px solid #222222; border-radius: 2px; }
.tl-open-start { border-left-width: 0; border-top-left-radius: 0; border-bottom-left-radius: 0; }
.tl-open-end { border-right-width: 0; border-top-right-radius: 0; border-bottom-right-radius: 0; }
.tl-milestone { position: absolute; top: 50%; transform: translate(-50%, -50%); line-height: 1; font-size: 1.05em; color: #000000; }
.tl-empty-text { position: absolute; left: 0.5em; top: 0.3em; color: #555555; font-style: italic; }
.tl-legend { display: flex; flex-wrap: wrap; gap: 0.2em 1.2em; margin-top: 0.35em; font-size: 8pt; color: #333333; }
.tl-legend-item { display: inline-flex; align-items: center; gap: 0.35em; }
.tl-swatch { display: inline-block; width: 1.8em; height: 0.8em; border: 1.2px solid #222222; border-radius: 2px; }
${STATUS_CSS}`;

const BASE_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: ${FONT_STACK}; font-size: 10.5pt; line-height: 1.5; color: #111111; background: #ffffff;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
html:lang(zh-CN) body { font-family: ${CJK_FIRST_STACK}; line-height: 1.6; }
p { margin: 0 0 0.6em; orphans: 3; widows: 3; }
ul, ol { margin: 0 0 0.7em; padding-left: 1.5em; }
li { orphans: 3; widows: 3; }
a { color: inherit; text-decoration: none; }
img { max-width: 100%; height: auto; }

/* Every top-level section starts a page; the first one (the cover) needs no break before it. */
body > * { break-before: page; }
body > :first-child { break-before: auto; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; font-weight: 700; break-after: avoid; page-break-after: avoid; break-inside: avoid; }
h1 { font-size: 20pt; margin: 0 0 0.6em; padding-bottom: 0.2em; border-bottom: 1.5px solid #333333; }
h2 { font-size: 14pt; margin: 1.2em 0 0.5em; }
h3 { font-size: 11.5pt; margin: 1em 0 0.4em; }
h4, h5, h6 { font-size: 10.5pt; margin: 0.9em 0 0.3em; }
figure, tr, .keep, img, pre, blockquote, dl.plan-facts { break-inside: avoid; page-break-inside: avoid; }

/* Tables: grey rules and header fill, no colour; the header row repeats on every page. */
table { border-collapse: collapse; width: 100%; margin: 0.3em 0 1em; font-size: 9pt; }
thead { display: table-header-group; }
tfoot { display: table-footer-group; }
th, td { border: 1px solid #8c8c8c; padding: 0.3em 0.45em; text-align: left; vertical-align: top; overflow-wrap: break-word; }
thead th { background: #e6e6e6; font-weight: 700; }
/* Chinese would otherwise wrap a two-character header (负责人) one character per line in a narrow column. */
html:lang(zh-CN) thead th { word-break: keep-all; }
tbody th { font-weight: 600; }
td.nowrap { white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.total td, tr.total th { font-weight: 700; border-top: 2px solid #333333; background: #f3f3f3; }
td p, th p { margin: 0; }

/* Figures: charts are drawn at their print size and only ever shrink to the text width. */
figure { margin: 0.8em 0 1em; }
figure.chart { text-align: center; }
figure.chart img { display: block; margin: 0 auto; max-width: 100%; height: auto; }
figcaption { font-size: 9pt; color: #333333; margin-top: 0.3em; }

/* Empty parts: the "not yet written" line of an empty section, and "nothing yet" notes inside one. */
.plan-empty { margin: 0.4em 0; padding: 0.5em 0.8em; border-left: 3px solid #8c8c8c; background: #f3f3f3; color: #333333; font-style: italic; }
.empty-note { color: #555555; font-style: italic; }
html:lang(zh-CN) .plan-empty, html:lang(zh-CN) .empty-note, html:lang(zh-CN) .tl-empty-text { font-style: normal; }
.plan-note, .table-note { font-size: 9pt; color: #444444; }
.warning { padding-left: 0.6em; border-left: 3px solid #333333; }
.over-flag { display: inline-block; margin-left: 0.3em; padding: 0 0.3em; border: 1px solid #333333; font-size: 0.85em; font-weight: 700; white-space: nowrap; }

.plan-subtitle { color: #444444; margin-top: -0.3em; }
.plan-label { font-weight: 700; margin: 0.7em 0 0.3em; break-after: avoid; }
.plan-text { text-align: justify; }
html:lang(zh-CN) .plan-text { text-align: left; }
dl.plan-facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1.2em; margin: 0.3em 0 0.9em; }
dl.plan-facts dt { color: #444444; }
dl.plan-facts dd { margin: 0; }
.statement { font-size: 11.5pt; padding: 0.5em 0.8em; border-left: 3px solid #333333; background: #f3f3f3; }
.persona { border: 1px solid #b3b3b3; padding: 0.4em 0.7em; margin: 0.4em 0; }
.persona-name { font-weight: 700; margin-bottom: 0.2em; }
.persona dl.plan-facts { margin-bottom: 0.2em; }
.plan-notes-label { font-weight: 700; margin-bottom: 0.2em; }
.reference { overflow-wrap: anywhere; }

/* Cover (coverSection): a page of its own. */
.plan-cover { break-after: page; padding-top: 28%; }
.plan-cover-company { display: flex; align-items: center; gap: 1em; margin-bottom: 2.5em; }
.plan-cover-logo { max-height: 22mm; max-width: 60mm; width: auto; }
.plan-cover-company-name { font-size: 14pt; font-weight: 700; margin: 0; }
h1.plan-cover-title { font-size: 28pt; border-bottom: 0; margin-bottom: 0.3em; }
.plan-cover-period { font-size: 15pt; color: #333333; margin-bottom: 2.5em; }
dl.plan-cover-meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.3em 1.2em; margin: 0; }
dl.plan-cover-meta dt { color: #444444; }
dl.plan-cover-meta dd { margin: 0; }

/* Contents (contentsSection). */
ol.plan-toc { list-style: none; padding-left: 0; }
ol.plan-toc li { display: flex; gap: 0.5em; margin: 0.25em 0; break-inside: avoid; }
ol.plan-toc li a { flex: 1 1 auto; }
ol.plan-toc .plan-toc-1 { font-weight: 700; margin-top: 0.5em; }
ol.plan-toc .plan-toc-2 { padding-left: 1.5em; }
.plan-toc-page { flex: 0 0 auto; font-variant-numeric: tabular-nums; }

/* Appendices: each document on a page of its own; its own headings stay inside it (no page breaks). */
.appendix + .appendix { break-before: page; }
.appendix-body h1 { font-size: 15pt; border-bottom: 0; margin: 1em 0 0.4em; }
.appendix-body h2 { font-size: 13pt; }
.appendix-body h3 { font-size: 11.5pt; }
`;

/** The whole stylesheet for a plan printed on `pageSize` paper (portrait). */
export function planCss(pageSize: MarketingPlan['pageSize']): string {
  const size = pageSize === 'Letter' ? 'letter' : 'A4';
  return `@page { size: ${size} portrait; }\n${BASE_CSS}${TIMELINE_CSS}`;
}
