import { existsSync } from 'node:fs';
import type * as PlaywrightCoreModule from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { RpcFailure } from '../../shared/contract/errors';
import { pdfDocumentHeaders } from '../pdf/pdfDocumentPolicy';
import { playwrightPdfOptions, type PdfRenderRequest } from '../pdf/printOptions';
import { createRenderQueue, PDF_RENDER_TIMEOUT_MS } from '../pdf/renderQueue';

/**
 * Web mode's renderPdf: the same Chromium print as the desktop's printToPDF, through
 * playwright-core and the system's Chromium (nothing is downloaded). One browser is started on
 * first use and reused; each render gets a fresh context with JavaScript off, the network
 * offline and the same document CSP as the desktop, so the document is only laid out and
 * printed. Renders run one at a time.
 */

export const CHROMIUM_ENV_VAR = 'STRATBOARD_CHROMIUM';
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'] as const;
export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync',
] as const;

/** Never resolved (.invalid is reserved); the context's route handler answers it. */
const DOCUMENT_URL = 'http://stratboard.invalid/document.html';

type PlaywrightCore = typeof PlaywrightCoreModule;

export interface WebPdfRenderer {
  render(request: PdfRenderRequest): Promise<Uint8Array>;
  /** Closes the browser (when the server stops). Later renders answer an error. */
  close(): Promise<void>;
}

export interface WebPdfRendererOptions {
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** Tests replace this to act out a missing playwright-core. */
  loadPlaywright?: () => Promise<PlaywrightCore>;
}

/** The Chromium to start: STRATBOARD_CHROMIUM if set, else the first that exists of the usual paths. */
export function findChromium(env: NodeJS.ProcessEnv, exists: (path: string) => boolean = existsSync): { path: string } | { missing: string } {
  const configured = env[CHROMIUM_ENV_VAR];
  if (configured) {
    // An explicit setting that is wrong is reported, not silently replaced by another browser.
    return exists(configured) ? { path: configured } : { missing: `${CHROMIUM_ENV_VAR} points to ${configured}, which does not exist` };
  }
  const found = CHROMIUM_CANDIDATES.find((candidate) => exists(candidate));
  return found ? { path: found } : { missing: `no Chromium at ${CHROMIUM_CANDIDATES.join(', ')} (install chromium or set ${CHROMIUM_ENV_VAR})` };
}

/**
 * playwright-core is loaded only when the first PDF is made, and through a specifier esbuild
 * cannot follow, so it stays out of web.cjs (it is resolved from node_modules at run time) and
 * web mode runs without it until a PDF is asked for.
 */
async function importPlaywrightCore(): Promise<PlaywrightCore> {
  const specifier = 'playwright-core';
  return (await import(specifier)) as PlaywrightCore;
}

function isModuleNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}

const unsupported = (what: string) => new RpcFailure('unsupported', `Making a PDF in web mode needs Chromium through playwright-core: ${what}.`);

export function createWebPdfRenderer(options: WebPdfRendererOptions = {}): WebPdfRenderer {
  const env = options.env ?? process.env;
  const timeoutMs = options.timeoutMs ?? PDF_RENDER_TIMEOUT_MS;
  const loadPlaywright = options.loadPlaywright ?? importPlaywrightCore;
  const runRender = createRenderQueue(timeoutMs);
  let browser: Promise<Browser> | null = null;
  let closed = false;

  async function launch(): Promise<Browser> {
    let playwright: PlaywrightCore;
    try {
      playwright = await loadPlaywright();
    } catch (error) {
      if (isModuleNotFound(error)) throw unsupported('the npm package playwright-core is not installed');
      throw error;
    }
    const chromium = findChromium(env);
    if ('missing' in chromium) throw unsupported(chromium.missing);
    try {
      return await playwright.chromium.launch({ executablePath: chromium.path, headless: true, args: [...CHROMIUM_ARGS] });
    } catch (error) {
      throw unsupported(`Chromium at ${chromium.path} did not start (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    }
  }

  /** The shared browser, started on first use and again after it crashed or was discarded. */
  function getBrowser(): Promise<Browser> {
    if (browser) return browser;
    const starting = launch();
    browser = starting;
    starting.then(
      (started) => started.on('disconnected', () => {
        if (browser === starting) browser = null;
      }),
      () => {
        if (browser === starting) browser = null; // a failed start is retried on the next call
      },
    );
    return starting;
  }

  /** A context and page made ready ahead of the next render; the document arrives through its route. */
  interface Prepared { context: BrowserContext; page: Page; document: { html: string } }
  let spare: Promise<Prepared> | null = null;

  async function prepare(): Promise<Prepared> {
    const context = await (await getBrowser()).newContext({ javaScriptEnabled: false, offline: true, serviceWorkers: 'block' });
    const document = { html: '' };
    // The document is served to the page, with the desktop's CSP (whose `sandbox` also stops
    // <meta http-equiv="refresh">, which page.setContent could not), and every other request is
    // dropped: 'aborted' keeps Chromium from replacing the page with an error page.
    await context.route('**/*', (route) =>
      route.request().url() === DOCUMENT_URL
        ? route.fulfill({ status: 200, headers: pdfDocumentHeaders(), body: document.html })
        : route.abort('aborted'),
    );
    return { context, page: await context.newPage(), document };
  }

  /** Starts preparing the next render's context in the background (one fresh context per render, never reused). */
  function prepareSpare(): void {
    const next = prepare();
    next.catch(() => { if (spare === next) spare = null; });
    spare = next;
  }

  function takePrepared(): Promise<Prepared> {
    const ready = spare ?? prepare();
    spare = null;
    return ready;
  }

  function dropSpare(): void {
    const current = spare;
    spare = null;
    void current?.then((prepared) => prepared.context.close()).catch(() => undefined);
  }

  /** Drops the shared browser; a timed-out page may have wedged it, and the next render starts a new one. */
  function discardBrowser(): void {
    dropSpare();
    const current = browser;
    browser = null;
    void current?.then((started) => started.close()).catch(() => undefined);
  }

  async function renderOnce(request: PdfRenderRequest, signal: AbortSignal): Promise<Uint8Array> {
    if (closed) throw new RpcFailure('internal', 'The PDF renderer has been shut down.');
    signal.addEventListener('abort', discardBrowser, { once: true });
    let context: BrowserContext | null = null;
    try {
      const prepared = await takePrepared();
      context = prepared.context;
      prepared.document.html = request.html;
      // No Playwright timeouts of their own: the queue's time limit covers the whole render.
      await prepared.page.goto(DOCUMENT_URL, { waitUntil: 'load', timeout: 0 });
      return await prepared.page.pdf(playwrightPdfOptions(request));
    } finally {
      signal.removeEventListener('abort', discardBrowser);
      // Closing is not waited for, and the next context gets ready while the PDF travels back.
      void context?.close().catch(() => undefined);
      if (!closed && !signal.aborted) prepareSpare();
    }
  }

  return {
    render: (request) => runRender((signal) => renderOnce(request, signal)),
    async close() {
      closed = true;
      dropSpare();
      const current = browser;
      browser = null;
      if (current) await current.then((started) => started.close()).catch(() => undefined);
    },
  };
}
