import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { AppShellPage } from './AppShellPage';

export type ExportFormat = 'PDF' | 'Word (DOCX)' | 'Markdown' | 'HTML';
export type DocumentTab = 'Content' | 'Requirements' | 'Change records' | 'Versions';

/** A file the app handed to the browser as a download, saved and read back. */
export interface Downloaded {
  download: Download;
  path: string;
  bytes: Buffer;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The Documents area (English UI unless a method says otherwise): the list with its search, one
 * document's editor (details, status, Tiptap body, strategy blocks, requirements, change
 * records, versions, exports) and the template editor of "Save as template".
 */
export class DocumentsPage {
  readonly shell: AppShellPage;

  constructor(readonly page: Page) {
    this.shell = new AppShellPage(page);
  }

  /** Opens the app on the list (or `#/documents/<section>`: an id, "templates", "new"). */
  async open(url: string, section?: string): Promise<void> {
    await this.shell.open(`${url}#/documents${section ? `/${section}` : ''}`);
  }

  /** Goes to a route inside the open page (a hash change, no reload: what a link does). */
  async goToRoute(hash: string): Promise<void> {
    await this.page.evaluate((target) => { window.location.hash = target; }, hash);
    await expect(this.page).toHaveURL(new RegExp(`${escapeRegExp(hash)}$`));
  }

  currentDocumentId(): string {
    const match = /#\/documents\/(doc_[^/?]+)$/.exec(this.page.url());
    if (!match) throw new Error(`not on a document: ${this.page.url()}`);
    return decodeURIComponent(match[1]!);
  }

  // ---- list and search ----------------------------------------------------------------------

  searchBox(label = 'Search documents'): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  documentsTable(name = 'Documents'): Locator {
    return this.page.getByRole('table', { name, exact: true });
  }

