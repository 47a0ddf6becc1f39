import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type TestInfo } from '@playwright/test';
import { planSectionTitle } from '../../shared/plan/print/sectionTitles';
import type { MarketingPlan } from '../../shared/schema/marketingPlan';
import type { UiLanguage } from '../../shared/schema/primitives';
import { PlanPage } from './pages/PlanPage';
import { flat, lookAtPdfPages, pdfImages, pdfPageCount, pdfPageSizes, pdfText, textPages } from './support/pdfTools';
import { workspaceOnDisk, type Json } from './support/strategyOnDisk';
import { scratchDirs } from './support/scratchDirs';
import { startWebApp, type WebApp } from './support/webApp';

/**
 * The marketing plan PDF in web mode: the sample plan in English and Chinese exported and read
 * back (every page looked at), the builder's choices (sections, order, empty sections) in the
 * PDF, on disk and after a reload, and US Letter paper.
 */

let app: WebApp | null = null;
const scratch = scratchDirs('sb-plan-');
test.afterEach(async ({ context }) => {
  await context.close();
  await app?.stop();
  app = null;
  await scratch.removeAll();
});

const scratchDir = () => scratch.make();

async function planOnDisk(): Promise<MarketingPlan> {
  return (await workspaceOnDisk(app!.dataDir)).marketingPlan as MarketingPlan;
}

/** The printed title of each enabled section in print order (the cover prints the plan title). */
function printedTitles(plan: MarketingPlan, language: UiLanguage): string[] {
  return plan.sections.filter((s) => s.enabled && s.id !== 'cover').map((s) => planSectionTitle(s.id, language));
}

/**
 * Every section starts on a new page with its title as the first line under the running header:
 * the titles that open a page, with their page numbers (1-based).
 */
function sectionStarts(pages: string[][], titles: string[]): Map<string, number> {
  const starts = new Map<string, number>();
  pages.forEach((lines, index) => {
    if (titles.includes(lines[0] ?? '') && !starts.has(lines[0]!)) starts.set(lines[0]!, index + 1);
  });
  return starts;
}

/** The lines of the contents page, after its title. */
function contentsLines(pages: string[][], contentsTitle: string): string[] {
  const page = pages.find((lines) => lines[0] === contentsTitle);
  expect(page, `a page titled “${contentsTitle}”`).toBeTruthy();
  return page!.slice(1);
}

interface SampleExpectations {
  language: UiLanguage;
  company: string;
  title: (year: number) => string;
  pageOneOf: RegExp;
}

/** Opens the sample plan, exports it and checks the PDF against the preview and the saved plan. */
async function exportSamplePlan(plans: PlanPage, testInfo: TestInfo, expected: SampleExpectations): Promise<void> {
  const plan = await planOnDisk();
  const company = (await workspaceOnDisk(app!.dataDir)).company.name as string;
  expect(company).toBe(expected.company);
  expect(plan.title).toBe(expected.title(plan.period.year));
  expect(plan.sections.filter((s) => s.enabled).length, 'the sample prints every section').toBe(11);

  await plans.open(app!.url);
  const previewPages = await plans.waitForPreview();
  const pdf = await plans.exportPdf();
  expect(pdf.download.suggestedFilename()).toBe(`${plan.title}.pdf`);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const pageCount = pdfPageCount(pdf.path);
  expect(pageCount, 'a plausible page count for the sample plan').toBeGreaterThanOrEqual(10);
  expect(pageCount).toBeLessThanOrEqual(60);
  expect(pageCount, 'the preview shows the exported PDF page for page').toBe(previewPages);
  expect(new Set(pdfPageSizes(pdf.path)), 'A4 portrait on every page').toEqual(new Set(['595.92 x 842.88']));

  const text = pdfText(pdf.path);
  expect(flat(text)).toContain(flat(company));
  expect(text).toMatch(expected.pageOneOf);
  expect(text.match(new RegExp(expected.pageOneOf.source, 'g')), 'one “page 1 of” footer').toHaveLength(1);
  const pages = textPages(text, plan.title);
  expect(pages).toHaveLength(pageCount);
  // The cover, under the running header: company name and the plan title.
  expect(pages[0]!.slice(0, 2)).toEqual([company, plan.title]);

  const titles = printedTitles(plan, expected.language);
  const starts = sectionStarts(pages, titles);
  expect([...starts.keys()], 'every enabled section opens a page, in the saved order').toEqual(titles);
  const contents = contentsLines(pages, planSectionTitle('contents', expected.language));
  for (const title of titles.filter((t) => t !== planSectionTitle('contents', expected.language))) {
    expect(contents, `the contents list “${title}”`).toContain(title);
  }

  const images = pdfImages(pdf.path);
  expect(images.length, 'charts printed as images').toBeGreaterThanOrEqual(5);
  for (const image of images) expect(image.xPpi, `chart on page ${image.page} prints sharp`).toBeGreaterThanOrEqual(200);

  expect(await lookAtPdfPages(pdf.path, testInfo, `${expected.language} plan`, await scratchDir())).toBe(pageCount);
}

