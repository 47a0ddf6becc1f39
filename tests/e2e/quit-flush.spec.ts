import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { TRANSPORT } from '../../shared/contract/events';
import { startWebApp } from './support/webApp';

/**
 * Quitting must not lose the last edit: an edit made 100 ms before the server is told to stop
 * (SIGTERM, as on logout or `kill`) is on disk afterwards. No browser needed: the contract over HTTP.
 */
test('an edit made 100 ms before quit is on disk', async ({ request }) => {
  const app = await startWebApp();
  const html = await (await request.get(app.url)).text();
  const token = new RegExp(`name="${TRANSPORT.tokenMetaName}" content="([^"]+)"`).exec(html)?.[1] ?? '';
  const call = async (method: string, body: unknown) =>
    (await request.post(`${app.url}${TRANSPORT.httpRpcPrefix}${method}`, { data: body, headers: { [TRANSPORT.httpTokenHeader]: token } })).json();

  const session = await call('getSession', {});
  expect(session.ok).toBe(true);
  const change = await call('applyChange', {
    baseRevision: session.value.revision,
    patches: [{ op: 'replace', path: ['company', 'name'], value: 'Written on the way out' }],
  });
  expect(change).toMatchObject({ ok: true, value: { save: { state: 'pending' } } });
  await new Promise((resolve) => setTimeout(resolve, 100));
  await app.stop();

  const onDisk = JSON.parse(await readFile(join(app.dataDir, 'Stratboard workspace.json'), 'utf8'));
  expect(onDisk.company.name).toBe('Written on the way out');
});
