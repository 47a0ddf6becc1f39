import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serializeWorkspace } from '../../electron/services/workspaceFile';
import type { Workspace } from '../../shared/schema/workspace';
import { parseWorkspaceText } from '../../shared/workspace/parseWorkspace';
import { LARGE_TARGETS, largeWorkspace } from '../bench/largeWorkspace';
import { AppShellPage } from './pages/AppShellPage';
import { CalendarPage } from './pages/CalendarPage';
import { DocumentsPage } from './pages/DocumentsPage';
import { PlanPage } from './pages/PlanPage';
import { StrategyPage } from './pages/StrategyPage';
import { WorkshopPage } from './pages/WorkshopPage';
import { scratchDirs } from './support/scratchDirs';
import { startWebApp, type WebApp } from './support/webApp';

/**
 * Issue 8, point 7: the large but legitimate workspace (5,000 campaigns with activities, 500
 * documents with real bodies, requirements and versions, 20 strategies, workshops full of notes;
 * tests/bench/largeWorkspace.ts) opens in web mode, every area shows it, an edit in the strategy
 * canvas, the campaign editor, a document body and a workshop is saved, and the file on disk
 * holds the edits and still validates. Any console error or uncaught page error fails the test.
 * How fast this is, is measured by `npm run bench` (largeWorkspaceBench.ts), not here: the
 * timeouts below only stop a hang.
 */

let app: WebApp | null = null;
const scratch = scratchDirs('sb-large-');
test.afterEach(async ({ context }) => {
  await context.close();
  await app?.stop();
  app = null;
  await scratch.removeAll();
});

const EDITS = {
  strategyName: 'Kettle strategy (large workspace test)',
  campaignName: 'Design press tour — renamed in the large workspace',
  documentText: ' Added on the large workspace.',
  workshopTitle: 'Next year planning (large workspace test)',
  note: 'Office buyers want a quiet kettle',
};
/** Generous for a 2-core machine shared with other work: opening and saving ~20 MB. */
const SLOW = { timeout: 60_000 };

/** Console errors and uncaught exceptions, collected for the whole test. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

/** A route inside the open app (a hash change, as a link does): no reload of the workspace. */
async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => { window.location.hash = target; }, hash);
}

