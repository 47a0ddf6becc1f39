import { planCss } from '../../plan/print/planCss';
import { NOTE_COLOR_CSS } from '../noteColors';

/**
 * The summary's stylesheet: the marketing plan's print CSS (page box, fonts with CJK first for
 * Chinese, grey tables whose header repeats on every page and whose rows never split) plus a few
 * rules for a compact document: sections follow each other instead of each starting a page.
 */

/** The app's sticky-note paper colours, as small swatches. */
const SWATCH_CSS = Object.entries(NOTE_COLOR_CSS)
  .map(([color, { background, border }]) => `.ws-swatch-${color} { background: ${background}; border-color: ${border}; }`)
  .join('\n');

const SUMMARY_CSS = `
.ws-title h1 { font-size: 18pt; margin-bottom: 0.15em; }
.ws-title .plan-subtitle { margin: 0 0 0.6em; }
dl.ws-facts { margin-bottom: 0.4em; }
.ws-section { margin-top: 1.1em; }
.ws-section > h2 { font-size: 13pt; margin: 0 0 0.4em; padding-bottom: 0.15em; border-bottom: 1px solid #8c8c8c; }
.ws-step { margin-top: 0.9em; }
.ws-step > h3 { margin: 0 0 0.3em; }
.ws-part h4 { margin: 0.5em 0 0.2em; font-size: 9.5pt; color: #333333; }
.ws-part table { margin-bottom: 0.6em; }
.ws-without-notes { margin-top: 0.9em; color: #333333; }
.muted { color: #555555; font-style: italic; }
html:lang(zh-CN) .muted { font-style: normal; }
.ws-target { font-weight: 600; }
.ws-kind { display: inline-block; padding: 0 0.3em; margin-right: 0.15em; border: 1px solid #8c8c8c; font-size: 0.85em; white-space: nowrap; }
.ws-swatch { display: inline-block; width: 0.75em; height: 0.75em; margin-right: 0.4em; vertical-align: -0.05em; border: 1px solid #777777; border-radius: 2px; }
${SWATCH_CSS}
/* Column widths: text columns take the room, short ones stay narrow. */
table.ws-agenda-table td:nth-child(2) { width: 38%; }
table.ws-agenda-table td:first-child, table.ws-agenda-table th:first-child,
table.ws-results-table td:first-child, table.ws-results-table th:first-child { width: 2.2em; }
table.ws-results-table td:last-child, table.ws-results-table th:last-child,
table.ws-notes-table td:last-child, table.ws-notes-table th:last-child { width: 4.5em; }
table.ws-notes-table td:nth-child(2), table.ws-notes-table td:nth-child(3) { width: 18%; }
table.ws-decisions-table td:first-child { width: 45%; }
table.ws-decisions-table td:last-child { width: 22%; }
table.ws-actions-table td:first-child { width: 42%; }
`;

export function workshopSummaryCss(): string {
  return planCss('A4') + SUMMARY_CSS;
}
