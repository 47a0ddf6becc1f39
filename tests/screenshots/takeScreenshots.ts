import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test';
import playwrightConfig from '../../playwright.config';
import { chromiumExecutable } from '../e2e/support/chromium';
import { startWebApp, type WebApp } from '../e2e/support/webApp';

/**
 * The README's screenshots (`npm run screenshots`, which builds first): for English in the light
 * theme and 简体中文 in the dark theme, the strategy canvas, the calendar's year timeline, one
 * page of the exported marketing-plan PDF and the workshop board on the projector, all from the
 * sample plan a fresh web-mode data folder creates. Written to docs/images/ as
 * `<area>-<language>.png`, each listed with its size; quantised with pngquant when it is
 * installed (`apt-get install -y pngquant`), kept as Chromium wrote them otherwise.
 * `npm run screenshots -- calendar workshop` retakes only the areas named.
 *
 * Needs Chromium (tests/e2e/support/chromium.ts) and poppler-utils (pdfimages, pdftoppm).
 */

const OUT_DIR = resolve('docs/images');
const VIEWPORT = { width: 1280, height: 800 };
/** Per file and for all of them: the README should stay light to clone. */
const BUDGET = { file: 250 * 1024, total: 2 * 1024 * 1024 };
/** Making the plan PDF draws every chart and prints through Chromium: allow a slow machine. */
const SLOW = 60_000;

type Language = 'en' | 'zh-CN';

interface LanguageRun {
  language: Language;
  theme: 'light' | 'dark';
  /** The words the script clicks or types, in that language. */
  words: {
    exportPdf: string;
    group: string;
    clusterName: string;
    /** Sticky notes for the first agenda step ("Market research review"), by participant. */
    notes: { author: string; text: string }[];
  };
}

const RUNS: LanguageRun[] = [
  {
    language: 'en',
    theme: 'light',
    words: {
      exportPdf: 'Export PDF',
      group: 'Group',
      clusterName: 'Design beats specs',
      notes: [
        { author: 'Anna Zhou', text: 'Buyers compare wattage less than design' },
        { author: 'Mia Chen', text: 'Reviews mention rust on cheap kettles' },
        { author: 'David Li', text: 'Tea presets are the top wish in the survey' },
        { author: 'Sara Wang', text: 'Kettlo wins on price, not on looks' },
        { author: 'Mia Chen', text: 'New parents need exact 45 °C' },
        { author: 'Anna Zhou', text: 'Marketplace search: “smart kettle” +38 %' },
      ],
    },
  },
  {
    language: 'zh-CN',
    theme: 'dark',
    words: {
      exportPdf: '导出 PDF',
      group: '分组',
      clusterName: '设计胜过参数',
      notes: [
        { author: '周安娜', text: '买家更看重外观，而不是功率' },
        { author: '陈敏', text: '差评常提到廉价水壶生锈' },
        { author: '李大卫', text: '问卷中呼声最高的是泡茶预设' },
        { author: '王莎', text: 'Kettlo 赢在价格，不在颜值' },
        { author: '陈敏', text: '新手父母需要精确的 45 °C' },
        { author: '周安娜', text: '电商平台搜索“智能水壶”增长 38%' },
      ],
    },
  },
];

/** Dots per participant (by index into the notes above): the results read 4, 2 (the group), 1, 1, 0. */
const VOTES: { author: number; notes: number[] }[] = [
  { author: 0, notes: [0, 2, 2] },
  { author: 1, notes: [2, 4, 0] },
  { author: 2, notes: [2, 3] },
];

/** How far the first step's clock has run when the board is shown (13:35 of 20:00 left). */
const ELAPSED = '06:25';

// ---- small helpers -------------------------------------------------------------------------------

class ScreenshotError extends Error {}

function run(command: string, args: string[], hint: string): string {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: SLOW });
  if (result.error && 'code' in result.error && result.error.code === 'ENOENT') throw new ScreenshotError(`${command} is not installed: ${hint}`);
  if (result.status !== 0) throw new ScreenshotError(`${command} ${args.join(' ')} failed (exit ${result.status}):\n${result.stderr}`);
  return result.stdout;
}

