import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PDF_DOCUMENT_CSP, pdfDocumentHeaders, printedDocumentFor } from './pdfDocumentPolicy';

describe('what the print window may load', () => {
  const document = join('/tmp', 'stratboard-pdf-abc', 'document.html');
  const printing = new Set([document]);

  it('serves the document being printed, also when its path needs percent-encoding', () => {
    expect(printedDocumentFor(pathToFileURL(document).href, printing)).toBe(document);
    const spaced = join('/tmp', 'stratboard pdf 计划', 'document.html');
    expect(printedDocumentFor(pathToFileURL(spaced).href, new Set([spaced]))).toBe(spaced);
  });

  it('serves no other local file', () => {
    expect(printedDocumentFor('file:///etc/passwd', printing)).toBeNull();
    expect(printedDocumentFor(pathToFileURL(join('/tmp', 'stratboard-pdf-abc', 'other.html')).href, printing)).toBeNull();
    expect(printedDocumentFor('file:///tmp/stratboard-pdf-abc/../stratboard-pdf-abc/x/../../secret.txt', printing)).toBeNull();
    expect(printedDocumentFor('file://otherhost/tmp/stratboard-pdf-abc/document.html', printing)).toBeNull();
    expect(printedDocumentFor('https://example.com/document.html', printing)).toBeNull();
    expect(printedDocumentFor(pathToFileURL(document).href, new Set())).toBeNull();
  });

  it('sends a CSP that sandboxes the document and allows only inline styles and data: images and fonts', () => {
    expect(PDF_DOCUMENT_CSP.split('; ')).toEqual([
      'sandbox', "default-src 'none'", "style-src 'unsafe-inline' data:", 'img-src data:', 'font-src data:', "base-uri 'none'", "form-action 'none'",
    ]);
    expect(pdfDocumentHeaders()).toMatchObject({ 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PDF_DOCUMENT_CSP });
  });
});
