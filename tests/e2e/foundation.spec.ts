import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createSampleWorkspace } from '../../shared/samplePlan/samplePlan';
import { AppShellPage } from './pages/AppShellPage';
import { RecoveryPage } from './pages/RecoveryPage';
import { SettingsPage } from './pages/SettingsPage';
import { startWebApp, type WebApp } from './support/webApp';

let app: WebApp | null = null;
test.afterEach(async () => {
  await app?.stop();
  app = null;
});

test('first launch shows the sample plan', async ({ page }) => {
  app = await startWebApp();
  const shell = new AppShellPage(page);
  await shell.open(app.url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Brightleaf marketing plan').first()).toBeVisible();
  await expect(page.getByText('Brightleaf Home Appliances').first()).toBeVisible();
  await shell.expectAllSaved();
  await shell.goTo('Calendar');
  await page.getByText('List', { exact: true }).click();
  await expect(page.getByText('Spring launch: Smart Kettle S2').first()).toBeVisible();
  const onDisk = JSON.parse(await readFile(join(app.dataDir, 'Stratboard workspace.json'), 'utf8'));
  expect(onDisk.company.name).toBe('Brightleaf Home Appliances');
});

test('an edit survives a server restart, and undo/redo work', async ({ page }) => {
  app = await startWebApp();
  const shell = new AppShellPage(page);
  const settings = new SettingsPage(page);
  await shell.open(app.url);
  await shell.goTo('Settings');
  await settings.renameCompany('Lumen Tea Company');
  await shell.expectAllSaved();

  // Undo outside a text field reverts the workspace edit; redo brings it back.
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Control+z');
  await expect(settings.companyName()).toHaveValue('Brightleaf Home Appliances');
  await page.keyboard.press('Control+Shift+z');
  await expect(settings.companyName()).toHaveValue('Lumen Tea Company');
  await shell.expectAllSaved();

  const dataDir = app.dataDir;
  await app.stop();
  app = await startWebApp({ dataDir });
  await shell.open(app.url);
  await shell.goTo('Settings');
  await expect(settings.companyName()).toHaveValue('Lumen Tea Company');
});

test('an invalid value gets a specific message and is neither lost nor saved', async ({ page }) => {
  app = await startWebApp();
  const shell = new AppShellPage(page);
  const settings = new SettingsPage(page);
  await shell.open(app.url);
  await shell.goTo('Settings');
  await settings.companyName().fill('   ');
  await settings.companyName().press('Tab');
  await expect(page.getByText('Must not be empty').first()).toBeVisible();
  await expect(settings.companyName()).toHaveValue('   ');
  const onDisk = JSON.parse(await readFile(join(app.dataDir, 'Stratboard workspace.json'), 'utf8'));
  expect(onDisk.company.name).toBe('Brightleaf Home Appliances');
});

test('the language switch changes the UI and is remembered', async ({ page }) => {
  app = await startWebApp();
  const shell = new AppShellPage(page);
  await shell.open(app.url);
  await shell.switchLanguage('简体中文');
  await expect(page.getByRole('navigation').getByRole('link', { name: '概览' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: '设置' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.reload();
  await expect(page.getByRole('navigation').getByRole('link', { name: '日历' })).toBeVisible();
  await shell.switchLanguage('English');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Dashboard' })).toBeVisible();
});

test('first launch in Chinese writes the sample plan in Chinese', async ({ page }) => {
  app = await startWebApp({ lang: 'zh-CN' });
  const shell = new AppShellPage(page);
  await shell.open(app.url);
  await expect(page.getByText('明叶年度营销计划').first()).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: '概览' })).toBeVisible();
});

test('a corrupt workspace shows the recovery message and the file is left unchanged', async ({ page }) => {
  const folder = await mkdtemp(join(tmpdir(), 'sb-corrupt-'));
  const file = join(folder, 'Damaged plan.json');
  const damaged = '{"schemaVersion": 2, "name": "Half a plan", "campaigns": [ {"id": "c1", ';
  await writeFile(file, damaged);
  app = await startWebApp({ workspace: file });
  await page.goto(app.url);
  await new RecoveryPage(page).expectShownFor(file);
  await expect(page.getByText(/not valid JSON/i).first()).toBeVisible();
  await page.reload();
  await new RecoveryPage(page).expectShownFor(file);
  await app.stop();
  app = null;
  expect(await readFile(file, 'utf8')).toBe(damaged);
});

test('a file with a wrong field names the path and the reason', async ({ page }) => {
  const folder = await mkdtemp(join(tmpdir(), 'sb-invalid-'));
  const file = join(folder, 'plan.json');
  const v1 = JSON.parse(await readFile('tests/fixtures/migrations/v1-workspace.json', 'utf8'));
  v1.campaigns[2].endDate = '2025-02-30';
  const content = JSON.stringify(v1);
  await writeFile(file, content);
  app = await startWebApp({ workspace: file });
  await page.goto(app.url);
  await new RecoveryPage(page).expectShownFor(file);
  await expect(page.getByText('campaigns[2].endDate').first()).toBeVisible();
  await expect(page.getByText(/not a real calendar date/).first()).toBeVisible();
  expect(await readFile(file, 'utf8')).toBe(content);
});

test('a file from a newer Stratboard opens read-only and is never rewritten', async ({ page }) => {
  const folder = await mkdtemp(join(tmpdir(), 'sb-newer-'));
  const file = join(folder, 'future.json');
  // Today's format plus what a future version might add: a higher number and a collection we do not know.
  const current = createSampleWorkspace('en', new Date('2026-01-15T09:00:00Z'));
  const future = { ...current, schemaVersion: 9, company: { ...current.company, name: 'Future Co' }, hologramPlans: [] };
  const content = JSON.stringify(future);
  await writeFile(file, content);
  app = await startWebApp({ workspace: file });
  const shell = new AppShellPage(page);
  await shell.open(app.url);
  await expect(page.getByText(/saved by a newer version of Stratboard \(format 9\)/)).toBeVisible();
  await shell.goTo('Settings');
  await expect(new SettingsPage(page).companyName()).toBeDisabled();
  await app.stop();
  app = null;
  expect(await readFile(file, 'utf8')).toBe(content);
});

test('an older workspace is migrated on open and says so', async ({ page }) => {
  const folder = await mkdtemp(join(tmpdir(), 'sb-v1-'));
  const file = join(folder, 'old plan.json');
  await writeFile(file, await readFile('tests/fixtures/migrations/v1-workspace.json'));
  app = await startWebApp({ workspace: file });
  const shell = new AppShellPage(page);
  await shell.open(app.url);
  await expect(page.getByText('Brightleaf Home Appliances').first()).toBeVisible();
  await expect(page.getByText(/upgraded from format 1/).first()).toBeVisible();
  await shell.expectAllSaved();
  // Nothing is rewritten until the user edits; the file keeps its old format meanwhile.
  expect(JSON.parse(await readFile(file, 'utf8')).schemaVersion).toBe(1);
});