const hasCommand = (command: string): boolean => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;

/** Waits until the fonts are loaded, no loader spins and two frames have been painted. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForFunction(() => [...document.querySelectorAll('.mantine-Loader-root')].every((el) => (el as HTMLElement).offsetParent === null));
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
}

/** Waits until a locator matches at least one element and its count stays the same for a moment. */
async function waitForStableCount(locator: Locator, what: string): Promise<number> {
  await locator.first().waitFor({ state: 'visible' });
  let previous = -1;
  for (let tries = 0; tries < 50; tries++) {
    const count = await locator.count();
    if (count === previous) return count;
    previous = count;
    await locator.page().waitForTimeout(200);
  }
  throw new ScreenshotError(`${what} kept changing`);
}

/** Picks an option of a Mantine SegmentedControl by its value: the radio is hidden, its label is what a person clicks. */
async function chooseSegment(page: Page, value: string): Promise<void> {
  const radio = page.locator(`input[type="radio"][value="${value}"]`).first();
  const id = await radio.getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
  await page.waitForFunction((radioId) => (document.getElementById(radioId!) as HTMLInputElement | null)?.checked === true, id);
}

async function open(page: Page, app: WebApp, hash: string): Promise<void> {
  await page.goto(`${app.url}${hash}`);
  await page.getByRole('navigation').first().waitFor();
}

async function newContext(browser: Browser, language: LanguageRun): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    colorScheme: language.theme,
    reducedMotion: 'reduce',
    locale: language.language,
    acceptDownloads: true,
  });
  context.setDefaultTimeout(SLOW);
  return context;
}

// ---- the four pictures ---------------------------------------------------------------------------

/** The app's theme is an app setting (Settings ▸ Appearance); set it the way a person does. */
async function setTheme(page: Page, app: WebApp, theme: 'light' | 'dark'): Promise<void> {
  await open(page, app, '#/settings');
  await chooseSegment(page, theme);
  await page.waitForFunction((scheme) => document.documentElement.getAttribute('data-mantine-color-scheme') === scheme, theme);
}

/**
 * The strategy canvas as it opens, on its "Price & channel" step: the strategy list, the
 * canvas's completeness, the six steps with theirs, and the pricing strategies explained.
 */
async function canvas(page: Page, app: WebApp, file: string): Promise<void> {
  await open(page, app, '#/strategy');
  const steps = page.getByRole('main').getByRole('tablist').first();
  const step = steps.getByRole('tab').nth(3);
  await step.click();
  await step.and(page.locator('[aria-selected="true"]')).waitFor();
  // The step's charts (chart.js canvases named for screen readers) are drawn before the picture is taken.
  const panel = page.getByRole('main').getByRole('tabpanel').filter({ visible: true }).first();
  const charts = panel.locator('canvas[role="img"]');
  await charts.first().waitFor();
  await page.waitForFunction((canvases) => canvases.every((c) => (c as HTMLCanvasElement).width > 0 && (c as HTMLCanvasElement).height > 0), await charts.elementHandles());
  await page.evaluate(() => window.scrollTo(0, 0));
  await settle(page);
  await page.screenshot({ path: file, animations: 'disabled' });
}

/** The calendar's timeline of the whole year: one lane per campaign, milestones and today's line. */
async function calendar(page: Page, app: WebApp, file: string): Promise<void> {
  await open(page, app, '#/calendar/timeline');
  await chooseSegment(page, 'year');
  await waitForStableCount(page.locator('.sb-tl-bar'), 'the timeline');
  await settle(page);
  await page.screenshot({ path: file, animations: 'disabled' });
}

/**
 * The workshop on the projector: the sample's workshop started, its clock run to 13:35 left and
 * paused, six sticky notes, two of them grouped and named, and a round of dot voting. The
 * browser clock is driven, so the timer shows the same time on every run.
 */