test('the English sample plan exports to a PDF that matches its preview, with every section, charts and page numbers', async ({ page }, testInfo) => {
  app = await startWebApp();
  await exportSamplePlan(new PlanPage(page), testInfo, {
    language: 'en',
    company: 'Brightleaf Home Appliances',
    title: (year) => `Brightleaf ${year} marketing plan`,
    pageOneOf: /Page 1 of \d+/,
  });
});

test('in the Chinese UI the sample plan prints Chinese section titles, company and page footer', async ({ page }, testInfo) => {
  app = await startWebApp({ lang: 'zh-CN' });
  await exportSamplePlan(new PlanPage(page, 'zh-CN'), testInfo, {
    language: 'zh-CN',
    company: '明叶家电（杭州）有限公司',
    title: (year) => `明叶 ${year} 年营销计划`,
    pageOneOf: /第 1 页，共 \d+ 页/,
  });
});

test('the builder leaves out an unticked section, prints a moved one earlier, keeps the choice, and handles an empty summary as chosen', async ({ page }) => {
  app = await startWebApp();
  const plans = new PlanPage(page);
  await plans.open(app.url);
  await plans.waitForPreview();
  const before = await plans.sectionOrder();
  expect(before).toEqual(['Cover', 'Executive summary', 'Contents', 'Market analysis', 'Objectives and targets', 'Strategy', 'Promotion plan and campaign calendar', 'Budget', 'KPIs', 'Handed to sales', 'Appendices']);

  await plans.setIncluded('KPIs', false);
  await plans.moveUp('Budget');
  const order = ['Cover', 'Executive summary', 'Contents', 'Market analysis', 'Objectives and targets', 'Strategy', 'Budget', 'Promotion plan and campaign calendar', 'KPIs', 'Handed to sales', 'Appendices'];
  await expect.poll(() => plans.sectionOrder()).toEqual(order);
  const previewPages = await plans.refreshPreview();

  const header = (await planOnDisk()).title;
  const pdf = await plans.exportPdf();
  expect(pdfPageCount(pdf.path), 'the refreshed preview is the exported PDF').toBe(previewPages);
  const pages = textPages(pdfText(pdf.path), header);
  const allLines = pages.flat();
  expect(allLines.filter((line) => line === 'KPIs'), 'no “KPIs” section title').toEqual([]);
  expect(allLines.filter((line) => line === 'Campaign KPIs in the period' || line === 'Promotion KPIs'), 'nor its sub-sections').toEqual([]);
  const starts = sectionStarts(pages, ['Budget', 'Promotion plan and campaign calendar', 'Handed to sales']);
  expect(starts.get('Budget'), 'Budget opens a page').toBeDefined();
  expect(starts.get('Budget')!, 'Budget prints before the promotion plan').toBeLessThan(starts.get('Promotion plan and campaign calendar')!);
  expect(starts.get('Promotion plan and campaign calendar')!).toBeLessThan(starts.get('Handed to sales')!);
  const contents = contentsLines(pages, 'Contents');
  expect(contents).not.toContain('KPIs');
  expect(contents.indexOf('Budget'), 'the contents list Budget before the promotion plan').toBeLessThan(contents.indexOf('Promotion plan and campaign calendar'));
  expect(contents.indexOf('Budget')).toBeGreaterThan(contents.indexOf('Strategy'));

  // Saved in the workspace file, and still there after a reload.
  const savedSections = [
    'cover', 'executive-summary', 'contents', 'market-analysis', 'objectives', 'strategy', 'budget', 'promotion-calendar', 'kpis', 'sales-handoff', 'appendices',
  ].map((id) => ({ id, enabled: id !== 'kpis' }));
  await plans.shell.expectAllSaved();
  await expect.poll(async () => (await planOnDisk()).sections).toEqual(savedSections);
  await page.reload();
  await plans.waitForPreview();
  expect(await plans.sectionOrder()).toEqual(order);
  await expect(plans.includeBox('KPIs')).not.toBeChecked();
  await expect(plans.includeBox('Budget')).toBeChecked();

  // An empty executive summary: "not yet written" (the sample's choice), then left out.
  expect((await planOnDisk()).emptySections).toBe('placeholder');
  await plans.setExecutiveSummary('');
  const withPlaceholderPages = await plans.refreshPreview();
  const withPlaceholder = await plans.exportPdf();
  expect(pdfPageCount(withPlaceholder.path)).toBe(withPlaceholderPages);
  const placeholderPages = textPages(pdfText(withPlaceholder.path), header);
  const summaryPage = placeholderPages.find((lines) => lines[0] === 'Executive summary');
  expect(summaryPage, 'the empty summary still has its page').toBeTruthy();
  expect(summaryPage!.slice(1)).toEqual(['Not yet written.', expect.stringMatching(/^Page \d+ of \d+$/)]);
  expect(contentsLines(placeholderPages, 'Contents')).toContain('Executive summary');
  await expect.poll(async () => (await planOnDisk()).executiveSummary).toBe('');

  await plans.choose('Leave out');
  const omittedPages = await plans.refreshPreview();
  const omitted = await plans.exportPdf();
  expect(pdfPageCount(omitted.path)).toBe(omittedPages);
  expect(omittedPages, 'one page fewer without the summary').toBe(withPlaceholderPages - 1);
  const omittedText = pdfText(omitted.path);
  expect(flat(omittedText)).not.toContain(flat('Executive summary'));
  expect(omittedText).not.toContain('Not yet written.');
  expect(sectionStarts(textPages(omittedText, header), ['Contents']).get('Contents'), 'the contents follow the cover').toBe(2);
  await expect.poll(async () => (await planOnDisk()).emptySections).toBe('omit');
});

