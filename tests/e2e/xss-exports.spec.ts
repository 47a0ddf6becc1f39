import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Browser, type TestInfo } from '@playwright/test';
import ical from 'node-ical';
import Papa from 'papaparse';
import { PDF_MARGINS_MM } from '../../electron/pdf/printOptions';
import { CalendarPage } from './pages/CalendarPage';
import { DocumentsPage } from './pages/DocumentsPage';
import { PlanPage } from './pages/PlanPage';
import { WorkshopPage } from './pages/WorkshopPage';
import { scanDocument, XssWatch, type DocumentScan } from './pages/XssWatch';
import { run } from './support/pdfTools';
import { scratchDirs } from './support/scratchDirs';
import { checkTags, XSS_MARKER } from './support/xssPayloads';
import { startWebApp, type WebApp } from './support/webApp';
import { payloadWorkspaceFile } from './support/xssWorkspace';

/**
 * Script injection (issue 8, point 4), the exports: the payload workspace's plan, document and
 * workshop PDFs (pdftotext and their link targets), the document's HTML opened in a browser with
 * JavaScript on and its CSP ignored, the DOCX's document.xml, the Markdown (raw HTML escaped),
 * the Jira CSV and the calendar's CSV and ICS. Each payload ends with a tag `~n~`; wherever a tag
 * is read back, payload n must stand before it character for character. The app itself is
 * covered by xss.spec.ts.
 */

let app: WebApp | null = null;
const scratch = scratchDirs('sb-xss-exports-');
test.afterEach(async ({ context }) => {
  await context.close();
  await app?.stop();
  app = null;
  await scratch.removeAll();
});

/** Text read back from a file: no tag may have lost its payload, and at least `min` tags are there. */
function expectTagsIntact(text: string, what: string, min: number): number {
  const tags = checkTags(text);
  expect(tags.broken, `${what}: payloads kept as text, tag by tag`).toEqual([]);
  expect(tags.intact.length, `${what}: payload tags found`).toBeGreaterThanOrEqual(min);
  return tags.intact.length;
}

/**
 * The tag check on a PDF's words, in content order (`-raw`: the lines of table cells that wrap
 * are not interleaved). A table wider than the page is cut at the right margin by Chromium and
 * the cut-off words are not in the PDF at all; a tag whose payload lost words that way is
 * reported as clipped (a layout limit, not markup), and only when a word of its payload ends
 * at the margin. Every other tag must have its payload intact.
 */
function checkPdfTags(pdf: string, what: string, min: number, testInfo: TestInfo): number {
  const xml = run('pdftotext', ['-raw', '-bbox', '-enc', 'UTF-8', pdf, '-']);
  const decode = (value: string) => value.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
  const rightEdge = (pageWidth: number) => pageWidth - (PDF_MARGINS_MM.right * 72) / 25.4;
  let text = '';
  const atMargin: boolean[] = []; // per character of text: does its word end at the right margin?
  for (const page of xml.split('<page ').slice(1)) {
    const edge = rightEdge(Number(/^width="([\d.]+)"/.exec(page)?.[1]));
    for (const word of page.matchAll(/<word xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) {
      const value = decode(word[2]!);
      text += value;
      for (let i = 0; i < value.length; i += 1) atMargin.push(Number(word[1]) >= edge - 1.5);
    }
  }
  const tags = checkTags(text);
  const clipped: string[] = [];
  const broken = tags.broken.filter((problem) => {
    const cut = atMargin.slice(Math.max(0, problem.at - problem.expected.length), problem.at).some(Boolean);
    if (cut) clipped.push(`${problem.tag} after “${problem.found}”`);
    return !cut;
  });
  expect(broken, `${what}: payloads kept as text, tag by tag`).toEqual([]);
  expect(tags.intact.length, `${what}: payload tags found`).toBeGreaterThanOrEqual(min);
  if (clipped.length > 0) testInfo.annotations.push({ type: 'clipped in PDF', description: `${what}: ${clipped.length} cell(s) cut at the right margin: ${clipped.join(' | ')}` });
  return tags.intact.length;
}

/**
 * A PDF's link annotations (Chromium writes them uncompressed): only web and mail links, no
 * JavaScript actions and no Launch actions. The sample's safe link to example.com proves the
 * annotations are seen at all.
 */
function expectSafePdfLinks(pdf: Buffer, what: string, withSafeLink: boolean): void {
  const text = pdf.toString('latin1');
  const uris = [...text.matchAll(/\/URI\s*\(((?:\\.|[^\\)])*)\)/g)].map((m) => m[1]!);
  expect(uris.filter((uri) => !/^(?:https?:\/\/|mailto:)/i.test(uri)), `${what}: link targets`).toEqual([]);
  if (withSafeLink) expect(uris, `${what}: the safe link is a link`).toContain('https://example.com/safe');
  expect(text, `${what}: no JavaScript or Launch action`).not.toMatch(/\/(?:JavaScript|JS|Launch)\b/);
}

