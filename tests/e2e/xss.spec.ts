import { expect, test, type Locator } from '@playwright/test';
import Papa from 'papaparse';
import { escapeHtml } from '../../shared/documents/export/escape';
import type { Workspace } from '../../shared/schema/workspace';
import { CalendarPage } from './pages/CalendarPage';
import { DocumentsPage } from './pages/DocumentsPage';
import { PlanPage } from './pages/PlanPage';
import { StrategyPage } from './pages/StrategyPage';
import { WorkshopPage } from './pages/WorkshopPage';
import { scanDocument, XssWatch } from './pages/XssWatch';
import { scratchDirs } from './support/scratchDirs';
import { workspaceOnDisk } from './support/strategyOnDisk';
import { checkTags, hostileRichHtml, tagged, XSS_MARKER, XSS_PAYLOADS } from './support/xssPayloads';
import { startWebApp, type WebApp } from './support/webApp';
import { go, payloadWorkspaceFile } from './support/xssWorkspace';

/**
 * Script injection (issue 8, point 4). A workspace whose every free-text field holds an XSS
 * payload (support/xssPayloads.ts, walked through the zod schema) is opened in web mode; every
 * area and view is visited, and XssWatch fails the test on a dialog, a popup, the marker global
 * `window.__xss`, a script the CSP had to block, live markup in the DOM, or a payload that is
 * not shown as text (its exports are read back in xss-exports.spec.ts). Payloads are also typed
 * by keyboard, pasted into a document, and imported from CSV and ICS. Each payload ends with a
 * tag `~n~`; wherever a tag is read back, payload n must stand before it character for
 * character — that is how "shown as text" is checked.
 */

let app: WebApp | null = null;
const scratch = scratchDirs('sb-xss-');
test.afterEach(async ({ context }) => {
  await context.close();
  await app?.stop();
  app = null;
  await scratch.removeAll();
});

test('every area and view shows a workspace full of payloads as text, and nothing runs', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const payloads = await payloadWorkspaceFile(await scratch.make());
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
