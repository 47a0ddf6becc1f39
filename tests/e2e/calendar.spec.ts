import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import ical from 'node-ical';
import { serializeWorkspace } from '../../electron/services/workspaceFile';
import { createEmptyWorkspace } from '../../shared/samplePlan/samplePlan';
import type { Workspace } from '../../shared/schema/workspace';
import { AppShellPage } from './pages/AppShellPage';
import { CalendarPage } from './pages/CalendarPage';
import { startWebApp, type WebApp } from './support/webApp';

const apps: WebApp[] = [];
test.afterEach(async ({ context }) => {
  await context.close();
  while (apps.length > 0) await apps.pop()!.stop();
});

async function start(options: Parameters<typeof startWebApp>[0] = {}): Promise<WebApp> {
  const app = await startWebApp(options);
  apps.push(app);
  return app;
}

async function onDisk(app: WebApp, file = join(app.dataDir, 'Stratboard workspace.json')): Promise<Workspace> {
  return JSON.parse(await readFile(file, 'utf8')) as Workspace;
}

/** A workspace with no campaigns, written where a test can open it. */
async function emptyWorkspaceFile(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'sb-empty-'));
  const file = join(folder, 'empty plan.json');
  await writeFile(file, serializeWorkspace(createEmptyWorkspace('en', new Date(), 'Empty Co')));
  return file;
}

/** Days of the month on screen now (the month view opens on today's month). */
function dayOfThisMonth(day: number): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

