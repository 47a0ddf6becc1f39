import { expect, type Page } from '@playwright/test';

/** The parts of the shell every test uses: navigation, save status, language. */
export class AppShellPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('navigation').first()).toBeVisible();
  }

  saveStatus() {
    return this.page.getByRole('banner').getByRole('status');
  }

  async expectAllSaved(): Promise<void> {
    await expect(this.saveStatus()).toHaveText(/All changes saved|所有更改已保存/);
  }

  async goTo(area: string | RegExp): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: area }).click();
  }

  async switchLanguage(language: 'English' | '简体中文'): Promise<void> {
    await this.page.getByRole('button', { name: 'Language / 语言' }).click();
    await this.page.getByRole('menuitem', { name: language }).click();
  }
}