async function workshop(browser: Browser, app: WebApp, language: LanguageRun, file: string): Promise<void> {
  const context = await newContext(browser, language);
  try {
    const page = await context.newPage();
    const start = Date.now();
    await page.clock.install({ time: start });
    await open(page, app, '#/workshop/wsh_q3');
    await page.getByRole('tab').nth(1).click(); // Run
    await page.getByTestId('run-start').waitFor();
    await page.clock.pauseAt(start + 60_000);
    await page.getByTestId('run-start').click();
    await page.clock.runFor(ELAPSED);
    await page.getByTestId('run-pause').first().click();
    await page.getByTestId('run-resume').first().waitFor();
    await page.clock.resume();

    const board = page.getByTestId('step-board');
    const notes = language.words.notes;
    const note = (index: number) => page.getByTestId('board-note').filter({ hasText: notes[index]!.text });
    const capture = page.getByTestId('note-capture').first();
    for (const { author, text } of notes) {
      await board.getByTestId(/^participant-/).filter({ hasText: author }).first().click();
      await capture.fill(text);
      await capture.press('Enter');
      await page.getByTestId('board-note').filter({ hasText: text }).waitFor();
    }

    await note(0).click();
    await note(1).click({ modifiers: ['Shift'] });
    await page.getByRole('button', { name: language.words.group, exact: true }).click();
    const clusterName = page.getByTestId('cluster-item').getByRole('textbox').first();
    await clusterName.fill(language.words.clusterName);
    await clusterName.press('Enter');
    await page.getByTestId('board-cluster').filter({ hasText: language.words.clusterName }).waitFor();

    await page.getByTestId('toggle-voting').click();
    const votingBar = page.getByTestId('voting-bar');
    for (const { author, notes: picks } of VOTES) {
      await votingBar.getByTestId(/^participant-/).filter({ hasText: notes[author]!.author }).first().click();
      for (const pick of picks) await note(pick).click();
    }
    await page.waitForFunction((expected) => {
      const counts = [...document.querySelectorAll('[data-testid="note-dots"]')].map((el) => Number(el.getAttribute('data-count')));
      return counts.reduce((a, b) => a + b, 0) === expected;
    }, VOTES.reduce((sum, vote) => sum + vote.notes.length, 0));
    await page.getByTestId('toggle-voting').click();
    await votingBar.waitFor({ state: 'hidden' });

    await page.getByTestId('run-present').first().click();
    const view = page.getByTestId('presentation-view');
    await view.waitFor();
    await view.getByTestId('board-note').nth(notes.length - 1).waitFor();
    await settle(page);
    await page.screenshot({ path: file, animations: 'disabled' });
    await page.keyboard.press('Escape');
    await view.waitFor({ state: 'hidden' });
  } finally {
    await context.close();
  }
}

/**
 * Exports the marketing plan from its area (as the e2e tests do) and turns its first page with
 * a chart after the cover — the strategy with its market-size funnel — into a PNG.
 */
async function planPage(page: Page, app: WebApp, language: LanguageRun, file: string, scratch: string): Promise<number> {
  await open(page, app, '#/plan');
  const preview = page.getByTestId('plan-preview-pages');
  await preview.waitFor({ timeout: SLOW });
  await page.waitForFunction(() => {
    const pages = Number(document.querySelector('[data-testid="plan-preview-pages"]')?.getAttribute('data-pages'));
    return pages > 0 && document.querySelectorAll('[data-testid="plan-preview-pages"] canvas').length >= pages;
  });
  const downloading = page.waitForEvent('download', { timeout: SLOW });
  await page.getByRole('button', { name: language.words.exportPdf, exact: true }).click();
  const download = await downloading;
  const failure = await download.failure();
  if (failure) throw new ScreenshotError(`the plan PDF download failed: ${failure}`);
  const pdf = join(scratch, `plan-${language.language}.pdf`);
  await download.saveAs(pdf);

  const hint = 'apt-get install -y poppler-utils';
  const withPictures = run('pdfimages', ['-list', pdf], hint).split('\n').slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cells) => cells[2] === 'image')
    .map((cells) => Number(cells[0]));
  const pageNumber = Math.min(...withPictures.filter((n) => n > 1));
  if (!Number.isFinite(pageNumber)) throw new ScreenshotError(`the plan PDF (${pdf}) has no chart after its cover`);
  const base = file.replace(/\.png$/, '');
  run('pdftoppm', ['-png', '-r', '60', '-f', String(pageNumber), '-l', String(pageNumber), '-singlefile', pdf, base], hint);
  return pageNumber;
}