test('a campaign with an activity is created, dragged a week later, and shows on the timeline and in the budget', async ({ page }) => {
  const app = await start();
  const shell = new AppShellPage(page);
  const calendar = new CalendarPage(page);
  await shell.open(app.url);
  await shell.goTo('Calendar');
  await calendar.createCampaign('Winter tasting tour', dayOfThisMonth(8), dayOfThisMonth(10));

  // An activity, a budget and an overspend, in the editor.
  await calendar.event('Winter tasting tour').click();
  const dialog = calendar.dialog();
  await dialog.getByRole('tab', { name: /Activities & milestones/ }).click();
  await dialog.getByRole('button', { name: 'Add activity' }).click();
  const title = dialog.getByRole('textbox', { name: 'Title', exact: true }).last();
  await title.fill('Book the venue');
  await title.press('Tab');
  await dialog.getByRole('tab', { name: 'Budget & KPIs' }).click();
  for (const [label, value] of [['Planned budget', '5000'], ['Actual spend', '6500']] as const) {
    const field = dialog.getByRole('textbox', { name: label, exact: true });
    await field.fill(value);
    await field.press('Tab');
  }
  await expect(dialog.getByText(/Over budget by/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Drag it one week later on the month grid.
  const event = calendar.event('Winter tasting tour');
  const from = (await event.boundingBox())!;
  const target = (await page.locator(`td.fc-daygrid-day[data-date="${dayOfThisMonth(15)}"]`).boundingBox())!;
  await page.mouse.move(from.x + 10, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 30, from.y + from.height / 2 + 10, { steps: 5 });
  await page.mouse.move(target.x + 10, target.y + target.height / 2, { steps: 15 });
  await page.mouse.up();
  await shell.expectAllSaved();
  await calendar.event('Winter tasting tour').click();
  await expect(dialog.getByRole('textbox', { name: 'Start date', exact: true })).toHaveValue(dayOfThisMonth(15));
  await expect(dialog.getByRole('textbox', { name: 'End date', exact: true })).toHaveValue(dayOfThisMonth(17));
  await page.keyboard.press('Escape');

  // The save after the drop can start after the status last said "saved": wait for the file itself.
  await expect.poll(async () => {
    const onFile = (await onDisk(app!)).campaigns.find((c) => c.name === 'Winter tasting tour')!;
    return [onFile.startDate, onFile.endDate, onFile.plannedBudget, onFile.actualSpend];
  }).toEqual([dayOfThisMonth(15), dayOfThisMonth(17), 5000, 6500]);
  const saved = (await onDisk(app)).campaigns.find((c) => c.name === 'Winter tasting tour')!;
  expect(saved.activities.map((a) => [a.title, a.startDate])).toEqual([['Book the venue', dayOfThisMonth(15)]]);

  await calendar.view('Timeline');
  await expect(page.getByRole('button', { name: /^Winter tasting tour/ }).first()).toBeVisible();
  await calendar.view('Budget');
  await expect(page.getByText('Winter tasting tour').first()).toBeVisible(); // listed as over budget
  await expect(page.locator('canvas[role="img"]').first()).toBeVisible();
});

test('exports ICS and CSV, and the CSV imports into a new workspace', async ({ page }) => {
  const app = await start();
  const shell = new AppShellPage(page);
  const calendar = new CalendarPage(page);
  await shell.open(app.url);
  await shell.goTo('Calendar');

  const ics = await calendar.download('Export calendar (.ics)');
  expect(ics.download.suggestedFilename()).toBe('Brightleaf marketing plan.ics');
  // An independent iCalendar parser reads what we wrote.
  const parsed = Object.values(ical.sync.parseICS(ics.text)).filter((item) => item?.type === 'VEVENT');
  const campaigns = (await onDisk(app)).campaigns;
  const activityCount = campaigns.reduce((sum, c) => sum + c.activities.length, 0);
  expect(parsed).toHaveLength(campaigns.length + activityCount);
  expect(parsed.map((e) => (e && 'summary' in e ? String(e.summary) : ''))).toContain('Spring launch: Smart Kettle S2');

  const csv = await calendar.download('Export campaigns (.csv)');
  expect(csv.text).toContain('Spring launch: Smart Kettle S2');

  const emptyFile = await emptyWorkspaceFile();
  const other = await start({ workspace: emptyFile });
  await shell.open(other.url);
  await shell.goTo('Calendar');
  await calendar.view('List');
  await expect(page.getByText('Showing 0 of 0')).toBeVisible();
  await calendar.importFile('Import campaigns (.csv)…', { name: 'campaigns.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.text, 'utf8') });
  await expect(calendar.dialog().getByText(`${campaigns.length} ready to import, 0 with problems.`)).toBeVisible();
  await calendar.dialog().getByRole('button', { name: `Import ${campaigns.length} valid items` }).click();
  await expect(page.getByText(`Showing ${campaigns.length} of ${campaigns.length}`)).toBeVisible();
  await shell.expectAllSaved();
  const imported = (await onDisk(other, emptyFile)).campaigns;
  expect(imported.map((c) => [c.name, c.startDate, c.endDate, c.plannedBudget]).sort()).toEqual(campaigns.map((c) => [c.name, c.startDate, c.endDate, c.plannedBudget]).sort());
});

test('a GBK CSV with bad rows names each problem and imports nothing until confirmed', async ({ page }) => {
  const emptyFile = await emptyWorkspaceFile();
  const app = await start({ workspace: emptyFile });
  const shell = new AppShellPage(page);
  const calendar = new CalendarPage(page);
  await shell.open(app.url);
  await shell.goTo('Calendar');
  await calendar.view('List');
  // As Chinese Excel saves it: GBK. 中文 is D6D0 CEC4, 活动 is BBEE B6AF.
  const header = Buffer.from([0xc3, 0xfb, 0xb3, 0xc6]); // 名称
  const rows = Buffer.concat([
    header, Buffer.from(',startDate,endDate,channels,plannedBudget\r\n'),
    Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xbb, 0xee, 0xb6, 0xaf]), Buffer.from(',2026-05-01,2026-05-03,online-store,1200\r\n'),
    Buffer.from('Backwards,2026-05-09,2026-05-01,retail,10\r\n'),
    Buffer.from('Refund,2026-05-01,2026-05-02,retail,-5\r\n'),
    Buffer.from('TV spot,2026-05-01,2026-05-02,tv,100\r\n'),
  ]);
  await calendar.importFile('Import campaigns (.csv)…', { name: 'excel.csv', mimeType: 'text/csv', buffer: rows });
  const dialog = calendar.dialog();
  await expect(dialog.getByText('1 ready to import, 3 with problems.')).toBeVisible();
  await expect(dialog.getByText('Read as GBK.', { exact: false })).toBeVisible();
  await expect(dialog.getByText('中文活动')).toBeVisible();
  await expect(dialog.getByText('ends before it starts')).toBeVisible();
  await expect(dialog.getByText('plannedBudget is negative (-5)')).toBeVisible();
  await expect(dialog.getByText('unknown channel “tv”')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Showing 0 of 0')).toBeVisible();
  expect((await onDisk(app, emptyFile)).campaigns).toHaveLength(0);

  await calendar.importFile('Import campaigns (.csv)…', { name: 'excel.csv', mimeType: 'text/csv', buffer: rows });
  await dialog.getByRole('button', { name: 'Import 1 valid item' }).click();
  await expect(page.getByText('Showing 1 of 1')).toBeVisible();
  await shell.expectAllSaved();
  expect((await onDisk(app, emptyFile)).campaigns.map((c) => [c.name, c.plannedBudget, c.channels])).toEqual([['中文活动', 1200, ['online-store']]]);
});