/**
 * An exported HTML file opened the way a person opens it — from disk, in a browser with
 * JavaScript on — but with any CSP the file carries ignored, so it is the markup itself that
 * must be inert, not a policy that hides it.
 */
async function openExportedHtml(browser: Browser, file: string): Promise<{ marker: unknown; dialogs: string[] } & DocumentScan> {
  // Saved under an .html name: Chromium shows a download's extensionless file as plain text.
  const saved = join(await scratch.make(), 'export.html');
  await writeFile(saved, await readFile(file));
  const context = await browser.newContext({ bypassCSP: true, javaScriptEnabled: true });
  try {
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    await page.goto(pathToFileURL(saved).href, { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const marker = await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], XSS_MARKER);
    const scan = await page.evaluate(scanDocument, undefined);
    return { marker, dialogs, ...scan };
  } finally {
    await context.close();
  }
}

/** The text of a DOCX as Word reads it: every <w:t> run of word/document.xml, XML entities decoded. */
function docxParts(docx: string): { text: string; xml: string; rels: string } {
  const xml = run('unzip', ['-p', docx, 'word/document.xml']);
  const rels = run('unzip', ['-p', docx, 'word/_rels/document.xml.rels']);
  const decode = (value: string) => value.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);
  const paragraphs = xml.split(/<\/w:p>/).map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join(''));
  return { text: paragraphs.join('\n'), xml, rels };
}

/**
 * Markdown with raw HTML escaped: the only tags the writer itself emits are <br> and <code> (in
 * table cells), every other `<` is backslash-escaped, and links go to the web or mail only.
 * Returns the text with the escapes undone, for the tag check.
 */
function checkMarkdown(markdown: string): string {
  const rawTags = [...markdown.matchAll(/(?<!\\)(?:\\\\)*<(?!br>|code>|\/code>)[^\n]{0,40}/g)].map((m) => m[0]);
  expect(rawTags, 'Markdown: raw HTML').toEqual([]);
  const targets = [...markdown.matchAll(/\]\(([^)\s]*)/g)].map((m) => m[1]!);
  expect(targets.filter((target) => !/^(?:https?:\/\/|mailto:|data:image\/(?:png|jpeg|gif|webp);base64,)/i.test(target)), 'Markdown: link targets').toEqual([]);
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