test('the 5,000-campaign / 500-document workspace opens, shows every area and saves an edit in each', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = collectErrors(page);
  const original = largeWorkspace();
  const file = join(await scratch.make(), 'Large workspace.json');
  await writeFile(file, serializeWorkspace(original));
  app = await startWebApp({ workspace: file });
  const shell = new AppShellPage(page);

  // Dashboard: the counts of the whole file.
  await shell.open(app.url);
  const campaigns = original.campaigns.filter((c) => c.kind === 'campaign').length;
  await expect(page.locator('[aria-labelledby="count-campaigns"]')).toHaveText(String(campaigns), SLOW);
  await expect(page.locator('[aria-labelledby="count-events"]')).toHaveText(String(original.campaigns.length - campaigns));
  await expect(page.locator('[aria-labelledby="count-documents"]')).toHaveText('500');
  await expect(page.locator('[aria-labelledby="count-strategies"]')).toHaveText('20');
  await expect(page.locator('[aria-labelledby="count-workshops"]')).toHaveText('4');
  await shell.expectAllSaved();

  // Strategy: rename it on the canvas, look at the positioning step.
  const strategy = new StrategyPage(page);
  await goTo(page, `#/strategy/${LARGE_TARGETS.strategyId}`);
  await strategy.commit(strategy.headerField('Strategy name'), EDITS.strategyName);
  await strategy.openStep('positioning');
  await expect(strategy.statementPreview()).toBeVisible();
  await expect(strategy.strategyLink(EDITS.strategyName)).toBeVisible();

  // Calendar: the month grid, the list of every campaign, one campaign edited, the timeline.
  const calendar = new CalendarPage(page);
  await shell.goTo('Calendar');
  await expect(page.locator('.fc-daygrid-event').first()).toBeVisible(SLOW);
  await calendar.view('List');
  const total = new Intl.NumberFormat('en').format(original.campaigns.length);
  await expect(page.getByText(`Showing 200 of ${total}`, { exact: true })).toBeVisible(SLOW);
  const target = original.campaigns.find((c) => c.id === LARGE_TARGETS.campaignId)!;
  await page.getByRole('textbox', { name: 'Search campaigns', exact: true }).fill(target.name);
  await expect(page.getByText(`Showing 1 of 1`, { exact: true })).toBeVisible();
  await page.getByRole('button', { name: target.name, exact: true }).click();
  const dialog = calendar.dialog();
  const name = dialog.getByRole('textbox', { name: 'Name', exact: true });
  await name.fill(EDITS.campaignName);
  await name.press('Tab');
  await expect(name).toHaveValue(EDITS.campaignName);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('textbox', { name: 'Search campaigns', exact: true }).fill('');
  await expect(page.getByText(`Showing 200 of ${total}`, { exact: true })).toBeVisible();
  await calendar.view('Timeline');
  await expect(page.locator('.sb-tl-bar').first()).toBeVisible(SLOW);

  // Documents: all 500 listed; the large draft PRD opened and typed into.
  const documents = new DocumentsPage(page);
  await shell.goTo('Documents');
  await expect(documents.documentsTable().locator('tbody tr')).toHaveCount(500, SLOW);
  const doc = original.documents.find((d) => d.id === LARGE_TARGETS.documentId)!;
  await documents.documentsTable().getByRole('link', { name: doc.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: doc.title, exact: true })).toBeVisible(SLOW);
  await expect(documents.sectionHeadings().first()).toBeVisible();
  await documents.editor().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(EDITS.documentText);
  await expect(documents.editor()).toContainText(EDITS.documentText.trim());
  await documents.openTab('Requirements');
  await expect(documents.requirementRows()).toHaveCount(doc.requirements.length); // leaving the body also commits it

  // Marketing plan: the builder, and a first preview made from the large workspace.
  const plan = new PlanPage(page);
  await shell.goTo('Marketing plan');
  await expect(plan.sectionList()).toBeVisible();
  await plan.waitForPreview();

  // Workshop: the list, a planned one renamed in Setup, a paused one's board with a new note, an ended one's record.
  const workshop = new WorkshopPage(page);
  await shell.goTo('Workshop');
  await expect(page.getByTestId(/^workshop-row-/)).toHaveCount(4);
  await goTo(page, `#/workshop/${LARGE_TARGETS.plannedWorkshopId}`);
  const title = page.getByRole('textbox', { name: 'Title', exact: true });
  await title.fill(EDITS.workshopTitle);
  await title.press('Tab');
  await expect(page.getByRole('heading', { level: 1, name: EDITS.workshopTitle })).toBeVisible();
  await goTo(page, `#/workshop/${LARGE_TARGETS.pausedWorkshopId}`);
  await expect(page.getByTestId('run-paused')).toBeVisible();
  const paused = original.workshops.find((w) => w.id === LARGE_TARGETS.pausedWorkshopId)!;
  const step = paused.run.currentItemId!;
  await expect(workshop.notes()).toHaveCount(paused.notes.filter((n) => n.agendaItemId === step).length);
  await workshop.addNote(paused.participants[0]!.name, EDITS.note);
  await goTo(page, `#/workshop/${LARGE_TARGETS.endedWorkshopId}`);
  await expect(page.getByTestId('record-decisions')).toBeVisible();

  // Everything is on disk, in a file that still validates.
  await shell.expectAllSaved();
  let saved: Workspace | null = null;
  await expect.poll(async () => {
    const outcome = parseWorkspaceText(await readFile(file, 'utf8'));
    if (!outcome.ok) return `invalid: ${outcome.problem.detail}`;
    saved = outcome.workspace;
    const ws = saved;
    return {
      strategy: ws.strategies.find((s) => s.id === LARGE_TARGETS.strategyId)?.name,
      campaign: ws.campaigns.find((c) => c.id === LARGE_TARGETS.campaignId)?.name,
      document: ws.documents.find((d) => d.id === LARGE_TARGETS.documentId)?.bodyHtml.includes(EDITS.documentText.trim()),
      workshop: ws.workshops.find((w) => w.id === LARGE_TARGETS.plannedWorkshopId)?.title,
      note: ws.workshops.find((w) => w.id === LARGE_TARGETS.pausedWorkshopId)?.notes.some((n) => n.text === EDITS.note),
    };
  }, { timeout: 30_000, message: 'the saved file holds every edit' }).toEqual({
    strategy: EDITS.strategyName, campaign: EDITS.campaignName, document: true, workshop: EDITS.workshopTitle, note: true,
  });
  // Nothing else was lost on the way: the same numbers of records as the file we opened.
  const ws = saved! as Workspace;
  expect([ws.campaigns.length, ws.documents.length, ws.strategies.length, ws.workshops.length])
    .toEqual([original.campaigns.length, original.documents.length, original.strategies.length, original.workshops.length]);
  expect(ws.campaigns.reduce((sum, c) => sum + c.activities.length, 0)).toBe(original.campaigns.reduce((sum, c) => sum + c.activities.length, 0));

  expect(errors, 'console errors and page errors').toEqual([]);
});
