import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createSampleWorkspace } from '../../shared/samplePlan/samplePlan';
import { AppShellPage } from './pages/AppShellPage';
import { SettingsPage } from './pages/SettingsPage';
import { expectNoSeriousA11yViolations } from './support/axe';
import { startWebApp, type WebApp } from './support/webApp';

/**
 * A plan on a shared folder that a colleague (or a sync tool) changes while it is open here.
 * Driven as a person would: the banner, Compare, the two choices, the notices; and the second
 * window on the same file that opens read-only.
 */
const apps: WebApp[] = [];
test.afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.stop()));
});

async function sharedPlan() {
  const root = await mkdtemp(join(tmpdir(), 'sb-share-'));
  const folder = join(root, 'share');
  await mkdir(folder);
  const file = join(folder, 'Plan 2027.json');
  const base = createSampleWorkspace('en', new Date('2026-12-01T09:00:00Z'));
  await writeFile(file, `${JSON.stringify(base, null, 2)}\n`);
  return { root, folder, file, base };
}

function colleaguesVersion(base: ReturnType<typeof createSampleWorkspace>) {
  const theirs = structuredClone(base);
  theirs.company.name = 'Colleague Co';
  theirs.campaigns[0]!.name = 'Spring launch (moved)';
  theirs.campaigns[0]!.plannedBudget += 5_000;
  return `${JSON.stringify(theirs, null, 2)}\n`;
}

/** Makes an edit the app cannot save (the folder is gone), then puts the colleague's version in its place. */
async function conflict(page: Page, folder: string, file: string, theirs: string) {
  await rm(folder, { recursive: true });
  await new SettingsPage(page).renameCompany('My Co');
  await expect(page.getByRole('alert').filter({ hasText: /not on disk yet/ })).toBeVisible();
  await mkdir(folder);
  await writeFile(file, theirs);
  await expect(page.getByRole('alert').filter({ hasText: 'Someone else changed this workspace file' })).toBeVisible({ timeout: 15_000 });
}

test('a colleague\'s change while I have unsaved edits: compare, keep mine, and theirs is kept as a copy', async ({ page }) => {
  const { folder, file, base } = await sharedPlan();
  const app = await startWebApp({ workspace: file });
  apps.push(app);
  const shell = new AppShellPage(page);
  await shell.open(app.url);
  await shell.goTo('Settings');
  const theirs = colleaguesVersion(base);
  await conflict(page, folder, file, theirs);
  expect(await readFile(file, 'utf8')).toBe(theirs); // nothing written over it

  await page.getByRole('button', { name: 'Compare…' }).click();
  const dialog = page.getByRole('dialog', { name: 'What differs between your version and theirs' });
  await expect(dialog.getByText('Company profile')).toBeVisible();
  await expect(dialog.getByText(/Campaign “.+”/).first()).toBeVisible();
  await expect(dialog.getByText(/changed: name, planned budget/)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('compare-light.png') });
  await expectNoSeriousA11yViolations(page, 'compare dialog, light', ['.mantine-Modal-content']);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousA11yViolations(page, 'compare dialog, dark', ['.mantine-Modal-content']);
  await page.emulateMedia({ colorScheme: 'light' });

  await dialog.getByRole('button', { name: 'Keep mine' }).click();
  await expect(page.getByText(/Kept your version\. Theirs was saved as .+their version/)).toBeVisible();
  await shell.expectAllSaved();
  expect(JSON.parse(await readFile(file, 'utf8')).company.name).toBe('My Co');
  const copies = (await readdir(folder)).filter((name) => name.includes('their version'));
  expect(copies).toHaveLength(1);
  expect(await readFile(join(folder, copies[0]!), 'utf8')).toBe(theirs);
});

test('reload theirs keeps my unsaved edits as a copy; with nothing unsaved the app reloads by itself', async ({ page }) => {
  const { folder, file, base } = await sharedPlan();
  const app = await startWebApp({ workspace: file });
  apps.push(app);
  const shell = new AppShellPage(page);
  await shell.open(app.url);
  await shell.goTo('Settings');
  await conflict(page, folder, file, colleaguesVersion(base));
  await expectNoSeriousA11yViolations(page, 'changed-on-disk banner, light', ['[data-banner="external-change"]']);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: test.info().outputPath('banner-dark.png') });
  await expectNoSeriousA11yViolations(page, 'changed-on-disk banner, dark', ['[data-banner="external-change"]']);

  await page.getByRole('button', { name: 'Reload theirs' }).click();
  await expect(page.getByText(/Your unsaved edits were saved as .+my unsaved changes/)).toBeVisible();
  await expect(new SettingsPage(page).companyName()).toHaveValue('Colleague Co');
  const mine = (await readdir(folder)).filter((name) => name.includes('my unsaved changes'));
  expect(JSON.parse(await readFile(join(folder, mine[0]!), 'utf8')).company.name).toBe('My Co');

  // Nothing unsaved now: the next change on disk is simply loaded, with a notice.
  const later = JSON.parse(await readFile(file, 'utf8'));
  later.company.name = 'Synced later';
  await writeFile(`${file}.tmp`, JSON.stringify(later));
  await (await import('node:fs/promises')).rename(`${file}.tmp`, file);
  await expect(page.getByText(/has been reloaded \(you had no unsaved edits\)/)).toBeVisible({ timeout: 15_000 });
  await expect(new SettingsPage(page).companyName()).toHaveValue('Synced later');
});