// ---- main ----------------------------------------------------------------------------------------

const AREAS = ['canvas', 'calendar', 'workshop', 'plan-pdf'] as const;
type Area = (typeof AREAS)[number];

/** `npm run screenshots -- calendar workshop` retakes only those; no arguments takes all four. */
function areasWanted(args: string[]): Set<Area> {
  const unknown = args.filter((arg) => !(AREAS as readonly string[]).includes(arg));
  if (unknown.length > 0) throw new ScreenshotError(`unknown area ${unknown.join(', ')}: choose from ${AREAS.join(', ')}`);
  return new Set(args.length > 0 ? (args as Area[]) : AREAS);
}

async function quantise(files: string[]): Promise<void> {
  if (!hasCommand('pngquant')) {
    console.log('pngquant is not installed (apt-get install -y pngquant): the PNGs are kept as Chromium wrote them.');
    return;
  }
  for (const file of files) {
    // 98: the result would be larger, 99: the quality floor cannot be met; the original stays in both cases.
    const result = spawnSync('pngquant', ['--force', '--skip-if-larger', '--strip', '--speed', '1', '--quality', '65-95', '--output', file, '--', file]);
    if (result.status !== 0 && result.status !== 98 && result.status !== 99) throw new ScreenshotError(`pngquant ${file} failed: ${result.stderr.toString()}`);
  }
}

async function main(): Promise<void> {
  const wanted = areasWanted(process.argv.slice(2));
  await mkdir(OUT_DIR, { recursive: true });
  const scratch = await mkdtemp(join(tmpdir(), 'sb-screenshots-'));
  const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: playwrightConfig.use?.launchOptions?.args ?? [] });
  const apps: WebApp[] = [];
  const written: string[] = [];
  try {
    for (const language of RUNS) {
      // A fresh data folder: the server creates the sample plan in this language.
      const app = await startWebApp({ dataDir: await mkdtemp(join(scratch, `data-${language.language}-`)), lang: language.language });
      apps.push(app);
      const context = await newContext(browser, language);
      try {
        const page = await context.newPage();
        await setTheme(page, app, language.theme);
        // Each picture in turn; a failure names the picture and language it happened in.
        const take = async (area: Area, picture: (file: string) => Promise<void>): Promise<void> => {
          if (!wanted.has(area)) return;
          const file = join(OUT_DIR, `${area}-${language.language}.png`);
          try {
            await picture(file);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            throw new ScreenshotError(`${area}-${language.language}.png: ${message}`);
          }
          written.push(file);
        };
        await take('canvas', (file) => canvas(page, app, file));
        await take('calendar', (file) => calendar(page, app, file));
        await take('workshop', (file) => workshop(browser, app, language, file));
        await take('plan-pdf', async (file) => {
          const pdfPage = await planPage(page, app, language, file, scratch);
          console.log(`${language.language}: the plan PDF's page ${pdfPage} is the picture`);
        });
      } finally {
        await context.close();
      }
      await app.stop();
    }
    await quantise(written);
  } finally {
    await browser.close();
    await Promise.all(apps.map((app) => app.stop()));
    await rm(scratch, { recursive: true, force: true });
  }

  let total = 0;
  const over: string[] = [];
  for (const file of written) {
    const { size } = await stat(file);
    total += size;
    if (size > BUDGET.file) over.push(relative('.', file));
    console.log(`wrote ${relative('.', file)}  ${(size / 1024).toFixed(0)} KB`);
  }
  console.log(`${written.length} screenshots, ${(total / 1024).toFixed(0)} KB in all`);
  if (over.length > 0) console.log(`note: over ${BUDGET.file / 1024} KB each: ${over.join(', ')}`);
  if (total > BUDGET.total) console.log(`note: over ${BUDGET.total / 1024 / 1024} MB in all`);
}

main().catch((error: unknown) => {
  const message = error instanceof ScreenshotError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
  console.error(`npm run screenshots failed: ${message}`);
  process.exitCode = 1;
});
