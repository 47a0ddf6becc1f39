import { expect, type Page } from '@playwright/test';

export class SettingsPage {
  constructor(readonly page: Page) {}

  companyName() {
    return this.page.getByRole('textbox', { name: /^(Company name|公司名称)/ });
  }

  /** Types a new company name and commits it the way a person does: leaving the field. */
  async renameCompany(name: string): Promise<void> {
    const field = this.companyName();
    await field.fill(name);
    await field.press('Tab');
    await expect(field).toHaveValue(name);
  }
}
