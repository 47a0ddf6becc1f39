import { execFileSync, spawnSync } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../../../shared/samplePlan/samplePlan';
import { serializeWorkspace } from '../../../electron/services/workspaceFile';
import { bundleWebServer, startServer, stop, type RunningServer, type ServerBundle } from './webServerProcess';

/**
 * The save fails (folder gone, disk full, read-only) and then the app is stopped without a person
 * to ask: SIGTERM, SIGHUP (the terminal closed) or Ctrl+C. Before the fix: exit 0, edit gone, in no
 * backup. Now the edits go to a recovery file, the output says where, the next start offers it,
 * and the exit code is non-zero only when they could be written nowhere.
 */
let bundle: ServerBundle;
const roots: string[] = [];
const mounts: string[] = [];

beforeAll(async () => {
  bundle = await bundleWebServer();
}, 60_000);

afterAll(async () => {
  for (const mount of mounts) spawnSync('umount', ['-l', mount]);
  await Promise.all([bundle.dir, ...roots].map((dir) => rm(dir, { recursive: true, force: true })));
});

async function scratch() {
  const root = await mkdtemp(join(tmpdir(), 'sb-stop-'));
  roots.push(root);
  const folder = join(root, 'stick');
  await mkdir(folder);
  const file = join(folder, 'plan.json');
  await writeFile(file, serializeWorkspace(createSampleWorkspace('en', new Date('2026-12-01T09:00:00Z'))));
  return { root, folder, file, data: join(root, 'data') };
}

type Session = { revision: number; save: { state: string; error: { code: string } | null } };

async function editAndFailToSave(server: RunningServer, name: string) {
  const current = await server.rpc<Session>('getSession');
  if (!current.ok) throw new Error(current.error.message);
  const change = await server.rpc('runOperation', { baseRevision: current.value.revision, op: 'workspace.rename', args: { name }, at: new Date().toISOString() });
  expect(change.ok).toBe(true);
  const saved = await server.rpc<Session['save']>('saveNow');
  expect(saved.ok && saved.value.state).toBe('error');
}

async function expectOfferedAtNextStart(data: string, file: string, name: string) {
  const next = await startServer(bundle, { data, workspace: file });
  try {
    const listed = await next.rpc<{ recoveries: { path: string; workspacePath: string | null }[] }>('listRecoveries');
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value.recoveries).toHaveLength(1);
    expect(listed.value.recoveries[0]!.workspacePath).toBe(file);
    const opened = await next.rpc<{ state: string; workspace: { name: string }; filePath: string }>('openRecovery', { path: listed.value.recoveries[0]!.path });
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.value.workspace.name).toBe(name);
    expect(opened.value.filePath).toMatch(/plan \(recovered .+\)\.json$/);
    const after = await next.rpc<{ recoveries: unknown[] }>('listRecoveries');
    expect(after.ok && after.value.recoveries).toEqual([]);
  } finally {
    await stop(next);
  }
}

describe('stopping while the save fails', () => {
  it.each(['SIGTERM', 'SIGHUP', 'SIGINT'] as const)('%s: the edits go to a recovery file in the data folder, and the next start offers them', async (signal) => {
    const { folder, file, data } = await scratch();
    const server = await startServer(bundle, { data, workspace: file });
    await rm(folder, { recursive: true }); // the USB stick was pulled out
    await editAndFailToSave(server, `Edited before ${signal}`);
    const { code } = await stop(server, signal);
    expect(code).toBe(0);
    const path = /kept in (.+\.stratboard-recovery)\./.exec(server.output())?.[1];
    expect(path, server.output()).toContain(join(data, 'recovery'));
    const kept = JSON.parse(await readFile(path!, 'utf8'));
    expect(kept.workspace.name).toBe(`Edited before ${signal}`);
    expect((await import('node:fs')).statSync(path!).mode & 0o777).toBe(0o600);
    await mkdir(folder, { recursive: true }); // the stick is back, with the file as it was
    await writeFile(file, serializeWorkspace(createSampleWorkspace('en', new Date('2026-12-01T09:00:00Z'))));
    await expectOfferedAtNextStart(data, file, `Edited before ${signal}`);
  }, 60_000);

  it('exits non-zero, saying so, when the edits could be written nowhere', async () => {
    const { root, folder, file, data } = await scratch();
    const server = await startServer(bundle, { data, workspace: file, env: { TMPDIR: join(root, 'no-temp', 'x') } });
    await writeFile(join(root, 'no-temp'), 'a file where the temp folder should be');
    await rm(folder, { recursive: true });
    await writeFile(folder, 'the workspace folder is now a file'); // beside the workspace: nowhere
    await rm(join(data, 'recovery'), { recursive: true, force: true });
    await writeFile(join(data, 'recovery'), 'a file where the recovery folder should be');
    await editAndFailToSave(server, 'Nowhere to go');
    const { code } = await stop(server, 'SIGTERM');
    expect(code).toBe(1);
    expect(server.output()).toMatch(/no recovery file could be written anywhere/);
  }, 60_000);

  it('disk full on a small tmpfs: the save fails, the file is whole, the edits go to the recovery file', async (context) => {
    const { root, data } = await scratch();
    const mount = join(root, 'small-disk');
    await mkdir(mount);
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mount]);
    if (mounted.status !== 0) {
      console.warn(`disk-full test SKIPPED: cannot mount a tmpfs here (${mounted.stderr.toString().trim() || 'not root'})`);
      context.skip();
    }
    mounts.push(mount);
    const file = join(mount, 'plan.json');
    const original = serializeWorkspace(createSampleWorkspace('en', new Date('2026-12-01T09:00:00Z')));
    await writeFile(file, original);
    const server = await startServer(bundle, { data, workspace: file });
    // Fill the disk, leaving less than a workspace's worth.
    spawnSync('dd', ['if=/dev/zero', `of=${join(mount, 'filler')}`, 'bs=4k', 'count=1000'], { stdio: 'ignore' });
    await editAndFailToSave(server, 'Written on a full disk');
    const session = await server.rpc<Session>('getSession');
    expect(session.ok && session.value.save.error?.code).toBe('io');
    expect(await readFile(file, 'utf8')).toBe(original);
    const { code } = await stop(server, 'SIGTERM');
    expect(code).toBe(0);
    expect(server.output()).toMatch(/kept in .+recovery/);
    spawnSync('umount', [mount]);
    mounts.splice(mounts.indexOf(mount), 1);
  }, 60_000);

  it('read-only folder (as an ordinary user): the save fails and the edits go to the recovery file', async (context) => {
    const probe = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'true']);
    if (process.getuid?.() !== 0 || probe.status !== 0) {
      console.warn('read-only-folder test SKIPPED: cannot run a process as another user here (needs root and setpriv)');
      context.skip();
    }
    const { root, folder, file, data } = await scratch();
    await chmod(root, 0o755);
    for (const path of [folder, file]) await chown(path, 65534, 65534);
    await mkdir(data);
    await chown(data, 65534, 65534);
    const server = await startServer(bundle, { data, workspace: file, prefix: ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups'], env: { HOME: data } });
    await chmod(folder, 0o555); // the share became read-only
    await editAndFailToSave(server, 'Read-only share');
    const { code } = await stop(server, 'SIGTERM');
    expect(code).toBe(0);
    const path = /kept in (.+\.stratboard-recovery)\./.exec(server.output())?.[1];
    expect(path).toContain(join(data, 'recovery'));
    expect(execFileSync('stat', ['-c', '%U %a', path!], { encoding: 'utf8' }).trim()).toBe('nobody 600');
  }, 60_000);
});
