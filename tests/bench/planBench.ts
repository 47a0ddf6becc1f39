/**
 * npm run bench (fourth part) — the marketing-plan PDF export in web mode, measured in Chromium.
 * Needs the built app (the bench script builds first).
 *
 * Two plans: the sample workspace and a plan of about 40 pages (checked with pdfinfo: 38–45).
 * Each is written to a temp folder and opened by the web server with --workspace; the plan area
 * (#/plan) makes a first preview on open, and one more refresh warms up before anything is timed.
 *
 * Export time: from the click on "Refresh preview" (which always makes the PDF from scratch:
 * charts → print HTML → POST /rpc/renderPdf → the server's Chromium prints) until the renderPdf
 * response has fully arrived (the request's responseEnd in the page's resource timing). The same
 * run also gives, from a probe around canvas.toDataURL (the chart PNGs): charts = click → last
 * chart PNG made; layout = last PNG → the request starts (section writers, appendices, request
 * body); print + transport = request start → response end. Preview drawn = click → the new
 * preview has every page's canvas drawn (its footer, which Chromium writes last, is on the canvas).
 *
 * Baselines, from the request the app sent in the warm-up run:
 * - raw page.pdf: a fresh Chromium page (JavaScript off) per run, setContent(html) untimed, then
 *   only page.pdf() with the web host's options (playwrightPdfOptions) is timed;
 * - host render: the web server's own renderer (createWebPdfRenderer) called in-process with the
 *   same request, warm browser: new context + load + page.pdf, without HTTP. Print + transport
 *   minus this is what the HTTP hop and the JSON/base64 round trip cost;
 * - host steps: the same steps timed one by one (context, load through the route, page.pdf, close).
 * Median of 5 runs each. Targets: export < 3 s and export ≤ 1.5 × raw page.pdf.
 *
 * Prints a table, a breakdown and PASS/FAIL lines, writes bench-results/plan.json, exits 1 on a miss.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser, type Page } from '@playwright/test';
import playwrightConfig from '../../playwright.config';
import { pdfDocumentHeaders } from '../../electron/pdf/pdfDocumentPolicy';
import { playwrightPdfOptions, type PdfRenderRequest } from '../../electron/pdf/printOptions';
import { serializeWorkspace } from '../../electron/services/workspaceFile';
import { CHROMIUM_ARGS, createWebPdfRenderer } from '../../electron/web/pdfRenderer';
import type { Workspace } from '../../shared/schema/workspace';
import { chromiumExecutable } from '../e2e/support/chromium';
import { startWebApp } from '../e2e/support/webApp';
import { FORTY_PAGE_SIZE, fortyPagePlanWorkspace, samplePlanWorkspace } from './planWorkspaces';

const RUNS = 5;
const TARGET = { exportMs: 3_000, ratioToRaw: 1.5 };
const FORTY_PAGES = { min: 38, max: 45 };
const REFRESH_LABEL = 'Refresh preview';
const RPC_PATH = '/rpc/renderPdf';
const TIMEOUT_MS = 120_000;

interface ExportRun {
  exportMs: number;
  previewMs: number;
  chartsMs: number;
  layoutMs: number;
  printTransportMs: number;
  charts: number;
  pngEncodeMs: number;
}

interface PlanResult {
  plan: string;
  pages: number;
  /** Images placed in the PDF, and how many distinct ones Chromium stored. */
  images: number;
  distinctImages: number;
  htmlMB: number;
  pdfMB: number;
  charts: number;
  /** Medians over RUNS. */
  exportMs: number;
  exportMaxMs: number;
  previewMs: number;
  chartsMs: number;
  pngEncodeMs: number;
  layoutMs: number;
  printTransportMs: number;
  hostRenderMs: number;
  hostSteps: HostSteps;
  rawPdfMs: number;
  rawSetContentMs: number;
  ratioToRaw: number;
  runs: ExportRun[];
  passTime: boolean;
  passRatio: boolean;
}

