import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Browser, type Locator, type Page, type TestInfo } from '@playwright/test';
import ical from 'node-ical';
import Papa from 'papaparse';
import { PDF_MARGINS_MM } from '../../electron/pdf/printOptions';
import { serializeWorkspace } from '../../electron/services/workspaceFile';
import { escapeHtml } from '../../shared/documents/export/escape';
import type { Workspace } from '../../shared/schema/workspace';
import { CalendarPage } from './pages/CalendarPage';
import { DocumentsPage } from './pages/DocumentsPage';
import { PlanPage } from './pages/PlanPage';
import { StrategyPage } from './pages/StrategyPage';
import { WorkshopPage } from './pages/WorkshopPage';
import { scanDocument, XssWatch, type DocumentScan } from './pages/XssWatch';
import { run } from './support/pdfTools';
import { scratchDirs } from './support/scratchDirs';
import { workspaceOnDisk } from './support/strategyOnDisk';
import { checkTags, hostileRichHtml, payloadWorkspace, tagged, XSS_MARKER, XSS_PAYLOADS } from './support/xssPayloads';
import { startWebApp, type WebApp } from './support/webApp';

/**
 * Script injection (issue 8, point 4). A workspace whose every free-text field holds an XSS
 * payload (support/xssPayloads.ts, walked through the zod schema) is opened in web mode; every
 * area and view is visited, and XssWatch fails the test on a dialog, a popup, the marker global
 * `window.__xss`, a script the CSP had to block, live markup in the DOM, or a payload that is
 * not shown as text. Its exports are read back: the plan, document and workshop PDFs
 * (pdftotext), the HTML export opened in a browser with JavaScript on and its CSP ignored, the
 * DOCX's document.xml, the Markdown (raw HTML escaped), the Jira CSV and the calendar's CSV and
 * ICS. Payloads are also typed by keyboard, pasted into a document, and imported from CSV and
 * ICS. Each payload ends with a tag `~n~`; wherever a tag is read back, payload n must stand
 * before it character for character — that is how "shown as text" is checked.
 */

let app: WebApp | null = null;
const scratch = scratchDirs('sb-xss-');
test.afterEach(async ({ context }) => {
  await context.close();
  await app?.stop();
  app = null;
  await scratch.removeAll();
});

async function payloadWorkspaceFile(): Promise<{ file: string; workspace: Workspace; fields: string[] }> {
  const file = join(await scratch.make(), 'payloads.json');
  const built = payloadWorkspace();
  await writeFile(file, serializeWorkspace(built.workspace));
  return { file, ...built };
}

/** A route inside the open page (a hash change, what a link does). */
async function go(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => { window.location.hash = target; }, hash);
}

