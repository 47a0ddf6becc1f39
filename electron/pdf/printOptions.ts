import type { MethodInput } from '../../shared/contract';

/**
 * The page setup both hosts print with (Electron's printToPDF on the desktop, Playwright's
 * page.pdf in web mode), so a PDF looks the same whichever made it. Pure: no 'electron' and no
 * 'playwright-core' import, because web mode and the unit tests load this file under plain Node.
 */

export type PdfRenderRequest = MethodInput<'renderPdf'>;

export const PDF_MARGINS_MM = { top: 18, bottom: 18, left: 16, right: 16 } as const;

/**
 * Chromium renders the header and footer as separate little documents that get none of the
 * page's styles, so the font is named here. Latin faces first; the CJK faces cover Chinese on
 * Linux (Noto/Source Han, Debian's fonts-noto-cjk), macOS (PingFang) and Windows (YaHei).
 */
export const HEADER_FOOTER_FONT_STACK = [
  "'Helvetica Neue'", 'Arial', "'Noto Sans'", "'Noto Sans CJK SC'", "'Noto Sans SC'", "'Source Han Sans SC'",
  "'PingFang SC'", "'Hiragino Sans GB'", "'Microsoft YaHei'", 'sans-serif',
].join(', ');

/** Where the page number and page count go in footerText. */
export const PAGE_PLACEHOLDER = '{page}';
export const TOTAL_PLACEHOLDER = '{total}';

const PAGE_NUMBER_SPAN = '<span class="pageNumber"></span>';
const TOTAL_PAGES_SPAN = '<span class="totalPages"></span>';

/**
 * The box every header/footer template uses. Chromium's default there is a tiny font and no
 * side margin, so both are set; padding lines the text up with the page's 16 mm side margins.
 */
const TEMPLATE_STYLE = [
  'box-sizing:border-box', 'width:100%', `padding:0 ${PDF_MARGINS_MM.right}mm 0 ${PDF_MARGINS_MM.left}mm`, 'font-size:9px',
  'line-height:1.3', `font-family:${HEADER_FOOTER_FONT_STACK}`, 'color:#555', '-webkit-print-color-adjust:exact',
  'print-color-adjust:exact', 'text-align:center', 'white-space:nowrap', 'overflow:hidden', 'text-overflow:ellipsis',
].join(';');

/** Text for an HTML text node or a quoted attribute. Control characters become spaces (a label is one line). */
export function escapeHtml(text: string): string {
  return Array.from(text, (ch) => (ch < ' ' || ch === '\u007f' ? ' ' : ch))
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function wrap(innerHtml: string): string {
  // Never an empty template: Chromium prints its own default (date, title, URL) for ''.
  return `<div style="${TEMPLATE_STYLE}">${innerHtml}</div>`;
}

/** The running header: plain text, escaped. '' gives an empty header. */
export function buildHeaderTemplate(headerText: string): string {
  return wrap(escapeHtml(headerText));
}

/**
 * The footer: plain text, escaped, with {page} and {total} replaced by the spans Chromium fills
 * in per page. Split first, then escape each literal piece, so no user text is ever read as markup.
 */
export function buildFooterTemplate(footerText: string): string {
  const html = footerText
    .split(/(\{page\}|\{total\})/)
    .map((part) => (part === PAGE_PLACEHOLDER ? PAGE_NUMBER_SPAN : part === TOTAL_PLACEHOLDER ? TOTAL_PAGES_SPAN : escapeHtml(part)))
    .join('');
  return wrap(html);
}

/** Options for Playwright's page.pdf (web mode). */
export interface PlaywrightPdfOptions {
  format: 'A4' | 'Letter';
  landscape: false;
  scale: 1;
  margin: { top: string; bottom: string; left: string; right: string };
  printBackground: true;
  preferCSSPageSize: false;
  displayHeaderFooter: true;
  headerTemplate: string;
  footerTemplate: string;
}

export function playwrightPdfOptions(request: Pick<PdfRenderRequest, 'pageSize' | 'headerText' | 'footerText'>): PlaywrightPdfOptions {
  const mm = (value: number) => `${value}mm`;
  return {
    format: request.pageSize,
    landscape: false,
    scale: 1,
    margin: { top: mm(PDF_MARGINS_MM.top), bottom: mm(PDF_MARGINS_MM.bottom), left: mm(PDF_MARGINS_MM.left), right: mm(PDF_MARGINS_MM.right) },
    printBackground: true,
    // The app's page size choice wins over any @page size rule inside the document.
    preferCSSPageSize: false,
    displayHeaderFooter: true,
    headerTemplate: buildHeaderTemplate(request.headerText),
    footerTemplate: buildFooterTemplate(request.footerText),
  };
}

/** Options for Electron's webContents.printToPDF (desktop). Electron takes margins in inches. */
export interface ElectronPdfOptions {
  pageSize: 'A4' | 'Letter';
  landscape: false;
  scale: 1;
  margins: { top: number; bottom: number; left: number; right: number };
  printBackground: true;
  preferCSSPageSize: false;
  displayHeaderFooter: true;
  headerTemplate: string;
  footerTemplate: string;
}

const MM_PER_INCH = 25.4;

export function electronPdfOptions(request: Pick<PdfRenderRequest, 'pageSize' | 'headerText' | 'footerText'>): ElectronPdfOptions {
  const inches = (value: number) => value / MM_PER_INCH;
  return {
    pageSize: request.pageSize,
    landscape: false,
    scale: 1,
    margins: {
      top: inches(PDF_MARGINS_MM.top), bottom: inches(PDF_MARGINS_MM.bottom),
      left: inches(PDF_MARGINS_MM.left), right: inches(PDF_MARGINS_MM.right),
    },
    printBackground: true,
    preferCSSPageSize: false,
    displayHeaderFooter: true,
    headerTemplate: buildHeaderTemplate(request.headerText),
    footerTemplate: buildFooterTemplate(request.footerText),
  };
}
