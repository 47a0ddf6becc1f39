import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * What the desktop's hidden print window may load, as pure functions (no 'electron' import) so
 * the rules are unit-tested. The window's own session serves file:// itself: the one document
 * being printed, nothing else — a stray <img>/<iframe src="file:///…"> must not put some other
 * local file into a PDF.
 */

/**
 * Sent with the document. `sandbox` (no allow-* tokens) stops scripts, forms, popups, plugins
 * and <meta http-equiv="refresh"> redirects; the fetch rules allow only what a self-contained
 * document holds inline: <style>, style attributes, data: images and fonts.
 */
export const PDF_DOCUMENT_CSP = [
  'sandbox', "default-src 'none'", "style-src 'unsafe-inline' data:", 'img-src data:', 'font-src data:',
  "base-uri 'none'", "form-action 'none'",
].join('; ');

export function pdfDocumentHeaders(): Record<string, string> {
  return {
    // Stated, not sniffed: the HTML is written as UTF-8 and must read back as UTF-8 (Chinese text).
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': PDF_DOCUMENT_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
}

/** The document path a file:// request names, if it is one of the documents being printed; else null. */
export function printedDocumentFor(requestUrl: string, documents: Iterable<string>): string | null {
  let requested: string;
  try {
    if (!requestUrl.startsWith('file:')) return null;
    requested = fileURLToPath(requestUrl);
  } catch {
    return null; // not a local path (file://otherhost/…, bad encoding)
  }
  for (const document of documents) {
    // relative() and not ===: it normalises separators and, on Windows, letter case.
    if (relative(document, requested) === '') return document;
  }
  return null;
}