test('US Letter paper prints every page at 612 x 792 points, and the preview has its shape', async ({ page }) => {
  app = await startWebApp();
  const plans = new PlanPage(page);
  await plans.open(app.url);
  await plans.waitForPreview();
  await plans.choose('Letter');
  const previewPages = await plans.refreshPreview();
  const pdf = await plans.exportPdf();
  const sizes = pdfPageSizes(pdf.path);
  expect(sizes).toHaveLength(previewPages);
  expect(new Set(sizes)).toEqual(new Set(['612 x 792']));
  const box = await plans.previewPages().first().boundingBox();
  expect(box!.height / box!.width, 'the preview page is Letter-shaped').toBeCloseTo(792 / 612, 2);
  await expect.poll(async () => ((await workspaceOnDisk(app!.dataDir)) as Json).marketingPlan.pageSize).toBe('Letter');
});

test('a company logo chosen in Settings prints on the cover; a file that is not an image is refused with its name', async ({ page }) => {
  app = await startWebApp();
  const dir = await scratchDir();
  const logo = join(dir, 'logo.png');
  const fake = join(dir, 'fake-logo.png');
  await writeFile(logo, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAIAAADwyuo0AAAAEElEQVR4nGOQizoBRwzIHAB8ygoBb1TmcAAAAABJRU5ErkJggg==', 'base64'));
  await writeFile(fake, '<script>window.__xss = 1</script>');

  await page.goto(`${app.url}#/settings/company`);
  for (const file of [fake, logo]) {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose logo…' }).click();
    await (await chooser).setFiles(file);
    if (file === fake) await expect(page.getByRole('alert').filter({ hasText: '“fake-logo.png” is not a PNG' })).toBeVisible();
  }
  await expect(page.getByRole('img', { name: 'Company logo' })).toBeVisible();
  await expect.poll(async () => String(((await workspaceOnDisk(app!.dataDir)) as Json).company.logoDataUrl)).toMatch(/^data:image\/png;base64,/);

  const plans = new PlanPage(page);
  await plans.open(app.url);
  await plans.waitForPreview();
  const pdf = await plans.exportPdf();
  const coverImages = pdfImages(pdf.path).filter((image) => image.page === 1);
  expect(coverImages.map((image) => `${image.width}x${image.height}`)).toEqual(['4x2']);
});
