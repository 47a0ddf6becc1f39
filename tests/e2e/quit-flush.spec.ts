import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { TRANSPORT } from '../../shared/contract/events';
import { parseWorkspaceText } from '../../shared/workspace/parseWorkspace';
import { AppShellPage } from './pages/AppShellPage';
import { SettingsPage } from './pages/SettingsPage';
import { startWebApp, type WebApp } from './support/webApp';

/**
 * Quitting must not lose the last edit: an edit made 100 ms before the server is told to stop
 * (SIGTERM, as on logout or `kill`) is on disk afterwards. Web mode stops through
 * services.close(), the same call the desktop app's before-quit handler awaits.
 *
 * The autosave runs 300 ms after an edit, so 100 ms after the edit it normally has not run:
 * the test checks the file still holds the old value at the moment it quits, so what it proves
 * is the quit path, not the autosave timer. On a machine so busy that the autosave wins anyway,
 * it makes another edit and tries again rather than pass without proving anything.
 */

const WORKSPACE_FILE = 'Stratboard workspace.json';
const EDIT_TO_QUIT_MS = 100;
const ATTEMPTS = 5;

let app: WebApp | null = null;
test.afterEach(async () => {
  await app?.stop();
  app = null;
});

async function companyNameOnDisk(dataDir: string): Promise<string> {
  return JSON.parse(await readFile(join(dataDir, WORKSPACE_FILE), 'utf8')).company.name;
}

/**
 * Makes an edit (`edit` resolves once the service has it), waits 100 ms, and quits while the
 * edit is still only in memory; then the whole file on disk must hold it.
 */
async function quitWithPendingEdit(running: WebApp, edit: (companyName: string) => Promise<void>): Promise<void> {
  const valueOf = (attempt: number) => `Written on the way out ${attempt}`;
  let attempt = 1;
  for (; ; attempt += 1) {
    await edit(valueOf(attempt));
    await new Promise((resolve) => setTimeout(resolve, EDIT_TO_QUIT_MS));
    if ((await companyNameOnDisk(running.dataDir)) !== valueOf(attempt)) break; // still pending: quit now
    expect(attempt, `the 300 ms autosave beat a ${EDIT_TO_QUIT_MS} ms wait ${ATTEMPTS} times; too busy to show the quit flush`).toBeLessThan(ATTEMPTS);
  }
  const value = valueOf(attempt);
  await running.stop();
  app = null;

  const parsed = parseWorkspaceText(await readFile(join(running.dataDir, WORKSPACE_FILE), 'utf8'));
  expect(parsed.ok, 'the file written on quit opens and validates').toBe(true);
  expect(parsed.ok && parsed.workspace.company.name).toBe(value);
  expect((await readdir(running.dataDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
}

test('an edit made 100 ms before quit is on disk', async ({ request }) => {
  const running = (app = await startWebApp());
  // The link sets the cookie in the request context's jar and redirects to the page with the token.
  const html = await (await request.get(running.url)).text();
  const token = new RegExp(`name="${TRANSPORT.tokenMetaName}" content="([^"]+)"`).exec(html)?.[1] ?? '';
  const call = async (method: string, body: unknown) =>
    (await request.post(`${running.base}${TRANSPORT.httpRpcPrefix}${method}`, { data: body, headers: { [TRANSPORT.httpTokenHeader]: token } })).json();

  const session = await call('getSession', {});
  expect(session.ok).toBe(true);
  let revision: number = session.value.revision;
  await quitWithPendingEdit(running, async (name) => {
    const change = await call('runOperation', { baseRevision: revision, op: 'company.update', args: { name }, at: new Date().toISOString() });
    expect(change).toMatchObject({ ok: true, value: { save: { state: 'pending' } } });
    revision = change.value.revision;
  });
});

test('an edit typed in the app 100 ms before quit is on disk', async ({ page }) => {
  const running = (app = await startWebApp());
  const shell = new AppShellPage(page);
  const settings = new SettingsPage(page);
  await shell.open(running.url);
  await shell.goTo('Settings');
  await shell.expectAllSaved();

  await quitWithPendingEdit(running, async (name) => {
    // The edit counts from the moment the service has it: the app's own runOperation call answered.
    const applied = page.waitForResponse((response) => response.url().endsWith(`${TRANSPORT.httpRpcPrefix}runOperation`));
    await settings.renameCompany(name);
    expect(await (await applied).json()).toMatchObject({ ok: true, value: { save: { state: 'pending' } } });
  });
});
