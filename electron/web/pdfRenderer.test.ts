import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput } from '../../shared/contract';
import type { RpcResult } from '../../shared/contract/errors';
import { createServices } from '../services/createServices';
import type { HostCapabilities, Services } from '../services/serviceTypes';
import { CHROMIUM_CANDIDATES, createWebPdfRenderer, findChromium, type WebPdfRenderer } from './pdfRenderer';

/**
 * The web host's renderPdf end to end: contract validation in the dispatcher, the real
 * system Chromium through playwright-core, then the PDF read back with poppler (pdfinfo,
 * pdftotext), as a user's PDF viewer would see it.
 */

let root: string;
let renderer: WebPdfRenderer;
let services: Services;
let hostCalls = 0;

async function startServices(host: HostCapabilities): Promise<Services> {
  return createServices({ userDataDir: await mkdtemp(join(root, 'data-')), host });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sb-pdf-'));
  renderer = createWebPdfRenderer();
  services = await startServices({
    kind: 'web',
    appVersion: '0.0.0-test',
    renderPdf: (input) => {
      hostCalls += 1;
      return renderer.render(input);
    },
  });
});

afterAll(async () => {
  await services.close();
  await renderer.close();
  await rm(root, { recursive: true, force: true });
});

async function renderPdf(input: MethodInput<'renderPdf'>, target: Services = services) {
  return (await target.dispatch('renderPdf', input)) as RpcResult<{ pdfBase64: string }>;
}

/** Writes the answer's PDF to disk and reads it back the way a user's viewer would. */
async function readBack(result: RpcResult<{ pdfBase64: string }>, name: string): Promise<{ pages: number; pageSize: string; text: string }> {
  if (!result.ok) throw new Error(`renderPdf failed: ${result.error.code}: ${result.error.message}`);
  const file = join(root, name);
  await writeFile(file, Buffer.from(result.value.pdfBase64, 'base64'));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    pageSize: /^Page size:\s+(.*)$/m.exec(info)?.[1] ?? '',
    // Whitespace collapsed: pdftotext breaks lines (and spaces Latin from CJK) as its layout guess goes.
    text: execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' '),
  };
}

const threePages = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Plan</title>
<style>
  body { font-family: 'Noto Sans', 'Noto Sans CJK SC', sans-serif; }
  section { break-after: page; }
  section:last-child { break-after: auto; }
</style></head>
<body>
  <section><h1>Marketing plan 营销计划</h1><p>Target market 目标市场: small retailers.</p></section>
  <section><h2>Positioning 定位</h2><p>The friendliest planning tool 最友好的规划工具.</p></section>
  <section><h2>Pricing 定价</h2><p>Three tiers 三个价格档.</p></section>