test('a second instance on the same file opens read-only, says who has it, and opens a copy', async ({ page }) => {
  const { folder, file } = await sharedPlan();
  const first = await startWebApp({ workspace: file });
  apps.push(first);
  const second = await startWebApp({ workspace: file });
  apps.push(second);
  const shell = new AppShellPage(page);
  await shell.open(second.url);
  const banner = page.locator('[data-banner="locked"]');
  await expect(banner).toBeVisible();
  await expect(banner).toContainText(/Open on .+ by .+ since/);
  await expectNoSeriousA11yViolations(page, 'locked banner, light', ['[data-banner="locked"]']);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousA11yViolations(page, 'locked banner, dark', ['[data-banner="locked"]']);
  await page.getByRole('button', { name: 'Open a copy' }).click();
  await expect(banner).toBeHidden();
  await shell.goTo('Settings');
  await new SettingsPage(page).renameCompany('Working on my copy');
  await shell.expectAllSaved();
  const copy = (await readdir(folder)).find((name) => name.includes('(copy ') && name.endsWith('.json'));
  expect(JSON.parse(await readFile(join(folder, copy!), 'utf8')).company.name).toBe('Working on my copy');
});

test('edits kept in a recovery file when the app last stopped are offered at the next start', async ({ page }) => {
  const { root, file, base } = await sharedPlan();
  const dataDir = join(root, 'data');
  await mkdir(join(dataDir, 'recovery'), { recursive: true });
  const unsaved = { ...structuredClone(base), name: 'Edits from the night the stick was pulled' };
  await writeFile(join(dataDir, 'recovery', '20261207T200000000Z-0badf00d.stratboard-recovery'), JSON.stringify({ stratboardRecovery: 1, workspacePath: file, savedAt: '2026-12-07T20:00:00.000Z', workspace: unsaved }));
  const app = await startWebApp({ workspace: file, dataDir });
  apps.push(app);
  const shell = new AppShellPage(page);
  await shell.open(app.url);
  const offer = page.locator('[data-banner="recovery"]');
  await expect(offer).toContainText('Unsaved edits were kept');
  await expect(offer).toContainText('Plan 2027.json');
  await expectNoSeriousA11yViolations(page, 'recovery offer, light', ['[data-banner="recovery"]']);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousA11yViolations(page, 'recovery offer, dark', ['[data-banner="recovery"]']);
  await offer.getByRole('button', { name: 'Open them as a new file' }).click();
  await expect(offer).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Edits from the night the stick was pulled' })).toBeVisible();
  expect(JSON.parse(await readFile(file, 'utf8')).name).not.toBe(unsaved.name); // the original is untouched
  expect(await readdir(join(dataDir, 'recovery'))).toEqual([]);
});

test('a user-data folder that cannot be written does not stop the app: the workspace opens and saves, and a notice says why preferences are not kept', async ({ page }) => {
  const { root, file } = await sharedPlan();
  await writeFile(join(root, 'not-a-folder'), 'a file where the data folder should be');
  const app = await startWebApp({ workspace: file, dataDir: join(root, 'not-a-folder', 'data') });
  apps.push(app);
  const shell = new AppShellPage(page);
  await shell.open(app.url);
  await shell.switchLanguage('简体中文');
  const notice = page.locator('[data-banner="settings-problem"]');
  await expect(notice).toContainText('无法保存您的偏好设置');
  await expectNoSeriousA11yViolations(page, 'settings notice', ['[data-banner="settings-problem"]']);
  await shell.goTo('设置');
  await new SettingsPage(page).renameCompany('Saved despite the data folder');
  await shell.expectAllSaved();
  expect(JSON.parse(await readFile(file, 'utf8')).company.name).toBe('Saved despite the data folder');
});