declare global {
  interface Window {
    __planBench?: { pngs: { start: number; end: number }[] };
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Before any app code: records when each chart PNG is encoded (drawChartToPng ends in
 * toDataURL). Plain script text, because tsx would wrap a named function in a helper the page
 * does not have.
 */
const PROBE_SCRIPT = `
  window.__planBench = { pngs: [] };
  const original = HTMLCanvasElement.prototype.toDataURL;
  HTMLCanvasElement.prototype.toDataURL = function (...args) {
    const start = performance.now();
    const url = original.apply(this, args);
    window.__planBench.pngs.push({ start, end: performance.now() });
    return url;
  };
  // The app polls /events; keep every resource entry so the renderPdf one is never dropped.
  performance.setResourceTimingBufferSize(100000);
`;

async function installProbe(page: Page): Promise<void> {
  await page.addInitScript({ content: PROBE_SCRIPT });
}

/**
 * One export, timed inside the page: clicks "Refresh preview", then waits for the renderPdf
 * response and for the new preview with every page drawn. Polls every animation frame; the
 * export time itself comes from resource timing, so it does not depend on the polling.
 */
async function timeRefresh(page: Page): Promise<ExportRun> {
  // No named inner functions here: tsx would wrap them in a helper the page does not have.
  return page.evaluate(async ({ label, rpcPath, timeoutMs }) => {
    const probe = window.__planBench!;
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
    if (!button) throw new Error(`no "${label}" button`);
    const previous = document.querySelector('[data-testid="plan-preview-pages"]');
    performance.clearResourceTimings();
    probe.pngs = [];
    const t0 = performance.now();
    button.click();

    let rpc: PerformanceResourceTiming | undefined;
    let previewAt = 0;
    const drawn = new WeakSet<HTMLCanvasElement>();
    while (!rpc || !previewAt) {
      if (performance.now() - t0 > timeoutMs) throw new Error(`no PDF preview after ${timeoutMs} ms`);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      rpc ??= (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) => e.name.endsWith(rpcPath) && e.responseEnd > 0);
      const alert = document.querySelector('[role="alert"]');
      if (alert?.textContent?.includes('PDF')) throw new Error(`the export failed: ${alert.textContent}`);
      const pages = document.querySelector('[data-testid="plan-preview-pages"]');
      if (!rpc || !pages || pages === previous) continue;
      const canvases = [...pages.querySelectorAll('canvas')];
      if (canvases.length !== Number(pages.getAttribute('data-pages'))) continue;
      // A page is drawn when its footer band has ink: pdf.js paints in content order and
      // Chromium writes the header/footer after the page body.
      const all = canvases.every((canvas) => {
        if (drawn.has(canvas)) return true;
        if (canvas.width === 0) return false;
        const band = Math.max(1, Math.floor(canvas.height * 0.06));
        const pixels = canvas.getContext('2d')!.getImageData(0, canvas.height - band, canvas.width, band).data;
        for (let i = 0; i < pixels.length; i += 4) {
          if (pixels[i + 3]! > 0 && pixels[i]! < 200) {
            drawn.add(canvas);
            return true;
          }
        }
        return false;
      });
      if (all) previewAt = performance.now();
    }
    const lastPng = probe.pngs.length ? probe.pngs[probe.pngs.length - 1]!.end : t0;
    return {
      exportMs: rpc.responseEnd - t0,
      previewMs: previewAt - t0,
      chartsMs: lastPng - t0,
      layoutMs: rpc.startTime - lastPng,
      printTransportMs: rpc.responseEnd - rpc.startTime,
      charts: probe.pngs.length,
      pngEncodeMs: probe.pngs.reduce((sum, p) => sum + p.end - p.start, 0),
    };
  }, { label: REFRESH_LABEL, rpcPath: RPC_PATH, timeoutMs: TIMEOUT_MS });
}

/** The warm-up export, with the request the app sent and the PDF it got back. */
async function captureExport(page: Page): Promise<{ request: PdfRenderRequest; pdf: Buffer }> {
  const isRpc = (url: string) => new URL(url).pathname === RPC_PATH;
  const requested = page.waitForRequest((r) => isRpc(r.url()), { timeout: TIMEOUT_MS });
  const responded = page.waitForResponse((r) => isRpc(r.url()), { timeout: TIMEOUT_MS });
  await timeRefresh(page);
  const request = (await requested).postDataJSON() as PdfRenderRequest;
  const body = (await (await responded).json()) as { ok: boolean; value?: { pdfBase64: string }; error?: unknown };
  if (!body.ok || !body.value) throw new Error(`renderPdf failed: ${JSON.stringify(body.error)}`);
  return { request, pdf: Buffer.from(body.value.pdfBase64, 'base64') };
}

/** Page count (pdfinfo) and images placed / stored (pdfimages: Chromium stores identical images once). */
async function pdfFacts(pdf: Buffer, dir: string, name: string): Promise<{ pages: number; images: number; distinctImages: number }> {
  const file = join(dir, `${name}.pdf`);
  await writeFile(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const match = /^Pages:\s+(\d+)/m.exec(info);
  if (!match) throw new Error(`pdfinfo gave no page count:\n${info}`);
  const rows = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' }).split('\n').slice(2).filter((line) => line.trim());
  const objects = new Set(rows.map((line) => line.trim().split(/\s+/)[10]));
  return { pages: Number(match[1]), images: rows.length, distinctImages: objects.size };
}

/** Chromium's page.pdf alone on the already-loaded HTML: a fresh page per run, setContent untimed. */
async function rawPagePdf(browser: Browser, request: PdfRenderRequest): Promise<{ pdfMs: number; setContentMs: number }> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  const options = playwrightPdfOptions(request);
  const pdfTimes: number[] = [];
  const loadTimes: number[] = [];
  try {
    for (let i = 0; i <= RUNS; i += 1) {
      const page = await context.newPage();
      const loadStart = performance.now();
      await page.setContent(request.html, { waitUntil: 'load' });
      const loaded = performance.now() - loadStart;
      const start = performance.now();
      await page.pdf(options);
      const took = performance.now() - start;
      await page.close();
      if (i === 0) continue; // warm-up
      pdfTimes.push(took);
      loadTimes.push(loaded);
    }
  } finally {
    await context.close();
  }
  return { pdfMs: median(pdfTimes), setContentMs: median(loadTimes) };
}

/** The web server's renderer in-process (warm browser): what the server spends on one request. */
async function hostRender(request: PdfRenderRequest): Promise<number> {
  const renderer = createWebPdfRenderer();
  const times: number[] = [];
  try {
    for (let i = 0; i <= RUNS; i += 1) {
      const start = performance.now();
      await renderer.render(request);
      if (i > 0) times.push(performance.now() - start); // the first starts the browser
    }
  } finally {
    await renderer.close();
  }
  return median(times);
}

interface HostSteps { contextMs: number; loadMs: number; pdfMs: number; closeMs: number }

/** Never resolved; the route answers it (as in electron/web/pdfRenderer.ts). */
const DOCUMENT_URL = 'http://stratboard.invalid/document.html';

/**
 * The host renderer's steps one by one, as pdfRenderer.ts's renderOnce does them (a copy, for
 * timing only): new context with JavaScript off, the document served through a route, load,
 * page.pdf, close. Shows whether the load or the print itself costs more than the raw baseline.
 */
async function hostRenderSteps(browser: Browser, request: PdfRenderRequest): Promise<HostSteps> {
  const samples: HostSteps[] = [];
  for (let i = 0; i <= RUNS; i += 1) {
    const t0 = performance.now();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true, serviceWorkers: 'block' });
    await context.route('**/*', (route) =>
      route.request().url() === DOCUMENT_URL
        ? route.fulfill({ status: 200, headers: pdfDocumentHeaders(), body: request.html })
        : route.abort('aborted'));
    const page = await context.newPage();
    const t1 = performance.now();
    await page.goto(DOCUMENT_URL, { waitUntil: 'load', timeout: 0 });
    const t2 = performance.now();
    await page.pdf(playwrightPdfOptions(request));
    const t3 = performance.now();
    await context.close();
    const t4 = performance.now();
    if (i > 0) samples.push({ contextMs: t1 - t0, loadMs: t2 - t1, pdfMs: t3 - t2, closeMs: t4 - t3 });
  }
  return {
    contextMs: median(samples.map((s) => s.contextMs)), loadMs: median(samples.map((s) => s.loadMs)),
    pdfMs: median(samples.map((s) => s.pdfMs)), closeMs: median(samples.map((s) => s.closeMs)),
  };
}