</body></html>`;

describe('renderPdf in web mode (system Chromium via playwright-core)', () => {
  it('prints English and Chinese text with a running header and "Page X of Y" / "第 X 页，共 Y 页" footers', async () => {
    // Asked for at the same time: the renderer queues them and reuses one browser.
    const [english, chinese] = await Promise.all([
      renderPdf({ html: threePages, pageSize: 'A4', headerText: 'Marketing plan 2026 <draft>', footerText: 'Page {page} of {total}' }),
      renderPdf({ html: threePages, pageSize: 'Letter', headerText: '2026 年营销计划', footerText: '第 {page} 页，共 {total} 页' }),
    ]);

    const en = await readBack(english, 'english.pdf');
    expect(en.pages).toBe(3);
    expect(en.pageSize).toContain('(A4)');
    for (const text of ['Marketing plan 营销计划', 'Target market 目标市场', 'The friendliest planning tool 最友好的规划工具', 'Three tiers 三个价格档']) {
      expect(en.text).toContain(text);
    }
    for (const page of [1, 2, 3]) expect(en.text).toContain(`Page ${page} of 3`);
    // The header text is shown as typed, escaped (not read as a tag), on every page.
    expect(en.text.match(/Marketing plan 2026 <draft>/g)).toHaveLength(3);

    const zh = await readBack(chinese, 'chinese.pdf');
    expect(zh.pages).toBe(3);
    expect(zh.pageSize).toContain('(letter)');
    for (const page of [1, 2, 3]) expect(zh.text).toContain(`第 ${page} 页，共 3 页`);
    expect(zh.text.match(/2026 年营销计划/g)).toHaveLength(3);
  });

  it('never runs script, event handlers or redirects, and loads no local file, in the printed document', async () => {
    const secret = join(root, 'secret.txt');
    await writeFile(secret, 'TOP-SECRET-FILE-CONTENT');
    const secretUrl = pathToFileURL(secret).href;
    const html = `<!doctype html><html><head><meta charset="utf-8">
      <meta http-equiv="refresh" content="0;url=about:blank"></head>
      <body><p>Visible body text 可见正文</p>
      <script>document.body.textContent = 'PWNED-SCRIPT';</script>
      <img src="x" onerror="document.body.textContent = 'PWNED-ONERROR'">
      <iframe src="${secretUrl}"></iframe><object data="${secretUrl}"></object>
      <a href="javascript:document.body.textContent='PWNED-LINK'">link</a>
      </body></html>`;
    const pdf = await readBack(await renderPdf({ html, pageSize: 'A4', headerText: '', footerText: '' }), 'hostile.pdf');
    expect(pdf.text).toContain('Visible body text 可见正文');
    expect(pdf.text).not.toContain('PWNED');
    expect(pdf.text).not.toContain('TOP-SECRET');
  });

  it('refuses input over the limits with invalid-input, before any browser work', async () => {
    const before = hostCalls;
    const tooBig = await renderPdf({ html: 'a'.repeat(24 * 1024 * 1024 + 1), pageSize: 'A4', headerText: '', footerText: '' });
    expect(tooBig).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const longHeader = await renderPdf({ html: '<p>x</p>', pageSize: 'A4', headerText: 'h'.repeat(201), footerText: '' });
    expect(longHeader).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const longFooter = await renderPdf({ html: '<p>x</p>', pageSize: 'A4', headerText: '', footerText: 'f'.repeat(101) });
    expect(longFooter).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const badSize = await services.dispatch('renderPdf', { html: '<p>x</p>', pageSize: 'A3', headerText: '', footerText: '' });
    expect(badSize).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(hostCalls).toBe(before);
  });
});

describe('renderPdf when it cannot work', () => {
  it('answers unsupported naming the missing Chromium', async () => {
    const noChromium = createWebPdfRenderer({ env: { STRATBOARD_CHROMIUM: '/nonexistent/chromium' } });
    const target = await startServices({ kind: 'web', appVersion: 't', renderPdf: (input) => noChromium.render(input) });
    const result = await renderPdf({ html: '<p>x</p>', pageSize: 'A4', headerText: '', footerText: '' }, target);
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    expect(!result.ok && result.error.message).toContain('STRATBOARD_CHROMIUM points to /nonexistent/chromium');
    await target.close();
    await noChromium.close();
  });

  it('answers unsupported naming playwright-core when the package is missing', async () => {
    const missing = Object.assign(new Error("Cannot find package 'playwright-core'"), { code: 'ERR_MODULE_NOT_FOUND' });
    const noPlaywright = createWebPdfRenderer({ loadPlaywright: () => Promise.reject(missing) });
    const error = await noPlaywright.render({ html: '<p>x</p>', pageSize: 'A4', headerText: '', footerText: '' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'unsupported' });
    expect((error as Error).message).toContain('the npm package playwright-core is not installed');
  });

  it('answers unsupported on a host without the capability', async () => {
    const target = await startServices({ kind: 'web', appVersion: 't' });
    const result = await renderPdf({ html: '<p>x</p>', pageSize: 'A4', headerText: '', footerText: '' }, target);
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported', message: 'Making a PDF is not available in web mode.' } });
    await target.close();
  });
});

describe('findChromium', () => {
  const existing = (...paths: string[]) => (path: string) => paths.includes(path);

  it('uses STRATBOARD_CHROMIUM when it exists, and reports it (not another browser) when it does not', () => {
    expect(findChromium({ STRATBOARD_CHROMIUM: '/opt/chrome' }, existing('/opt/chrome', '/usr/bin/chromium'))).toEqual({ path: '/opt/chrome' });
    expect(findChromium({ STRATBOARD_CHROMIUM: '/opt/chrome' }, existing('/usr/bin/chromium'))).toEqual({
      missing: 'STRATBOARD_CHROMIUM points to /opt/chrome, which does not exist',
    });
  });

  it('otherwise takes the first of the usual paths that exists', () => {
    expect(findChromium({}, existing('/usr/bin/google-chrome', '/usr/bin/chromium-browser'))).toEqual({ path: '/usr/bin/chromium-browser' });
    expect(findChromium({}, existing())).toEqual({ missing: `no Chromium at ${CHROMIUM_CANDIDATES.join(', ')} (install chromium or set STRATBOARD_CHROMIUM)` });
  });
});