test('every area and view shows a workspace full of payloads as text, and nothing runs', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const payloads = await payloadWorkspaceFile();
  expect(payloads.fields.length, 'free-text fields given a payload').toBeGreaterThan(300);
  app = await startWebApp({ workspace: payloads.file });
  const watch = new XssWatch(page);
  await watch.install();
  const seen: Record<string, number> = {};
  const check = async (where: string, minTags = 1) => { seen[where] = await watch.expectInert(where, { minTags }); };

  await page.goto(`${app.url}#/dashboard`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await check('dashboard');

  // Strategy: every step of the canvas, then the comparison.
  const strategy = new StrategyPage(page);
  await go(page, '#/strategy/str_kettle');
  for (const step of [1, 2, 3, 4, 5, 6]) {
    await strategy.openStep(step);
    await check(`strategy step ${step}`, 3);
  }
  await strategy.openCompare();
  await check('strategy comparison');

  // Calendar: each view, then the editor of the trade show (it has every tab).
  const calendar = new CalendarPage(page);
  await go(page, '#/calendar');
  for (const view of ['Month', 'Week', 'List', 'Timeline', 'Budget'] as const) {
    await calendar.view(view);
    await page.waitForTimeout(300);
    await check(`calendar ${view}`);
  }
  await calendar.view('List');
  const expo = payloads.workspace.campaigns.find((c) => c.id === 'cmp_expo')!;
  await page.locator('button.sb-list-name').filter({ hasText: expo.name }).click();
  const editor = calendar.dialog();
  await expect(editor).toBeVisible();
  for (const tab of [/^Details$/, /^Budget & KPIs$/, /^Activities & milestones/, /^Event details$/]) {
    await editor.getByRole('tab', { name: tab }).click();
    await check(`campaign editor ${tab.source}`);
  }
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();

  // Documents: the list, both documents' tabs, the version diff, the templates.
  const docs = new DocumentsPage(page);
  await go(page, '#/documents');
  await check('documents list');
  await docs.searchBox().fill('xss');
  await expect(page.getByText(/^in the text: /).first()).toBeVisible();
  await check('documents search with snippets');
  await docs.searchInPalette('xss');
  await expect(page.getByText(/^in the text: /).nth(1)).toBeVisible();
  await check('command palette search');
  await page.keyboard.press('Escape');
  await go(page, '#/documents/doc_prd');
  await expect(docs.editor()).toBeVisible();
  await expect(docs.strategyBlocks()).toHaveCount(7);
  await check('PRD content', 10);
  await docs.openTab('Requirements');
  await check('PRD requirements');
  await page.getByRole('button', { name: 'Edit REQ-001', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await check('requirement editor');
  await page.keyboard.press('Escape');
  await docs.openTab('Versions');
  await expect(docs.versionDiff()).toBeVisible();
  await check('PRD versions and diff');
  await go(page, '#/documents/doc_brd');
  await expect(docs.editor()).toBeVisible();
  await docs.openTab('Change records');
  await check('BRD change records');
  await go(page, '#/documents/templates');
  await check('template library');
  await page.getByRole('button', { name: 'Edit', exact: true }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await check('template editor');
  await page.keyboard.press('Escape');

  // Marketing plan: the builder beside the pdf.js preview of the plan PDF.
  const plan = new PlanPage(page);
  await go(page, '#/plan');
  await plan.waitForPreview();
  await check('marketing plan builder and preview');

  // Workshop: the list, the planned one's setup, run and presentation view, the ended one's record.
  const workshop = new WorkshopPage(page);
  await go(page, '#/workshop');
  await check('workshop list');
  await go(page, '#/workshop/wsh_done');
  await workshop.tab('Record');
  await expect(page.getByTestId('workshop-record')).toBeVisible();
  await check('workshop record');
  await go(page, '#/workshop/wsh_q3');
  await workshop.tab('Setup');
  await check('workshop setup');
  await workshop.tab('Run');
  await page.getByTestId('run-start').click();
  await check('workshop run');
  await page.getByTestId('run-present').click();
  await expect(page.getByTestId('presentation-view')).toBeVisible();
  await check('workshop presentation view');
  await page.keyboard.press('Escape');

  await go(page, '#/settings');
  await check('settings');
  testInfo.annotations.push({ type: 'payload tags read back per view', description: `${payloads.fields.length} fields with a payload; ${JSON.stringify(seen)}` });
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
  const payloads = await payloadWorkspaceFile();
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

/** iCalendar TEXT: backslash, comma, semicolon and newline escaped (RFC 5545 §3.3.11). */
const icsText = (value: string) => value.replace(/[\\,;]/g, (char) => `\\${char}`).replace(/\n/g, '\\n');

test('payloads typed, pasted and imported from CSV and ICS stay text, and are saved as typed', async ({ page }) => {
  test.setTimeout(150_000);
  app = await startWebApp();
  const watch = new XssWatch(page);
  await watch.install();
  // Typed by keyboard, character by character, the way a person (or a password manager) enters them.
  const typeInto = async (field: Locator, n: number) => {
    await field.click();
    await field.press('Control+A');
    await page.keyboard.type(tagged(n));
    await field.press('Tab');
    await expect(field).toHaveValue(tagged(n));
  };

  // A strategy's name, one part of its positioning statement (shown in a sentence) and a block's notes.
  const strategy = new StrategyPage(page);
  await strategy.open(app.url, 'str_kettle');
  await typeInto(strategy.headerField('Strategy name'), 5000);
  await strategy.openStep('positioning');
  await typeInto(strategy.field(strategy.block('Positioning'), 'that (key benefit)'), 5001);
  await expect(strategy.statementPreview()).toContainText(tagged(5001));
  await typeInto(strategy.blockNotes(strategy.block('Positioning')), 5002);
  await strategy.shell.expectAllSaved();
  await watch.expectInert('typed into the strategy', { minTags: 3 });

  // A campaign's name, typed in the New campaign dialog; it shows on the month grid.
  const calendar = new CalendarPage(page);
  await strategy.shell.goTo('Calendar');
  await page.getByRole('button', { name: 'New campaign', exact: true }).click();
  await page.getByRole('dialog').getByRole('textbox', { name: 'Name', exact: true }).click();
  await page.keyboard.type(tagged(5003));
  const today = new Date();
  const day = (d: number) => `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  await calendar.typeDate('Start date', day(2));
  await calendar.typeDate('End date', day(3));
  await page.getByRole('dialog').getByRole('button', { name: 'Create', exact: true }).click();
  await expect(calendar.event(tagged(5003))).toBeVisible();
  await watch.expectInert('typed campaign on the month grid');

  // A sticky note typed in a running workshop.
  const workshop = new WorkshopPage(page);
  await workshop.openWorkshop(app.url, 'wsh_q3');
  await workshop.tab('Run');
  await page.getByTestId('run-start').click();
  const capture = page.getByTestId('note-capture').first();
  await capture.click();
  await page.keyboard.type(tagged(5004));
  await capture.press('Enter');
  await expect(workshop.notes()).toHaveCount(1);
  await watch.expectInert('typed sticky note');

  // A document body: each payload pasted as HTML on its own, the hostile rich text pasted whole, and
  // a payload typed as text.
  const docs = new DocumentsPage(page);
  await docs.goToRoute('#/documents');
  const id = await docs.createDocument(tagged(5005));
  await docs.selectAllInEditor();
  for (const payload of XSS_PAYLOADS) {
    await docs.pasteHtml(payload);
    await page.keyboard.press('Enter');
  }
  await docs.pasteHtml(hostileRichHtml());
  await page.keyboard.press('Enter');
  await page.keyboard.type(tagged(5006));
  await expect(docs.editor()).toContainText(tagged(5006));
  await watch.expectInert('pasted and typed document body', { minTags: 2 });
  await docs.shell.expectAllSaved();

  // Calendar imports: a CSV and an ICS whose text cells are payloads. The preview shows them too.
  await docs.goToRoute('#/calendar');
  await calendar.view('List');
  const csvRows = [0, 1, 2, 3].map((i) => [tagged(5100 + i * 3), day(10), day(12), 'online-store', tagged(5101 + i * 3), '100', tagged(5102 + i * 3)]);
  const csv = Papa.unparse({ fields: ['name', 'startDate', 'endDate', 'channels', 'owner', 'plannedBudget', 'objective'], data: csvRows });
  await calendar.importFile('Import campaigns (.csv)…', { name: 'payloads.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(calendar.dialog().getByText('4 ready to import, 0 with problems.')).toBeVisible();
  await watch.expectInert('CSV import preview', { minTags: 4 });
  await calendar.dialog().getByRole('button', { name: 'Import 4 valid items', exact: true }).click();
  await expect(calendar.dialog()).toBeHidden();
  await watch.expectInert('imported CSV in the list', { minTags: 4 });

  const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//xss//test//EN',
    ...[0, 1, 2].flatMap((i) => [
      'BEGIN:VEVENT', `UID:xss-${i}@example.com`, `DTSTART;VALUE=DATE:${day(20).replace(/-/g, '')}`, `DTEND;VALUE=DATE:${day(21).replace(/-/g, '')}`,
      `SUMMARY:${icsText(tagged(5200 + i * 3))}`, `DESCRIPTION:${icsText(tagged(5201 + i * 3))}`, `LOCATION:${icsText(tagged(5202 + i * 3))}`, 'END:VEVENT',
    ]),
    'END:VCALENDAR', ''].join('\r\n');
  await calendar.importFile('Import events (.ics)…', { name: 'payloads.ics', mimeType: 'text/calendar', buffer: Buffer.from(ics, 'utf8') });
  await expect(calendar.dialog().getByText('3 ready to import, 0 with problems.')).toBeVisible();
  await watch.expectInert('ICS import preview', { minTags: 3 });
  await calendar.dialog().getByRole('button', { name: 'Import 3 valid items', exact: true }).click();
  await expect(calendar.dialog()).toBeHidden();
  await watch.expectInert('imported ICS in the list', { minTags: 7 });
  await page.locator('button.sb-list-name').filter({ hasText: tagged(5200) }).click();
  await watch.expectInert('imported ICS event in the editor', { minTags: 2 });
  await page.keyboard.press('Escape');
  await docs.shell.expectAllSaved();

  // On disk: every text exactly as typed or imported; the body without anything that could run.
  const saved = (await workspaceOnDisk(app.dataDir)) as Workspace;
  const kettle = saved.strategies.find((s) => s.id === 'str_kettle')!;
  expect([kettle.name, kettle.positioning.statement.benefit, kettle.positioning.notes]).toEqual([tagged(5000), tagged(5001), tagged(5002)]);
  expect(saved.campaigns.map((c) => c.name)).toEqual(expect.arrayContaining([tagged(5003), tagged(5100), tagged(5109), tagged(5200), tagged(5206)]));
  expect(saved.campaigns.find((c) => c.name === tagged(5100))).toMatchObject({ owner: tagged(5101), objective: tagged(5102) });
  expect(saved.campaigns.find((c) => c.name === tagged(5200))).toMatchObject({ objective: tagged(5201) });
  expect(saved.campaigns.find((c) => c.name === tagged(5200))!.notes).toContain(tagged(5202));
  expect(saved.workshops.find((w) => w.id === 'wsh_q3')!.notes.map((note) => note.text)).toEqual([tagged(5004)]);
  const body = await page.evaluate(scanDocument, saved.documents.find((d) => d.id === id)!.bodyHtml);
  expect(body.live, 'saved body: nothing that could run').toEqual([]);
  expect(body.svgImages, 'saved body: no SVG pasted as an image').toBe(0);
  expect(checkTags(body.text).intact).toContain(5006);
});

test('the watch itself fails on a payload that runs, a live javascript: link, markup shown as markup and an alert', async ({ page }) => {
  const watch = new XssWatch(page);
  // setContent keeps the window, so each case starts with the marker cleared.
  const show = async (html: string) => {
    await page.evaluate((name) => { delete (window as unknown as Record<string, unknown>)[name]; }, XSS_MARKER);
    await page.setContent(html);
  };
  await show(`<p>${escapeHtml(tagged(0))}</p><p>${escapeHtml(tagged(1))}</p>`);
  expect(await watch.expectInert('escaped payloads')).toBe(2);
  await show(`<p>${tagged(1)}</p>`); // <img src=x onerror="window.__xss=1">, unescaped
  await expect(watch.expectInert('a handler that ran')).rejects.toThrow(/window\.__xss/);
  await show(`<p><a href="javascript:void 0">${escapeHtml(tagged(0))}</a></p>`);
  await expect(watch.expectInert('a javascript: link nobody clicked')).rejects.toThrow(/live markup/);
  await show(`<p>${tagged(3).replace('<script>window.__xss=1</script>', '<script></script>')}</p>`);
  await expect(watch.expectInert('markup shown as markup')).rejects.toThrow(/payloads shown as text/);
  await show('<img src=x onerror="alert(1)">');
  await expect(watch.expectInert('an alert')).rejects.toThrow(/no alert/);
});
