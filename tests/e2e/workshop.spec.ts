import { expect, test, type Page, type TestInfo } from '@playwright/test';
import type { Workspace } from '../../shared/schema/workspace';
import { WorkshopPage } from './pages/WorkshopPage';
import { flat, pdfPageCount, pdfText } from './support/pdfTools';
import { workspaceOnDisk } from './support/strategyOnDisk';
import { scratchDirs } from './support/scratchDirs';
import { startWebApp, type WebApp } from './support/webApp';

/**
 * Workshop mode in web mode: a two-step workshop with one-minute timeboxes run from start to
 * end (notes, dot voting with its limit, a note promoted into the canvas, the clock's overrun, a
 * restart mid-step, an action item that lands on the calendar, the summary PDF read back), and
 * the presentation view at projector sizes in English and Chinese.
 */

let app: WebApp | null = null;
const scratch = scratchDirs('sb-workshop-');
test.afterEach(async ({ context }) => {
  await context.close();
  await app?.stop();
  app = null;
  await scratch.removeAll();
});

const onDisk = async () => (await workspaceOnDisk(app!.dataDir)) as unknown as Workspace;

/** Today in the browser's time zone, as the date fields show it. */
function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const TITLE = 'Spring pricing workshop';
const IDEA = 'Young tea lovers in tier-one cities';
const OTHER_IDEA = 'Office gift buyers';
const ACTION = 'Book the tasting venue';

