import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// The worker ships inside the app (same origin, allowed by script-src 'self'); nothing is fetched.
GlobalWorkerOptions.workerSrc = workerUrl;

/**
 * Opens PDF bytes with pdf.js for the preview. A copy is handed over because pdf.js transfers
 * (detaches) the buffer it gets, and the same bytes are saved on export. No eval, no fetches.
 */
export function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, stopAtErrors: false }).promise;
}