async function measurePlan(name: string, workspace: Workspace, dir: string, appBrowser: Browser, rawBrowser: Browser, pageRange?: { min: number; max: number }): Promise<PlanResult> {
  const file = join(dir, `${name}.json`);
  await writeFile(file, serializeWorkspace(workspace));
  const app = await startWebApp({ workspace: file });
  const runs: ExportRun[] = [];
  let captured: { request: PdfRenderRequest; pdf: Buffer };
  try {
    const page = await appBrowser.newPage({ viewport: playwrightConfig.use?.viewport ?? { width: 1280, height: 800 } });
    await installProbe(page);
    await page.goto(`${app.url}#/plan`);
    // The first preview on open also starts the server's Chromium; not timed.
    await page.getByTestId('plan-preview-pages').waitFor({ timeout: TIMEOUT_MS });
    captured = await captureExport(page);
    for (let i = 0; i < RUNS; i += 1) runs.push(await timeRefresh(page));
    await page.close();
  } finally {
    await app.stop();
  }

  const { pages, images, distinctImages } = await pdfFacts(captured.pdf, dir, name);
  if (pageRange && (pages < pageRange.min || pages > pageRange.max)) {
    throw new Error(`${name}: the plan printed ${pages} pages, not ${pageRange.min}–${pageRange.max}; adjust FORTY_PAGE_SIZE in planWorkspaces.ts`);
  }
  const raw = await rawPagePdf(rawBrowser, captured.request);
  const hostRenderMs = await hostRender(captured.request);
  const hostSteps = await hostRenderSteps(rawBrowser, captured.request);
  // Left beside the PDF, so a slow export can be looked at (or printed again) by hand.
  await writeFile(join(dir, `${name}.html`), captured.request.html);
  const exportMs = median(runs.map((r) => r.exportMs));
  const ratioToRaw = exportMs / raw.pdfMs;
  return {
    plan: name,
    pages,
    images,
    distinctImages,
    htmlMB: captured.request.html.length / 1024 / 1024,
    pdfMB: captured.pdf.length / 1024 / 1024,
    charts: runs[0]!.charts,
    exportMs,
    exportMaxMs: Math.max(...runs.map((r) => r.exportMs)),
    previewMs: median(runs.map((r) => r.previewMs)),
    chartsMs: median(runs.map((r) => r.chartsMs)),
    pngEncodeMs: median(runs.map((r) => r.pngEncodeMs)),
    layoutMs: median(runs.map((r) => r.layoutMs)),
    printTransportMs: median(runs.map((r) => r.printTransportMs)),
    hostRenderMs,
    hostSteps,
    rawPdfMs: raw.pdfMs,
    rawSetContentMs: raw.setContentMs,
    ratioToRaw,
    runs,
    passTime: exportMs < TARGET.exportMs,
    passRatio: ratioToRaw <= TARGET.ratioToRaw,
  };
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'sb-plan-bench-'));
  const appBrowser = await chromium.launch({ executablePath: chromiumExecutable(), args: playwrightConfig.use?.launchOptions?.args ?? [] });
  // The baseline runs in a browser started like the web host starts its own.
  const rawBrowser = await chromium.launch({ executablePath: chromiumExecutable(), headless: true, args: [...CHROMIUM_ARGS] });
  const chromiumVersion = appBrowser.version();
  const results: PlanResult[] = [];
  try {
    results.push(await measurePlan('sample plan', samplePlanWorkspace(), dir, appBrowser, rawBrowser));
    results.push(await measurePlan('40-page plan', fortyPagePlanWorkspace(), dir, appBrowser, rawBrowser, FORTY_PAGES));
  } finally {
    await appBrowser.close();
    await rawBrowser.close();
  }

  const ms = (n: number, width = 9) => n.toFixed(0).padStart(width);
  console.log(`\nplan PDF export (web mode, Chromium ${chromiumVersion}), median of ${RUNS}`);
  console.log('plan            pages  charts  images  HTML MB  PDF MB  export ms  max ms  raw pdf ms  ratio  preview ms');
  for (const r of results) {
    console.log(`${r.plan.padEnd(15)}${String(r.pages).padStart(6)}${String(r.charts).padStart(8)}${`${r.distinctImages}/${r.images}`.padStart(8)}${r.htmlMB.toFixed(2).padStart(9)}${r.pdfMB.toFixed(2).padStart(8)}${ms(r.exportMs, 11)}${ms(r.exportMaxMs, 8)}${ms(r.rawPdfMs, 12)}${r.ratioToRaw.toFixed(2).padStart(7)}${ms(r.previewMs, 12)}`);
  }
  console.log('\nwhere the export time goes (medians, ms)');
  console.log('plan             charts (PNG encode)  layout  print+transport  host render  HTTP/JSON rest  print+transport / raw');
  for (const r of results) {
    console.log(`${r.plan.padEnd(15)}${ms(r.chartsMs, 8)} (${ms(r.pngEncodeMs, 5)})${ms(r.layoutMs, 13)}${ms(r.printTransportMs, 17)}${ms(r.hostRenderMs, 13)}${ms(r.printTransportMs - r.hostRenderMs, 15)}${(r.printTransportMs / r.rawPdfMs).toFixed(2).padStart(23)}`);
  }
  console.log('\nhost render step by step vs. the raw baseline (medians, ms)');
  console.log('plan            new context  load (route)  page.pdf  close   raw setContent  raw page.pdf');
  for (const r of results) {
    const h = r.hostSteps;
    console.log(`${r.plan.padEnd(15)}${ms(h.contextMs, 12)}${ms(h.loadMs, 14)}${ms(h.pdfMs, 10)}${ms(h.closeMs, 7)}${ms(r.rawSetContentMs, 17)}${ms(r.rawPdfMs, 14)}`);
  }
  console.log('');
  for (const r of results) {
    console.log(`${r.passTime ? 'PASS' : 'FAIL'}  ${r.plan}: export < ${TARGET.exportMs} ms  (median ${r.exportMs.toFixed(0)})`);
    console.log(`${r.passRatio ? 'PASS' : 'FAIL'}  ${r.plan}: export ≤ ${TARGET.ratioToRaw} × raw page.pdf  (${r.exportMs.toFixed(0)} / ${r.rawPdfMs.toFixed(0)} = ${r.ratioToRaw.toFixed(2)})`);
  }
  await mkdir('bench-results', { recursive: true });
  await writeFile('bench-results/plan.json', JSON.stringify({
    date: new Date().toISOString(), node: process.version, chromium: chromiumVersion, runs: RUNS, target: TARGET,
    fortyPagePlan: FORTY_PAGE_SIZE, results,
  }, null, 2));
  console.log(`\nWritten to bench-results/plan.json (the PDFs and print HTML are in ${dir})`);
  if (results.some((r) => !r.passTime || !r.passRatio)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