  /**
   * "New document": picks a template when given (by the start of its name, e.g. "Product
   * requirements document"), types the title, creates, and returns the new document's id.
   * The words default to the English UI; pass `words` for another language.
   */
  async createDocument(title: string, options: { template?: string; words?: { newDocument: string; template: string; docTitle: string; create: string } } = {}): Promise<string> {
    const words = options.words ?? { newDocument: 'New document', template: 'Template', docTitle: 'Document title', create: 'Create' };
    await this.page.getByRole('button', { name: words.newDocument, exact: true }).first().click();
    const dialog = this.page.getByRole('dialog', { name: words.newDocument });
    await expect(dialog).toBeVisible();
    if (options.template) {
      await dialog.getByRole('combobox', { name: words.template, exact: true }).click();
      await this.page.getByRole('option', { name: new RegExp(`^${escapeRegExp(options.template)}`) }).click();
    }
    await dialog.getByRole('textbox', { name: words.docTitle }).fill(title);
    await dialog.getByRole('button', { name: words.create, exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page).toHaveURL(/#\/documents\/doc_[^/]+$/);
    await expect(this.page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
    return this.currentDocumentId();
  }

  // ---- header: status, export, save as template ---------------------------------------------

  statusButton(): Locator {
    return this.page.getByRole('button', { name: /^(Status|状态)[:：]/ });
  }

  /** Status ▾ Move to “<status>”, then waits for the badge to show it. */
  async moveTo(status: 'Draft' | 'In review' | 'Approved' | 'Handed off'): Promise<void> {
    await this.statusButton().click();
    await this.page.getByRole('menuitem', { name: `Move to “${status}”`, exact: true }).click();
    await expect(this.page.getByTestId('document-status')).toHaveText(status);
  }

  /** The notice shown while an approved document's content is locked. */
  lockAlert(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Approved: changes go through change records' });
  }

  /** Export ▾ <format>: waits for the browser download and returns the saved file. */
  async export(format: ExportFormat | string, menu = 'Export'): Promise<Downloaded> {
    const downloading = this.page.waitForEvent('download', { timeout: 45_000 });
    await this.page.getByRole('button', { name: menu, exact: true }).click();
    await this.page.getByRole('menuitem', { name: format, exact: true }).click();
    return saved(await downloading);
  }

  /** "Save as template": returns the template editor dialog. */
  async saveAsTemplate(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Save as template', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Save as template' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  // ---- tabs ----------------------------------------------------------------------------------

  /** A tab of the document: "Requirements (2)" and the like are matched by their start. */
  tab(name: DocumentTab | string): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${escapeRegExp(name)}`) });
  }

  async openTab(name: DocumentTab | string): Promise<void> {
    const tab = this.tab(name);
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
  }

  // ---- the body editor -----------------------------------------------------------------------

  /** The ProseMirror element of the document body. */
  editor(): Locator {
    return this.page.locator('.ProseMirror');
  }

  sectionHeadings(): Locator {
    return this.editor().locator('h2');
  }

  /** Empty paragraphs that carry a template section's guidance (shown as a placeholder prompt). */
  guidancePrompts(): Locator {
    return this.editor().locator('p[data-guidance]');
  }

  /** Clicks into the first paragraph under a section heading and types there. */
  async writeInSection(heading: string, text: string): Promise<void> {
    const paragraph = this.sectionHeadings().filter({ hasText: new RegExp(`^${escapeRegExp(heading)}$`) }).locator('xpath=following-sibling::p[1]');
    await paragraph.click();
    await this.page.keyboard.type(text);
    await expect(this.editor()).toContainText(text);
  }

  /**
   * Pastes HTML into the editor the way the browser does: a paste ClipboardEvent carrying
   * text/html, dispatched on the ProseMirror element at the current selection.
   */
  async pasteHtml(html: string): Promise<void> {
    await this.editor().evaluate((element, content) => {
      const data = new DataTransfer();
      data.setData('text/html', content);
      data.setData('text/plain', content.replace(/<[^>]*>/g, ''));
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);
  }

  /** Selects everything in the body (Ctrl+A inside the editor). */
  async selectAllInEditor(): Promise<void> {
    await this.editor().click();
    await this.page.keyboard.press('Control+A');
  }

  toolbarControl(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** "Insert image": the control opens the file chooser of its hidden input; the file is given to it. */
  async insertImageFile(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const choosing = this.page.waitForEvent('filechooser');
    await this.toolbarControl('Insert image').click();
    await (await choosing).setFiles(file);
  }

  // ---- strategy blocks -----------------------------------------------------------------------

  strategyBlocks(kind?: string): Locator {
    const blocks = this.page.getByTestId('strategy-block');
    return kind ? blocks.and(this.page.locator(`[data-kind="${kind}"]`)) : blocks;
  }

  /** Toolbar ▸ Insert strategy block: chooses the block (and the strategy) and inserts it at the cursor. */
  async insertStrategyBlock(block: string, strategy?: string): Promise<void> {
    await this.toolbarControl('Insert strategy block').click();
    const kind = this.page.getByRole('combobox', { name: 'Block', exact: true });
    await expect(kind).toBeVisible();
    if ((await kind.inputValue()) !== block) {
      await kind.click();
      await this.page.getByRole('option', { name: block, exact: true }).click();
      await expect(kind).toHaveValue(block);
    }
    if (strategy) {
      const from = this.page.getByRole('combobox', { name: 'From strategy', exact: true });
      await from.click();
      await this.page.getByRole('option', { name: strategy, exact: true }).click();
    }
    await this.page.getByRole('button', { name: 'Insert', exact: true }).click();
  }

  // ---- requirements --------------------------------------------------------------------------

  requirementsTable(): Locator {
    return this.page.getByRole('table', { name: 'Requirements', exact: true });
  }

  requirementRows(): Locator {
    return this.requirementsTable().locator('tbody tr');
  }

  /** "Add requirement": the form names the ID it will get ("REQ-001 · Title"); returns that ID. */
  async addRequirement(values: { title: string; description?: string; priority?: string }): Promise<string> {
    await this.page.getByRole('button', { name: 'Add requirement', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add requirement' });
    const title = dialog.getByRole('textbox', { name: /^REQ-\d{3} · Title/ });
    await expect(title).toBeFocused();
    const key = /REQ-\d{3}/.exec(await dialog.locator('label').filter({ hasText: /^REQ-\d{3} · / }).innerText())?.[0];
    if (!key) throw new Error('the requirement form does not name its ID');
    await title.fill(values.title);
    if (values.description) await dialog.getByRole('textbox', { name: 'Description', exact: true }).fill(values.description);
    if (values.priority) {
      await dialog.getByRole('combobox', { name: 'Priority', exact: true }).click();
      await this.page.getByRole('option', { name: values.priority, exact: true }).click();
    }
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog).toBeHidden();
    return key;
  }

  /** Clicks a column header of the requirements table (sorts by it, or flips the order). */
  async sortRequirementsBy(column: 'ID' | 'Title' | 'Priority' | 'Status' | 'Owner'): Promise<void> {
    await this.requirementsTable().getByRole('columnheader', { name: column, exact: true }).getByRole('button').click();
  }

  requirementColumnHeader(column: string): Locator {
    return this.requirementsTable().getByRole('columnheader', { name: column, exact: true });
  }

  async exportJiraCsv(): Promise<Downloaded> {
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Export CSV for Jira', exact: true }).click();
    return saved(await downloading);
  }

  // ---- change records ------------------------------------------------------------------------

  /** "Record a change" (from the lock notice or the Change records tab), filled and saved. */
  async recordChange(values: { description: string; reason: string; requestedBy: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Record a change', exact: true }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'Change record' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('textbox', { name: /^Description of the change/ }).fill(values.description);
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill(values.reason);
    await dialog.getByRole('textbox', { name: /^Requested by/ }).fill(values.requestedBy);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  changeRecordsTable(): Locator {
    return this.page.getByRole('table', { name: 'Change records', exact: true });
  }

  // ---- versions ------------------------------------------------------------------------------

  async saveVersion(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Save version', exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Save version' });
    await dialog.getByRole('textbox', { name: 'Version name' }).fill(name);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  versionsTable(): Locator {
    return this.page.getByRole('table', { name: 'Versions', exact: true });
  }

  /** The names in the versions table, newest first. */
  versionNames(): Locator {
    return this.versionsTable().locator('tbody tr td:first-child');
  }

  versionDiff(): Locator {
    return this.page.getByTestId('version-diff');
  }

  /** Restore <name>, confirmed in the dialog. */
  async restoreVersion(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Restore ${name}`, exact: true }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Restore' });
    await expect(dialog).toContainText(`Restore “${name}”?`);
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  // ---- palette -------------------------------------------------------------------------------

  /** Ctrl+K, then types into the palette's search field; returns that field. */
  async searchInPalette(text: string): Promise<Locator> {
    await this.page.keyboard.press('Control+K');
    const input = this.page.getByRole('textbox', { name: 'Search and commands' }).or(this.page.getByRole('combobox', { name: 'Search and commands' }));
    await expect(input).toBeVisible();
    await input.fill(text);
    return input;
  }
}

async function saved(download: Download): Promise<Downloaded> {
  const failure = await download.failure();
  if (failure) throw new Error(`download of ${download.suggestedFilename()} failed: ${failure}`);
  const path = await download.path();
  return { download, path, bytes: await readFile(path) };
}
