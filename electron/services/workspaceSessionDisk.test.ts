import { link, mkdir, mkdtemp, readdir, readFile, rename as renameFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../shared/contract/events';
import { createSampleWorkspace } from '../../shared/samplePlan/samplePlan';
import { serializeWorkspace } from './workspaceFile';
import { lockPathFor } from './workspaceLock';
import { WorkspaceSession } from './workspaceSession';

/**
 * The open file changed on disk under the session (a colleague, a sync tool, another instance):
 * never written over unseen; reloaded when nothing is unsaved; otherwise the user's choice, with
 * the side not kept written to a copy first. Also the advisory lock and newer-format files.
 */
const sessions: WorkspaceSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close().catch(() => {})));
});

async function setup(options: { watchDisk?: boolean } = {}) {
  const root = await mkdtemp(join(tmpdir(), 'sb-disk-'));
  const folder = join(root, 'share');
  await mkdir(folder, { recursive: true });
  const file = join(folder, 'plan.json');
  const base = createSampleWorkspace('en', new Date('2026-12-01T09:00:00Z'));
  await writeFile(file, serializeWorkspace(base));
  const events: AppEvent[] = [];
  const make = () => {
    const session = new WorkspaceSession({ backupsRoot: join(root, 'backups'), emit: (e) => events.push(e), retryMs: 50, watchDisk: options.watchDisk ?? false, fallbackDir: join(root, 'recovery') });
    sessions.push(session);
    return session;
  };
  return { root, folder, file, base, events, make };
}

const rename = (name: string) => ({ op: 'workspace.rename', args: { name }, at: '2026-05-01T09:00:00.000Z' });

/** A colleague's save: write-then-rename, as sync tools and Stratboard itself do. */
async function replaceByRename(file: string, text: string) {
  await writeFile(`${file}.colleague`, text);
  await renameFile(`${file}.colleague`, file);
}

function openSession(session: WorkspaceSession) {
  const current = session.getSession();
  if (current.state !== 'open') throw new Error('not open');
  return current;
}

