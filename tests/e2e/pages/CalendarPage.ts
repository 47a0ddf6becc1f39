import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The Calendar area: views, the campaign editor dialog, and the import/export menu. */
export class CalendarPage {
  constructor(readonly page: Page) {}

  async view(name: 'Month' | 'Week' | 'List' | 'Timeline' | 'Budget'): Promise<void> {
    await this.page.getByText(name, { exact: true }).click();
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Types a date the way a person does and leaves the field. */
  async typeDate(label: string, isoDate: string): Promise<void> {
    const field = this.dialog().getByRole('textbox', { name: label, exact: true });
    await field.click();
    await field.fill(isoDate);
    await field.press('Enter');
    await field.press('Tab');
    await expect(field).toHaveValue(isoDate);
  }

  async createCampaign(name: string, start: string, end: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New campaign', exact: true }).click();
    const dialog = this.dialog();
    await dialog.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
    await this.typeDate('Start date', start);
    await this.typeDate('End date', end);
    await dialog.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  event(name: string): Locator {
    return this.page.locator('.fc-event', { hasText: name }).first();
  }

  async ioMenu(item: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Import / export' }).click();
    await this.page.getByRole('menuitem', { name: item }).click();
  }

  async download(item: string): Promise<{ download: Download; text: string }> {
    const downloading = this.page.waitForEvent('download');
    await this.ioMenu(item);
    const download = await downloading;
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    return { download, text: await readFile(path, 'utf8') };
  }

  async importFile(item: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const choosing = this.page.waitForEvent('filechooser');
    await this.ioMenu(item);
    await (await choosing).setFiles(file);
  }
}
