import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { TRANSPORT } from '../../shared/contract/events';
import { AppShellPage } from './pages/AppShellPage';
import { SettingsPage } from './pages/SettingsPage';
import { startWebApp, type WebApp } from './support/webApp';

/**
 * Web mode is for the user who started it. Anyone on the machine can connect to 127.0.0.1, so
 * the page, the token and every call need the cookie that only the printed link sets; two tabs
 * opened from the link stay in step.
 */
let app: WebApp | null = null;
const scratch: string[] = [];
test.afterEach(async () => {
  await app?.stop();
  app = null;
  while (scratch.length > 0) await rm(scratch.pop()!, { recursive: true, force: true });
});

async function scratchDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sb-owner-'));
  scratch.push(dir);
  return dir;
}

const tokenOf = (page: Page) => page.evaluate((name) => document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '', TRANSPORT.tokenMetaName);

test('a browser without the link gets no page, no token and no data; with the link the app works', async ({ browser }) => {
  app = await startWebApp();
  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  await new AppShellPage(ownerPage).open(app.url);
  await expect(ownerPage.getByText('Brightleaf Home Appliances').first()).toBeVisible();
  // The key is gone from the address bar (and so from the history) once the cookie is set.
  expect(ownerPage.url()).toBe(`${app.base}/`);
  const token = await tokenOf(ownerPage);
  expect(token.length).toBeGreaterThan(20);
  const key = new URL(app.url).searchParams.get('key')!;

  const stranger = await browser.newContext();
  const page = await stranger.newPage();
  const answer = await page.goto(app.base);
  expect(answer?.status()).toBe(401);
  const html = await page.content();
  expect(html).toContain('Open the link printed in the terminal');
  for (const secret of [token, key, 'Brightleaf']) expect(html).not.toContain(secret);
  expect(await tokenOf(page)).toBe('');
  // Even knowing the token (it leaked somehow), a browser without the cookie gets nothing.
  const calls = await page.evaluate(async ({ token: stolen, header }) => {
    const post = (method: string, body: unknown) =>
      fetch(`/rpc/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', [header]: stolen }, body: JSON.stringify(body) })
        .then(async (res) => ({ status: res.status, body: await res.text() }));
    return [
      await post('getSession', {}),
      await post('openWorkspace', { path: '/etc/passwd' }),
      await fetch('/events?after=-1', { headers: { [header]: stolen } }).then(async (res) => ({ status: res.status, body: await res.text() })),
    ];
  }, { token, header: TRANSPORT.httpTokenHeader });
  for (const call of calls) {
    expect(call.status).toBe(401);
    expect(call.body).not.toMatch(/Brightleaf|root:/);
  }
  await owner.close();
  await stranger.close();
});

test('a second tab opened from the same link sees the first tab\'s edit, with a notice', async ({ context }) => {
  app = await startWebApp();
  const first = await context.newPage();
  const second = await context.newPage();
  for (const page of [first, second]) {
    await new AppShellPage(page).open(app.url); // the link works again and again during the run
    await new AppShellPage(page).goTo('Settings');
  }
  await new SettingsPage(first).renameCompany('Edited in the first tab');
  const editedAt = Date.now();
  await expect(new SettingsPage(second).companyName()).toHaveValue('Edited in the first tab');
  const elapsed = Date.now() - editedAt;
  console.log(`[web] the second tab showed the first tab's edit ${elapsed} ms after it was made (events are polled every 700 ms)`);
  expect(elapsed).toBeLessThan(3_000);
  await new AppShellPage(first).expectAllSaved();

  await second.bringToFront();
  await expect(second.getByText('Updated with changes made in another window')).toBeVisible();
  // The first tab, which made the change, says nothing about another window.
  await expect(first.getByText('Updated with changes made in another window')).toHaveCount(0);

  // And the second tab's own edit builds on it (not refused as stale, not lost).
  await new SettingsPage(second).renameCompany('Then edited in the second tab');
  await new AppShellPage(second).expectAllSaved();
  await first.bringToFront();
  await expect(new SettingsPage(first).companyName()).toHaveValue('Then edited in the second tab');
  const onDisk = JSON.parse(await readFile(join(app.dataDir, 'Stratboard workspace.json'), 'utf8'));
  expect(onDisk.company.name).toBe('Then edited in the second tab');
});

test('an edit in a tab that has not heard of another tab\'s change is not dropped silently: it reloads and says so', async ({ context }) => {
  app = await startWebApp();
  const first = await context.newPage();
  const deaf = await context.newPage();
  for (const page of [first, deaf]) {
    await new AppShellPage(page).open(app.url);
    await new AppShellPage(page).goTo('Settings');
  }
  // The second tab stops hearing events (a slow network, a sleeping laptop).
  await deaf.route(`**${TRANSPORT.httpEventsPath}?**`, (route) => route.abort());
  await deaf.waitForTimeout(1_000);
  await new SettingsPage(first).renameCompany('Saved by the first tab');
  await new AppShellPage(first).expectAllSaved();

  await deaf.bringToFront();
  await expect(new SettingsPage(deaf).companyName()).toHaveValue('Brightleaf Home Appliances'); // still the old version
  const field = new SettingsPage(deaf).companyName();
  await field.fill('Typed on the old version');
  await field.press('Tab');
  await expect(deaf.getByText('Your last change was not saved: the workspace had just been changed in another window')).toBeVisible();
  await expect(new SettingsPage(deaf).companyName()).toHaveValue('Saved by the first tab');
  const onDisk = JSON.parse(await readFile(join(app.dataDir, 'Stratboard workspace.json'), 'utf8'));
  expect(onDisk.company.name).toBe('Saved by the first tab');
});

test('the owner-only link file (what npm start opens) is 0600 in a 0700 folder, and opening it lets the browser in', async ({ page }) => {
  const folder = join(await scratchDir(), 'link');
  const linkFile = join(folder, 'open-stratboard.html');
  app = await startWebApp({ linkFile });
  expect((await stat(linkFile)).mode & 0o777).toBe(0o600);
  expect((await stat(folder)).mode & 0o777).toBe(0o700);
  expect(await readFile(linkFile, 'utf8')).toContain(app.url);
  // A file:// page is another site: the browser would not send a SameSite=Strict cookie along a
  // redirect it started, so this is the path a 303 alone would break.
  await page.goto(pathToFileURL(linkFile).href);
  await expect(page.getByText('Brightleaf Home Appliances').first()).toBeVisible();
  expect(page.url()).toBe(`${app.base}/`);
});

async function saveCopyTo(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: 'Save a copy as…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save a copy of this workspace' });
  await dialog.getByRole('textbox', { name: 'File path' }).fill(path);
  await dialog.getByRole('button', { name: 'Continue' }).click();
}

test('Save a copy with a typed path: a new file is 0600, a workspace is replaced only after asking, anything else never', async ({ page }) => {
  app = await startWebApp();
  const folder = await scratchDir();
  await new AppShellPage(page).open(app.url);

  const fresh = join(folder, 'fresh copy.json');
  await saveCopyTo(page, fresh);
  await expect(page.getByText(`A copy was saved to ${fresh}`)).toBeVisible();
  expect((await stat(fresh)).mode & 0o777).toBe(0o600);

  // Another workspace there: asked first; "Cancel" leaves it, "Replace" replaces it.
  const other = join(folder, 'other plan.json');
  const otherText = (await readFile(fresh, 'utf8')).replace('"Brightleaf marketing plan"', '"Other plan"');
  await writeFile(other, otherText);
  await saveCopyTo(page, other);
  const ask = page.getByRole('dialog', { name: 'Replace the workspace?' });
  await expect(ask).toContainText(`Replace the workspace at ${other} with a copy of this one?`);
  await ask.getByRole('button', { name: 'Cancel' }).click();
  expect(await readFile(other, 'utf8')).toBe(otherText);
  await saveCopyTo(page, other);
  await page.getByRole('dialog', { name: 'Replace the workspace?' }).getByRole('button', { name: 'Replace' }).click();
  await expect(page.getByText(`A copy was saved to ${other}`)).toBeVisible();
  expect(JSON.parse(await readFile(other, 'utf8')).name).toBe('Brightleaf marketing plan');

  // A file that is not a workspace: refused with a clear message, not asked about, untouched.
  const notes = join(folder, 'notes.txt');
  await writeFile(notes, 'my private notes');
  await saveCopyTo(page, notes);
  await expect(page.getByText(`${notes} already exists and is not a Stratboard workspace, so it is never replaced. Choose another name.`)).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Replace the workspace?' })).toHaveCount(0);
  expect(await readFile(notes, 'utf8')).toBe('my private notes');
});

/** Runs `script` with Node as user nobody (uid 65534); null when this machine cannot drop privileges. */
async function runAsNobody(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string } | null> {
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || !existsSync('/usr/bin/setpriv')) return null;
  const dir = await scratchDir();
  await chmod(dir, 0o755);
  const file = join(dir, 'client.mjs');
  await writeFile(file, script, { mode: 0o644 });
  return new Promise((resolve) => {
    execFile('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, file, ...args], { timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

const NOBODY_CLIENT = `
import { readFileSync, existsSync } from 'node:fs';
const [base, linkFile, target, serverPid] = process.argv.slice(2);
const out = { uid: process.getuid() };
const page = await fetch(base + '/');
out.page = { status: page.status, body: await page.text() };
const headers = { 'content-type': 'application/json', 'x-stratboard-token': 'guessed' };
const post = async (method, body) => {
  const res = await fetch(base + '/rpc/' + method, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: res.status, body: await res.text() };
};
out.getSession = await post('getSession', {});
out.openPasswd = await post('openWorkspace', { path: '/etc/passwd' });
out.saveCopy = await post('saveCopyAs', { path: target });
out.create = await post('createWorkspace', { path: target + '.new', withSample: true });
out.events = (await fetch(base + '/events?after=-1')).status;
out.wrongKey = (await fetch(base + '/?key=guessed', { redirect: 'manual' })).status;
try { readFileSync(linkFile, 'utf8'); out.linkFile = 'READ'; } catch (error) { out.linkFile = error.code; }
try { out.cmdline = readFileSync('/proc/' + serverPid + '/cmdline', 'utf8'); } catch (error) { out.cmdline = error.code; }
out.targetExists = existsSync(target) || existsSync(target + '.new');
console.log(JSON.stringify(out));
`;

test('another user of this machine can read, write or create nothing through web mode', async () => {
  const folder = join(await scratchDir(), 'link');
  const linkFile = join(folder, 'open-stratboard.html');
  app = await startWebApp({ linkFile });
  const target = join(tmpdir(), `sb-nobody-${process.pid}-${Date.now()}.json`);
  const serverPid = String(app.pid ?? 0);
  const ran = await runAsNobody(NOBODY_CLIENT, [app.base, linkFile, target, serverPid]);
  test.skip(ran === null, 'SKIPPED: needs Linux, root and setpriv to run a client as user nobody');
  expect(ran!.code, ran!.stderr).toBe(0);
  const out = JSON.parse(ran!.stdout);
  expect(out.uid).toBe(65534);
  const key = new URL(app.url).searchParams.get('key')!;
  expect(out.page.status).toBe(401);
  expect(out.page.body).not.toMatch(/stratboard-token|Brightleaf/);
  for (const name of ['getSession', 'openPasswd', 'saveCopy', 'create']) {
    expect(out[name].status, name).toBe(401);
    expect(out[name].body, name).not.toMatch(/root:|Brightleaf/);
  }
  expect(out.events).toBe(401);
  expect(out.wrongKey).toBe(403);
  expect(out.linkFile).toBe('EACCES'); // the link file, and its folder, are the owner's only
  expect(out.targetExists).toBe(false);
  // The key is on no command line: `ps` shows every user the server's arguments.
  expect(out.cmdline).toContain('web.cjs');
  expect(out.cmdline).not.toContain(key);
  expect(existsSync(target)).toBe(false);
  expect(dirname(linkFile)).toBe(folder);
});