test('exports of the payload workspace keep every payload as text: plan, document and workshop PDFs, HTML, DOCX, Markdown, CSV, ICS', async ({ page, browser }, testInfo) => {
  test.setTimeout(180_000);
  const payloads = await payloadWorkspaceFile(await scratch.make());
  app = await startWebApp({ workspace: payloads.file });
  const watch = new XssWatch(page);
  await watch.install();
  const found: Record<string, number> = {};

  // The marketing plan PDF (every section enabled by the sample's saved settings).
  const plan = new PlanPage(page);
  await plan.open(app.url);
  await plan.waitForPreview();
  const planPdf = await plan.exportPdf();
  found['plan PDF'] = checkPdfTags(planPdf.path, 'plan PDF', 100, testInfo);
  expectSafePdfLinks(planPdf.bytes, 'plan PDF', true);

  // The PRD: body with hostile markup and live blocks, requirements, a version.
  const docs = new DocumentsPage(page);
  await docs.goToRoute('#/documents/doc_prd');
  await expect(docs.strategyBlocks()).toHaveCount(7);
  const docPdf = await docs.export('PDF');
  found['document PDF'] = checkPdfTags(docPdf.path, 'document PDF', 60, testInfo);
  expectSafePdfLinks(docPdf.bytes, 'document PDF', true);

  const html = await docs.export('HTML');
  const htmlText = html.bytes.toString('utf8');
  expect(htmlText, 'HTML export: no script element').not.toMatch(/<script/i);
  expect(htmlText, 'HTML export: no handler attribute').not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
  const opened = await openExportedHtml(browser, html.path);
  expect(opened.marker, 'HTML export opened in a browser: marker').toBeUndefined();
  expect(opened.dialogs, 'HTML export opened in a browser: dialogs').toEqual([]);
  expect(opened.live, 'HTML export opened in a browser: live markup').toEqual([]);
  found['document HTML'] = expectTagsIntact(opened.text, 'HTML export', 60);

  const docx = await docs.export('Word (DOCX)');
  const word = docxParts(docx.path);
  expect(word.xml, 'DOCX: no embedded HTML chunk').not.toMatch(/altChunk/i);
  expect(word.rels, 'DOCX: no script or data link targets').not.toMatch(/Target="\s*(?:javascript|vbscript|data):/i);
  expect(word.xml, 'DOCX: no HYPERLINK field to a script').not.toMatch(/<w:instrText[^>]*>[^<]*HYPERLINK\s+"?\s*(?:javascript|vbscript|data):/i);
  found['document DOCX'] = expectTagsIntact(word.text, 'DOCX', 60);

  const markdown = (await docs.export('Markdown')).bytes.toString('utf8');
  found['document Markdown'] = expectTagsIntact(checkMarkdown(markdown), 'Markdown', 60);
  await docs.openTab('Requirements');
  const jira = Papa.parse<string[]>((await docs.exportJiraCsv()).bytes.toString('utf8').replace(/^\uFEFF/, '').trim()).data;
  found['Jira CSV'] = expectTagsIntact(jira.flat().join('\n'), 'Jira CSV', 10);
  await watch.expectInert('PRD after its exports', { minTags: 10 });

  // The workshop summary PDF of the ended workshop.
  const workshop = new WorkshopPage(page);
  await docs.goToRoute('#/workshop/wsh_done');
  await workshop.tab('Record');
  const summary = await workshop.exportSummary();
  found['workshop summary PDF'] = checkPdfTags(summary.path, 'workshop summary PDF', 15, testInfo);
  expectSafePdfLinks(summary.bytes, 'workshop summary PDF', false);

  // The calendar's CSV and ICS.
  const calendar = new CalendarPage(page);
  await docs.goToRoute('#/calendar');
  const csv = await calendar.download('Export campaigns (.csv)');
  const rows = Papa.parse<string[]>(csv.text.replace(/^\uFEFF/, '').trim()).data;
  found['calendar CSV'] = expectTagsIntact(rows.flat().join('\n'), 'CSV', 20);
  const ics = await calendar.download('Export calendar (.ics)');
  const events = Object.values(ical.sync.parseICS(ics.text)).filter((item) => item?.type === 'VEVENT');
  expect(events.length).toBeGreaterThan(9);
  const icsText = events.map((event) => (event && 'summary' in event ? `${String(event.summary)}\n${String(event.description ?? '')}\n${String(event.location ?? '')}` : '')).join('\n');
  found['calendar ICS'] = expectTagsIntact(icsText, 'ICS', 20);
  await watch.expectInert('calendar after its exports');
  testInfo.annotations.push({ type: 'payload tags read back per export', description: JSON.stringify(found) });
});
