import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { AppShellPage } from './AppShellPage';
import type { Downloaded } from './DocumentsPage';

export type PlanLanguage = 'en' | 'zh-CN';

/** The words of the Marketing plan area the tests look for (renderer/src/features/plan/i18n). */
const WORDS = {
  en: {
    refresh: 'Refresh preview',
    export: 'Export PDF',
    stale: 'The plan changed since this preview. Refresh to see it.',
    sections: 'Sections and order',
    include: (section: string) => `Include ${section}`,
    moveUp: (section: string) => `Move ${section} up`,
    pageLabel: /^Page \d+ of \d+$/,
    downloaded: (file: string) => `${file} downloaded.`,
  },
  'zh-CN': {
    refresh: '刷新预览',
    export: '导出 PDF',
    stale: '预览之后计划有改动，请刷新预览。',
    sections: '章节与顺序',
    include: (section: string) => `包含“${section}”`,
    moveUp: (section: string) => `上移“${section}”`,
    pageLabel: /^第 \d+ 页，共 \d+ 页$/,
    downloaded: (file: string) => `已下载 ${file}。`,
  },
} as const;

/** Making the PDF draws every chart and prints through Chromium: allow a slow machine. */
const PDF_TIMEOUT = 45_000;

/**
 * The Marketing plan area (`#/plan`): the builder (settings, sections and their order) beside
 * the pdf.js preview of the very PDF that Export saves.
 */
export class PlanPage {
  readonly shell: AppShellPage;
  private readonly words: (typeof WORDS)[PlanLanguage];

  constructor(readonly page: Page, language: PlanLanguage = 'en') {
    this.shell = new AppShellPage(page);
    this.words = WORDS[language];
  }

  async open(url: string): Promise<void> {
    await this.shell.open(`${url}#/plan`);
  }

  // ---- preview and export ----------------------------------------------------------------------

  /** The preview's pages; `data-pages` is the page count of the PDF pdf.js opened. */
  preview(): Locator {
    return this.page.getByTestId('plan-preview-pages');
  }

  /** The drawn pages, one canvas each, named "Page 3 of 19". */
  previewPages(): Locator {
    return this.preview().getByRole('img', { name: this.words.pageLabel });
  }

  staleNotice(): Locator {
    return this.page.getByText(this.words.stale, { exact: true });
  }

  refreshButton(): Locator {
    return this.page.getByRole('button', { name: this.words.refresh, exact: true });
  }

  /** Waits until the preview shows a finished PDF of the current plan and returns its page count. */
  async waitForPreview(): Promise<number> {
    await expect(this.preview()).toBeVisible({ timeout: PDF_TIMEOUT });
    await expect(this.refreshButton()).not.toHaveAttribute('data-loading');
    await expect(this.staleNotice()).toBeHidden();
    const pages = Number(await this.preview().getAttribute('data-pages'));
    expect(pages, 'data-pages of the preview').toBeGreaterThan(0);
    await expect(this.previewPages()).toHaveCount(pages);
    return pages;
  }

  /** "Refresh preview" after a change (the preview says it is out of date until then). */
  async refreshPreview(): Promise<number> {
    await expect(this.staleNotice(), 'the preview notices the change').toBeVisible();
    await this.refreshButton().click();
    await expect(this.staleNotice()).toBeHidden({ timeout: PDF_TIMEOUT });
    return this.waitForPreview();
  }

  /** "Export PDF": web mode downloads `<plan title>.pdf` and says so. */
  async exportPdf(): Promise<Downloaded> {
    const downloading = this.page.waitForEvent('download', { timeout: PDF_TIMEOUT });
    await this.page.getByRole('button', { name: this.words.export, exact: true }).click();
    const file = await saved(await downloading);
    await expect(this.page.getByText(this.words.downloaded(file.download.suggestedFilename()), { exact: true }).first()).toBeVisible();
    return file;
  }

  // ---- builder ---------------------------------------------------------------------------------

  sectionList(): Locator {
    return this.page.getByRole('list', { name: this.words.sections, exact: true });
  }

  includeBox(section: string): Locator {
    return this.sectionList().getByRole('checkbox', { name: this.words.include(section), exact: true });
  }

  /** The section names in the builder's order (the cover is "Cover", the others their printed titles). */
  async sectionOrder(): Promise<string[]> {
    const prefix = this.words.include('\u0000').split('\u0000');
    const names = await this.sectionList().getByRole('checkbox').evaluateAll((boxes) => boxes.map((box) => box.getAttribute('aria-label') ?? ''));
    return names.map((name) => name.slice(prefix[0]!.length, name.length - prefix[1]!.length));
  }

  async setIncluded(section: string, included: boolean): Promise<void> {
    const box = this.includeBox(section);
    await box.setChecked(included);
    await expect(box).toBeChecked({ checked: included });
  }

  async moveUp(section: string): Promise<void> {
    await this.sectionList().getByRole('button', { name: this.words.moveUp(section), exact: true }).click();
  }

  /** Picks an option of a segmented control ("Leave out", "Letter" …), which saves it at once. */
  async choose(option: string): Promise<void> {
    const radio = this.page.getByRole('radio', { name: option, exact: true });
    // Mantine keeps the radio inputs hidden; a person clicks the segment, which is the input's label.
    const id = await radio.getAttribute('id');
    await this.page.locator(`label[for="${id}"]`).click();
    await expect(radio).toBeChecked();
  }

  /** Replaces the executive summary; the field commits when it loses focus. */
  async setExecutiveSummary(text: string, label = 'Executive summary'): Promise<void> {
    const field = this.page.getByRole('textbox', { name: label, exact: true });
    await field.fill(text);
    await field.blur();
    await expect(field).toHaveValue(text);
  }
}

async function saved(download: Download): Promise<Downloaded> {
  const failure = await download.failure();
  if (failure) throw new Error(`download of ${download.suggestedFilename()} failed: ${failure}`);
  const path = await download.path();
  return { download, path, bytes: await readFile(path) };
}
