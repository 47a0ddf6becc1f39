import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserWindow, session, type Session } from 'electron';
import { printedDocumentFor, pdfDocumentHeaders } from './pdfDocumentPolicy';
import { electronPdfOptions, type PdfRenderRequest } from './printOptions';
import { createRenderQueue } from './renderQueue';

/**
 * The desktop's renderPdf: the HTML goes into a fresh temp folder, a hidden offscreen window
 * with JavaScript off loads it, Chromium's printToPDF prints it, and the window and the folder
 * are gone afterwards whatever happened. Renders run one at a time with a time limit.
 */

/** No "persist:" prefix: an in-memory session, so nothing of a printed document lands on disk. */
const PDF_PARTITION = 'stratboard-pdf';
const REMOTE_URLS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*'];

const runRender = createRenderQueue();
/** Documents being printed now; the session serves these files and no others. */
const printing = new Set<string>();
let pdfSession: Session | null = null;

export function printHtmlToPdf(request: PdfRenderRequest): Promise<Uint8Array> {
  return runRender((signal) => printOnce(request, signal));
}

async function printOnce(request: PdfRenderRequest, signal: AbortSignal): Promise<Uint8Array> {
  const folder = await mkdtemp(join(tmpdir(), 'stratboard-pdf-'));
  const documentPath = join(folder, 'document.html');
  let window: BrowserWindow | null = null;
  // A timed-out render is torn down here; its pending load or print then fails and the finally cleans up.
  const destroyWindow = () => {
    if (window && !window.isDestroyed()) window.destroy();
  };
  signal.addEventListener('abort', destroyWindow, { once: true });
  try {
    await writeFile(documentPath, request.html, { encoding: 'utf8', mode: 0o600 });
    signal.throwIfAborted();
    printing.add(documentPath);
    window = createPrintWindow(getPdfSession());
    await window.loadFile(documentPath);
    return await window.webContents.printToPDF(electronPdfOptions(request));
  } finally {
    signal.removeEventListener('abort', destroyWindow);
    destroyWindow();
    printing.delete(documentPath);
    await rm(folder, { recursive: true, force: true }).catch((error: unknown) => {
      console.warn('[stratboard] could not remove the PDF temp folder', folder, error);
    });
  }
}

/**
 * Every webPreference that widens what page code can reach is off, as in window.ts, and
 * JavaScript too: the document is only laid out and printed. The app-wide guards from
 * security.ts attach to this window as well; the handlers below are stricter, because this
 * window has no reason to navigate or open anything, not even a link in the browser.
 */
function createPrintWindow(printSession: Session): BrowserWindow {
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      session: printSession,
      offscreen: true,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      devTools: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      backgroundThrottling: false,
    },
  });
  const contents = window.webContents;
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  return window;
}

/** Created on first use (sessions exist only after app 'ready'), then reused. */
function getPdfSession(): Session {
  if (pdfSession) return pdfSession;
  const created = session.fromPartition(PDF_PARTITION, { cache: false });
  // No permission of any kind: a printed document needs none.
  created.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  created.setPermissionCheckHandler(() => false);
  created.setDevicePermissionHandler(() => false);
  // Nothing remote (the document's CSP already says so; this holds even if a page ignored it).
  created.webRequest.onBeforeRequest({ urls: REMOTE_URLS }, (_details, callback) => callback({ cancel: true }));
  // file:// in this session serves only the documents being printed, with a locking-down CSP.
  created.protocol.handle('file', async (request) => {
    const documentPath = printedDocumentFor(request.url, printing);
    if (!documentPath) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    const body = await readFile(documentPath);
    return new Response(new Uint8Array(body), { status: 200, headers: pdfDocumentHeaders() });
  });
  pdfSession = created;
  return created;
}
