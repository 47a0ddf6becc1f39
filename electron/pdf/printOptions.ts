import type { MethodInput } from '../../shared/contract';

/**
 * The page setup both hosts print with (Electron's printToPDF on the desktop, Playwright's
 * page.pdf in web mode), so a PDF looks the same whichever made it. Pure: no 'electron' and no
 * 'playwright-core' import, because web mode and the unit tests load this file under plain Node.
 */

export type PdfRenderRequest = MethodInput<'renderPdf'>;

export const PDF_MARGINS_MM = { top: 18, bottom: 18, left: 16, right: 16 } as const;

/** The three margin presets a plan can choose; 'normal' is PDF_MARGINS_MM. Top/bottom leave room for header and footer. */
export const MARGIN_PRESETS_MM = {
  narrow: { top: 14, bottom: 14, left: 10, right: 10 },
  normal: PDF_MARGINS_MM,
  wide: { top: 22, bottom: 22, left: 25, right: 25 },
} as const;
export type MarginPreset = keyof typeof MARGIN_PRESETS_MM;

function marginsFor(request: Pick<PdfRenderRequest, 'margins'>) {
  return MARGIN_PRESETS_MM[request.margins ?? 'normal'];
}

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
const templateStyle = (margins: { left: number; right: number }) => [
  'box-sizing:border-box', 'width:100%', `padding:0 ${margins.right}mm 0 ${margins.left}mm`, 'font-size:9px',
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

function wrap(innerHtml: string, margins: { left: number; right: number } = PDF_MARGINS_MM): string {
  // Never an empty template: Chromium prints its own default (date, title, URL) for ''.
  return `<div style="${templateStyle(margins)}">${innerHtml}</div>`;
}

/** The running header: plain text, escaped. '' gives an empty header. */
export function buildHeaderTemplate(headerText: string, margins: MarginPreset = 'normal'): string {
  return wrap(escapeHtml(headerText), MARGIN_PRESETS_MM[margins]);
}

/**
 * The footer: plain text, escaped, with {page} and {total} replaced by the spans Chromium fills
 * in per page. Split first, then escape each literal piece, so no user text is ever read as markup.
 */
export function buildFooterTemplate(footerText: string, margins: MarginPreset = 'normal'): string {
  const html = footerText
    .split(/(\{page\}|\{total\})/)
    .map((part) => (part === PAGE_PLACEHOLDER ? PAGE_NUMBER_SPAN : part === TOTAL_PLACEHOLDER ? TOTAL_PAGES_SPAN : escapeHtml(part)))
    .join('');
  return wrap(html, MARGIN_PRESETS_MM[margins]);
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

export function playwrightPdfOptions(request: Pick<PdfRenderRequest, 'pageSize' | 'headerText' | 'footerText' | 'margins'>): PlaywrightPdfOptions {
  const mm = (value: number) => `${value}mm`;
  const m = marginsFor(request);
  return {
    format: request.pageSize,
    landscape: false,
    scale: 1,
    margin: { top: mm(m.top), bottom: mm(m.bottom), left: mm(m.left), right: mm(m.right) },
    printBackground: true,
    // The app's page size choice wins over any @page size rule inside the document.
    preferCSSPageSize: false,
    displayHeaderFooter: true,
    headerTemplate: buildHeaderTemplate(request.headerText, request.margins),
    footerTemplate: buildFooterTemplate(request.footerText, request.margins),
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

export function electronPdfOptions(request: Pick<PdfRenderRequest, 'pageSize' | 'headerText' | 'footerText' | 'margins'>): ElectronPdfOptions {
  const inches = (value: number) => value / MM_PER_INCH;
  const m = marginsFor(request);
  return {
    pageSize: request.pageSize,
    landscape: false,
    scale: 1,
    margins: {
      top: inches(m.top), bottom: inches(m.bottom),
      left: inches(m.left), right: inches(m.right),
    },
    printBackground: true,
    preferCSSPageSize: false,
    displayHeaderFooter: true,
    headerTemplate: buildHeaderTemplate(request.headerText, request.margins),
    footerTemplate: buildFooterTemplate(request.footerText, request.margins),
  };
}
