import { expect, type Page } from '@playwright/test';

export class RecoveryPage {
  constructor(readonly page: Page) {}

  async expectShownFor(filePath: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: "This workspace can't be opened" })).toBeVisible();
    await expect(this.page.getByText(filePath).first()).toBeVisible();
    await expect(this.page.getByText('The file has not been changed.')).toBeVisible();
  }
}