test('a two-step workshop: notes, votes, a promotion, a restart, an action on the calendar and the summary PDF', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  app = await startWebApp();
  await page.clock.install();
  const workshop = new WorkshopPage(page);
  await workshop.openList(app.url);
  const id = await workshop.create(TITLE);

  // Setup: keep "Target market" and "Promotion", one minute each, two participants.
  await expect(workshop.agendaRows()).toHaveCount(6);
  for (const step of [6, 4, 3, 1]) await workshop.removeStep(step);
  await expect(workshop.agendaRows()).toHaveCount(2);
  await workshop.setTimebox(1, 1);
  await workshop.setTimebox(2, 1);
  await workshop.addParticipant('Ann');
  await workshop.addParticipant('Ben');
  await expect(page.getByTestId('agenda-total')).toHaveText('Total: 2 min');

  // Run: start, capture two notes by keyboard.
  await workshop.tab('Run');
  await page.getByTestId('run-start').click();
  await expect(workshop.stepTitle()).toHaveText('Target market');
  await expect(workshop.timer()).toHaveAttribute('data-phase', 'warning'); // a 1-minute step starts inside the 2-minute warning
  await workshop.addNote('Ann', IDEA);
  await workshop.addNote('Ben', OTHER_IDEA);

  // Dot voting: three dots each per step; a fourth is refused.
  await workshop.startVoting('Ann');
  await workshop.note(IDEA).click();
  await workshop.note(IDEA).click();
  await workshop.note(OTHER_IDEA).click();
  await workshop.note(OTHER_IDEA).click();
  await expect(page.getByTestId('no-votes-left')).toBeVisible();
  expect(await workshop.dots(OTHER_IDEA)).toBe(1);
  await workshop.participant('Ben', page.getByTestId('voting-bar')).click();
  await workshop.note(IDEA).click();
  await expect.poll(() => workshop.dots(IDEA)).toBe(3);
  const results = page.getByTestId('vote-result');
  await expect(results.first()).toContainText(IDEA);
  await expect(results.first()).toHaveAttribute('data-votes', '3');
  await expect(results.nth(1)).toHaveAttribute('data-votes', '1');
  await workshop.stopVoting();

  // Promote the winning note: the step feeds the target market, so it becomes a segment.
  await workshop.note(IDEA).click();
  await page.getByRole('button', { name: 'Promote to canvas', exact: true }).first().click();
  const promote = page.getByTestId('promote-dialog');
  await expect(promote.getByTestId('promote-text')).toHaveValue(IDEA);
  await promote.getByTestId('promote-confirm').click();
  await expect(workshop.note(IDEA).getByTestId('note-promoted')).toBeVisible();

  // The facilitator shows the canvas on the projector: the clock keeps being saved meanwhile.
  await workshop.shell.expectAllSaved();
  const runBefore = (await onDisk()).workshops.find((w) => w.id === id)!.run;
  const aliveBefore = Date.parse(runBefore.heartbeatAt ?? runBefore.runningSince!);
  await workshop.shell.goTo('Strategy');
  await page.clock.runFor('00:15');
  await expect.poll(async () => Date.parse((await onDisk()).workshops.find((w) => w.id === id)!.run.heartbeatAt ?? '') || 0, {
    message: 'a heartbeat saved while the runner is not on screen',
  }).toBeGreaterThanOrEqual(aliveBefore + 10_000);
  // The header shows the running step and its time; one click goes back to the runner.
  const chip = page.getByTestId('running-workshop-chip');
  await expect(chip).toContainText('Target market');
  await expect(chip).toHaveAttribute('aria-label', new RegExp(`^Workshop “${TITLE}” is running: Target market, \\d+:\\d\\d left`));
  await chip.click();
  await expect(workshop.stepTitle()).toHaveText('Target market');
  await expect(chip).toBeHidden();

  // The clock runs past the timebox: overrun, shown with "+".
  await page.clock.runFor('00:50');
  await expect(workshop.timer()).toHaveAttribute('data-phase', 'overrun');
  await expect(workshop.timer()).toContainText('+');
  const overrunText = await workshop.timer().textContent();

  // The laptop sleeps for five minutes (the clock jumps between two ticks): the step comes
  // back paused at the time it had before the sleep.
  await page.clock.fastForward('05:00');
  await expect(page.getByTestId('run-restored')).toBeVisible();
  await expect(page.getByTestId('run-resume').first()).toBeVisible();
  await expect(workshop.timer()).toHaveText(overrunText!);
  await page.getByTestId('run-resume').first().click();
  await workshop.shell.expectAllSaved();

  // The app restarts mid-step: back on the same step, paused, with the time it had.
  await page.reload();
  await expect(page.getByTestId('run-restored')).toBeVisible();
  await expect(workshop.stepTitle()).toHaveText('Target market');
  await expect(page.getByTestId('run-resume').first()).toBeVisible();
  await expect(workshop.timer()).toHaveAttribute('data-phase', 'overrun');
  await expect.poll(async () => (await onDisk()).workshops.find((w) => w.id === id)!.status).toBe('paused');

  // Next step, an action item, end.
  await page.getByTestId('run-resume').first().click();
  await page.getByTestId('run-next').first().click();
  await expect(workshop.stepTitle()).toHaveText('Promotion');
  await workshop.addAction(ACTION, 'Ann', todayIso());
  await page.getByTestId('run-end').first().click();
  await workshop.confirm();
  await expect(page.getByTestId('run-ended')).toBeVisible();
  await workshop.shell.expectAllSaved();

  // On disk: the record, the canvas item with its decision, the calendar task.
  const saved = await onDisk();
  const session = saved.workshops.find((w) => w.id === id)!;
  expect(session.status).toBe('ended');
  expect(session.agenda.map((item) => item.title)).toEqual(['Target market', 'Promotion']);
  expect(session.agenda[0]!.actualSeconds, 'the first step ran over its minute').toBeGreaterThanOrEqual(65);
  expect(session.agenda[1]!.actualSeconds, 'the second step has its time too').not.toBeNull();
  expect(session.votes).toHaveLength(4);
  expect(session.decisions).toHaveLength(1);
  const segment = saved.strategies[0]!.targetMarket.segments.find((s) => s.id === session.decisions[0]!.itemId);
  expect(segment?.name).toBe(IDEA);
  const task = saved.campaigns.flatMap((c) => c.activities.map((a) => ({ ...a, campaign: c.name }))).find((a) => a.title === ACTION);
  expect(task).toMatchObject({ level: 'task', owner: 'Ann', startDate: todayIso(), endDate: todayIso(), campaign: `Workshop actions: ${TITLE}` });

  // The canvas shows where the segment came from.
  await workshop.shell.open(`${app.url}#/strategy/${saved.strategies[0]!.id}`);
  await expect(page.getByTestId('workshop-origin-badge').filter({ hasText: `From workshop: ${TITLE}` }).first()).toBeAttached();

  // The action is on the calendar's timeline.
  await workshop.shell.goTo('Calendar');
  await page.getByText('Timeline', { exact: true }).click();
  await expect(page.getByRole('button', { name: new RegExp(`^Workshop actions: ${TITLE}`) }).first()).toBeVisible();
  await expect(page.getByRole('img', { name: new RegExp(ACTION) }).first()).toBeAttached();

  // The record and its PDF summary.
  await workshop.openWorkshop(app.url, id);
  await workshop.tab('Record');
  await expect(page.getByTestId('record-decisions')).toContainText(IDEA);
  const pdf = await workshop.exportSummary();
  expect(pdf.download.suggestedFilename()).toBe(`${TITLE} – Workshop summary.pdf`);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdfPageCount(pdf.path)).toBeGreaterThanOrEqual(1);
  const text = flat(pdfText(pdf.path));
  for (const expected of [TITLE, 'Ann', 'Ben', 'Target market', 'Promotion', IDEA, OTHER_IDEA, ACTION, 'Page 1 of']) {
    expect(text, `the summary PDF mentions “${expected}”`).toContain(flat(expected));
  }
  await testInfo.attach('workshop-summary.pdf', { path: pdf.path, contentType: 'application/pdf' });
});

