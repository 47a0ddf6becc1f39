/**
 * Inline CSS of the exported HTML. Inline because the file must stand alone (the CSP
 * allows no external resources) and because the print version is what Chromium turns
 * into the PDF. The font stack names the CJK fonts of Linux, Windows and macOS so Chinese
 * never falls back to boxes.
 */

export const FONT_STACK =
  '"Noto Sans", "Segoe UI", "Helvetica Neue", Arial, "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Source Han Sans SC", sans-serif';
const MONO_STACK = '"Noto Sans Mono", Consolas, "Courier New", "Noto Sans Mono CJK SC", monospace';

const BASE_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font-family: ${FONT_STACK}; font-size: 11pt; line-height: 1.55; color: #1f2328; background: #ffffff; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.4em 0 0.5em; font-weight: 700; }
h1 { font-size: 1.7em; } h2 { font-size: 1.35em; } h3 { font-size: 1.15em; } h4, h5, h6 { font-size: 1em; }
p { margin: 0 0 0.7em; }
a { color: #0b5cad; }
ul, ol { margin: 0 0 0.7em; padding-left: 1.6em; }
li > p { margin-bottom: 0.2em; }
blockquote { margin: 0 0 0.8em; padding: 0.2em 1em; border-left: 4px solid #d0d7de; color: #424a53; }
code { font-family: ${MONO_STACK}; font-size: 0.92em; background: #f3f4f6; padding: 0.05em 0.3em; border-radius: 3px; }
pre { font-family: ${MONO_STACK}; background: #f6f8fa; padding: 0.8em 1em; border-radius: 4px; overflow-x: auto; white-space: pre-wrap; word-break: break-word; }
pre code { background: none; padding: 0; }
hr { border: 0; border-top: 1px solid #d0d7de; margin: 1.2em 0; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1em; font-size: 0.95em; }
th, td { border: 1px solid #d0d7de; padding: 0.35em 0.55em; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th { background: #f0f3f6; font-weight: 700; }
td p, th p { margin: 0; }
figure.image { margin: 0 0 1em; }
img { max-width: 100%; height: auto; }
.cover-kind { text-transform: uppercase; letter-spacing: 0.08em; color: #57606a; font-size: 0.9em; margin-bottom: 0.4em; }
.cover-title { font-size: 2.3em; margin: 0 0 0.3em; }
.cover-product { font-size: 1.3em; color: #424a53; margin-bottom: 1.5em; }
.cover-meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.3em 1.2em; margin: 0; }
.cover-meta dt { color: #57606a; }
.cover-meta dd { margin: 0; }
.toc-title { margin-top: 0; }
.toc ol { list-style: none; padding-left: 0; }
.toc li { margin: 0.25em 0; }
.toc .toc-level-2 { padding-left: 1.5em; }
.toc a { text-decoration: none; }
.requirements-table, .change-log-table { font-size: 0.88em; }
/* Short codes (ID, priority, status, date, decision) on one line; the long text columns take the rest. */
.requirements-table td:nth-child(1), .requirements-table td:nth-child(4), .requirements-table td:nth-child(6),
.change-log-table td:nth-child(1), .change-log-table td:nth-child(8) { white-space: nowrap; }
.empty-note { color: #57606a; font-style: italic; }
`;

const FILE_CSS = `
body { padding: 2.5em 1.5em 4em; }
.page { max-width: 860px; margin: 0 auto; }
.cover { padding-bottom: 1.5em; border-bottom: 2px solid #d0d7de; margin-bottom: 1.5em; }
.toc { padding-bottom: 1em; border-bottom: 1px solid #d0d7de; margin-bottom: 1.5em; }
`;

const PRINT_CSS = `
@page { size: A4; margin: 18mm 16mm 20mm; }
body { font-size: 10.5pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.cover { break-after: page; padding-top: 30%; }
.toc { break-after: page; }
h1, h2, h3, h4, h5, h6 { break-after: avoid; break-inside: avoid; }
tr, figure, img, pre, blockquote { break-inside: avoid; }
thead { display: table-header-group; }
tfoot { display: table-footer-group; }
p, li { orphans: 3; widows: 3; }
a { color: inherit; text-decoration: none; }
.requirements, .change-log { break-before: page; }
`;

export function exportCss(mode: 'file' | 'print'): string {
  return BASE_CSS + (mode === 'print' ? PRINT_CSS : FILE_CSS);
}