async function until(condition: () => boolean | Promise<boolean>, ms = 5_000) {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('changes made on disk by someone else', () => {
  it('with unsaved edits, a replaced file is never written over: theirs is backed up, the save waits for a choice', async () => {
    const { file, base, make } = await setup();
    const session = make();
    await session.open(file);
    const theirs = { ...structuredClone(base), name: 'Colleague edit' };
    theirs.campaigns[0]!.name = 'Spring launch';
    await replaceByRename(file, serializeWorkspace(theirs));

    session.runOperation(rename('My edit'));
    const status = await session.flush();
    expect(status?.state).toBe('error');
    expect(status?.error?.code).toBe('changed-on-disk');
    expect(JSON.parse(await readFile(file, 'utf8')).name).toBe('Colleague edit');
    const backups = await session.backups!.list();
    expect(backups.some((b) => b.reason === 'external')).toBe(true);

    const info = session.compareExternalChange();
    expect(info.theirs).toBe('valid');
    expect(info.comparison?.sections).toContain('name');
    expect(info.comparison?.entities).toContainEqual(expect.objectContaining({ kind: 'campaign', change: 'changed', fields: ['name'] }));
  });

  it('"Reload theirs" keeps my unsaved edits in a copy beside the file first', async () => {
    const { folder, file, base, make } = await setup();
    const session = make();
    await session.open(file);
    await replaceByRename(file, serializeWorkspace({ ...structuredClone(base), name: 'Theirs' }));
    session.runOperation(rename('Mine'));
    await session.flush();

    const { session: after, copyPath } = await session.resolveExternalChange('reload-theirs');
    expect(after.state === 'open' && after.workspace.name).toBe('Theirs');
    expect(copyPath).toMatch(/plan \(my unsaved changes .+\)\.json$/);
    expect(JSON.parse(await readFile(copyPath!, 'utf8')).name).toBe('Mine');
    expect((await readdir(folder)).filter((n) => n.endsWith('.json'))).toHaveLength(2);
    expect(JSON.parse(await readFile(file, 'utf8')).name).toBe('Theirs');
  });

  it('"Keep mine" keeps their version byte for byte in a copy, then saves mine', async () => {
    const { file, base, make } = await setup();
    const session = make();
    await session.open(file);
    const theirsText = serializeWorkspace({ ...structuredClone(base), name: 'Theirs' });
    await writeFile(file, theirsText); // an in-place rewrite this time
    session.runOperation(rename('Mine'));
    await session.flush();

    const { copyPath } = await session.resolveExternalChange('keep-mine');
    expect(await readFile(copyPath!, 'utf8')).toBe(theirsText);
    await until(async () => JSON.parse(await readFile(file, 'utf8')).name === 'Mine');
    expect(openSession(session).save.state).toBe('saved');
  });

  it('with nothing unsaved, the watcher reloads the file by itself and says so', async () => {
    const { file, base, events, make } = await setup({ watchDisk: true });
    const session = make();
    await session.open(file);
    await replaceByRename(file, serializeWorkspace({ ...structuredClone(base), name: 'Synced in' }));
    await until(() => openSession(session).workspace.name === 'Synced in');
    expect(events.some((e) => e.name === 'sessionChanged' && e.payload.reason === 'reloaded')).toBe(true);
    // and the next edit saves over the version it has seen
    session.runOperation(rename('After reload'));
    expect((await session.flush())?.state).toBe('saved');
    expect(JSON.parse(await readFile(file, 'utf8')).name).toBe('After reload');
  });

  it('a file rewritten with the same bytes (touch, a sync tool) is not a change', async () => {
    const { file, make } = await setup();
    const session = make();
    await session.open(file);
    await writeFile(file, await readFile(file));
    session.runOperation(rename('Still mine'));
    expect((await session.flush())?.state).toBe('saved');
  });

  it('a newer-format file that appears while open is never written: read-only, my edits go to a copy', async () => {
    const { file, base, make } = await setup();
    const session = make();
    await session.open(file);
    const newer = `${JSON.stringify({ ...structuredClone(base), schemaVersion: 99, futureField: { kept: true } }, null, 2)}\n`;
    await replaceByRename(file, newer);
    session.runOperation(rename('Mine'));
    await session.flush();
    const after = openSession(session);
    expect(after.readOnly?.reason).toBe('newer-version');
    expect(await readFile(file, 'utf8')).toBe(newer);
    expect(after.save.error?.message).toMatch(/my unsaved changes/);
    expect(() => session.runOperation(rename('again'))).toThrow(/read-only|newer/);
  });
});

describe('links', () => {
  it('a hard-linked workspace keeps its links when saved, and the next save is not taken for someone else\'s change', async () => {
    const { folder, file, make } = await setup();
    const other = join(folder, 'same plan, other name.json');
    await link(file, other);
    const session = make();
    await session.open(file);
    session.runOperation(rename('Saved once'));
    expect((await session.flush())?.state).toBe('saved');
    session.runOperation(rename('Saved twice'));
    expect((await session.flush())?.state).toBe('saved');
    expect((await stat(file)).nlink).toBe(2);
    expect(JSON.parse(await readFile(other, 'utf8')).name).toBe('Saved twice');
  });
});

describe('one writer per file', () => {
  it('a second session opens read-only, naming who has it open; the lock goes when the first closes', async () => {
    const { file, make } = await setup();
    const first = make();
    await first.open(file);
    const second = make();
    await second.open(file);
    const locked = openSession(second).readOnly;
    expect(locked?.reason).toBe('locked');
    expect(locked?.holder?.machine).toBeTruthy();
    expect(locked?.holder?.user).toBeTruthy();

    const copy = await second.openCopyOfLocked();
    expect(copy.state === 'open' && copy.filePath).toMatch(/plan \(copy .+\)\.json$/);
    expect(copy.state === 'open' && copy.readOnly).toBeNull();

    await first.close();
    await expect(readFile(lockPathFor(file))).rejects.toThrow();
  });

  it('a lock left by a process that is gone is taken over', async () => {
    const { file, make } = await setup();
    const stale = { app: 'Stratboard', user: 'li', machine: (await import('node:os')).hostname(), pid: 2 ** 22 + 12345, since: new Date().toISOString(), heartbeatAt: new Date().toISOString(), instance: 'dead' };
    await writeFile(lockPathFor(file), JSON.stringify(stale));
    const session = make();
    await session.open(file);
    expect(openSession(session).readOnly).toBeNull();
  });
});

afterEach(async () => {
  // temp folders are small; removed with the OS temp cleanup
  await rm(join(tmpdir(), 'sb-disk-never'), { force: true, recursive: true });
});