/** A screenshot for a person to read, kept with the test results; returns where it is. */
async function keepScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
  return path;
}

/** What a projector needs: the timer and title big, nothing cut off, nothing scrolling sideways. */
async function expectLegible(page: Page, viewport: { width: number; height: number }): Promise<void> {
  const view = page.getByTestId('presentation-view');
  await expect(view).toBeVisible();
  const timer = view.getByTestId('run-timer');
  const title = view.getByTestId('presentation-title');
  const sizes = await page.evaluate(() => {
    const px = (testId: string) => {
      const element = document.querySelector(`[data-testid="presentation-view"] [data-testid="${testId}"]`)!;
      return Number.parseFloat(getComputedStyle(element).fontSize);
    };
    return { timer: px('run-timer'), title: px('presentation-title'), scrollX: document.documentElement.scrollWidth - window.innerWidth };
  });
  expect(sizes.timer, 'timer font size').toBeGreaterThanOrEqual(viewport.height * 0.12);
  expect(sizes.title, 'step title font size').toBeGreaterThanOrEqual(viewport.height * 0.04);
  expect(sizes.scrollX, 'no sideways scrolling').toBeLessThanOrEqual(0);
  for (const part of [timer, title]) {
    const box = (await part.boundingBox())!;
    expect(box.y, 'inside the window').toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  }
}

for (const language of ['en', 'zh-CN'] as const) {
  test(`the presentation view is legible at 1920×1080 and 1280×720 and keyboard driven (${language})`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    app = await startWebApp({ lang: language });
    await page.setViewportSize({ width: 1920, height: 1080 });
    const workshop = new WorkshopPage(page);
    await workshop.openWorkshop(app.url, 'wsh_q3');
    await page.getByRole('tab', { name: language === 'en' ? 'Run' : '进行' }).click();
    await page.getByTestId('run-start').click();
    const first = (await onDisk()).workshops[0]!;
    await page.getByTestId('run-present').click();
    const view = page.getByTestId('presentation-view');
    await expect(view).toBeVisible();

    // N: capture by keyboard; Space pauses; → moves on; Esc leaves.
    const ideas = language === 'en'
      ? ['Busy parents who want tea in one minute', 'Gift buyers before the Spring Festival', 'Office pantries']
      : ['想一分钟泡好茶的忙碌父母', '春节前的送礼人群', '办公室茶水间'];
    await page.keyboard.press('n');
    for (const idea of ideas) {
      await page.keyboard.type(idea);
      await page.keyboard.press('Enter'); // the capture field keeps the focus for the next note
    }
    await expect(view.getByTestId('board-note')).toHaveCount(3);
    await view.focus(); // out of the field, so Space and the arrows drive the clock

    await expectLegible(page, { width: 1920, height: 1080 });
    await keepScreenshot(page, testInfo, `presentation-1920x1080-${language}`);
    await page.setViewportSize({ width: 1280, height: 720 });
    await expectLegible(page, { width: 1280, height: 720 });
    await keepScreenshot(page, testInfo, `presentation-1280x720-${language}`);

    await expect(view.getByTestId('presentation-state')).toBeHidden();
    await page.keyboard.press('Space');
    await expect(view.getByTestId('presentation-state')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(view.getByTestId('presentation-title')).toHaveText(first.agenda[1]!.title);
    await page.keyboard.press('Escape');
    await expect(view).toBeHidden();
  });
}
