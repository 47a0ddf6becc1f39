import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../../../shared/samplePlan/samplePlan';
import { serializeWorkspace } from '../../../electron/services/workspaceFile';
import { lockPathFor } from '../../../electron/services/workspaceLock';
import { bundleWebServer, startServer, stop, type RunningServer, type ServerBundle } from './webServerProcess';

/**
 * Two real app processes (two web servers, each with its own data folder) on one workspace file,
 * as two colleagues on a network share. Before this was fixed, each save silently overwrote the
 * other's and both said "All changes saved".
 */
let bundle: ServerBundle;
const running: RunningServer[] = [];
const roots: string[] = [];

beforeAll(async () => {
  bundle = await bundleWebServer();
}, 60_000);

afterAll(async () => {
  await Promise.all(running.map((server) => stop(server)));
  await Promise.all([bundle.dir, ...roots].map((dir) => rm(dir, { recursive: true, force: true })));
});

async function share() {
  const root = await mkdtemp(join(tmpdir(), 'sb-two-'));
  roots.push(root);
  await mkdir(join(root, 'share'));
  const file = join(root, 'share', 'Plan 2027.json');
  await writeFile(file, serializeWorkspace(createSampleWorkspace('en', new Date('2026-12-01T09:00:00Z'))));
  const start = async (who: string) => {
    const server = await startServer(bundle, { data: join(root, `data-${who}`), workspace: file });
    running.push(server);
    return server;
  };
  return { root, file, start };
}

type OpenSession = { state: 'open'; revision: number; readOnly: { reason: string; holder?: { user: string; machine: string } } | null; workspace: { name: string }; save: { state: string; error: { code: string } | null } };

async function session(server: RunningServer): Promise<OpenSession> {
  const result = await server.rpc<OpenSession>('getSession');
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function rename(server: RunningServer, name: string) {
  const { revision } = await session(server);
  return server.rpc('runOperation', { baseRevision: revision, op: 'workspace.rename', args: { name }, at: new Date().toISOString() });
}

describe('two instances on one file', () => {
  it('the second opens read-only, naming who has it open, and cannot write', async () => {
    const { file, start } = await share();
    const first = await start('li');
    const second = await start('wang');
    expect((await session(first)).readOnly).toBeNull();
    const locked = (await session(second)).readOnly;
    expect(locked?.reason).toBe('locked');
    expect(locked?.holder?.machine).toBeTruthy();
    const refused = await rename(second, 'Overwrite');
    expect(refused.ok ? 'accepted' : refused.error.code).toBe('read-only');

    expect((await rename(first, 'Li saved this')).ok).toBe(true);
    await first.rpc('saveNow');
    expect(JSON.parse(await readFile(file, 'utf8')).name).toBe('Li saved this');
  }, 60_000);

  it('when the lock arrives late (a sync tool), neither save overwrites the other unseen and both versions stay reachable', async () => {
    const { file, start } = await share();
    const first = await start('li');
    await rm(lockPathFor(file)); // the sync tool has not delivered the lock to the other machine yet
    const second = await start('wang');
    expect((await session(second)).readOnly).toBeNull();

    await rename(first, 'Li version');
    expect(((await first.rpc<{ state: string }>('saveNow')) as { value: { state: string } }).value.state).toBe('saved');
    await rename(second, 'Wang version');
    const blocked = (await second.rpc<{ state: string; error: { code: string } }>('saveNow')) as { value: { state: string; error: { code: string } } };
    expect(blocked.value.state).toBe('error');
    expect(blocked.value.error.code).toBe('changed-on-disk');
    expect(JSON.parse(await readFile(file, 'utf8')).name).toBe('Li version');

    const compared = await second.rpc<{ comparison: { sections: string[] } }>('compareExternalChange');
    expect(compared.ok && compared.value.comparison?.sections).toContain('name');
    const kept = await second.rpc<{ copyPath: string }>('resolveExternalChange', { choice: 'keep-mine' });
    if (!kept.ok) throw new Error(kept.error.message);
    expect(JSON.parse(await readFile(kept.value.copyPath, 'utf8')).name).toBe('Li version');
    expect(JSON.parse(await readFile(file, 'utf8')).name).toBe('Wang version');
    // and Li's window, with nothing unsaved, picks up Wang's version by itself
    await expect.poll(async () => (await session(first)).workspace.name, { timeout: 10_000 }).toBe('Wang version');
    expect((await readdir(join(file, '..'))).filter((n) => n.endsWith('.json')).sort()).toHaveLength(2);
  }, 60_000);
});
