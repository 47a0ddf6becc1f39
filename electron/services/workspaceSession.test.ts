import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../shared/contract/events';
import type { SaveStatus } from '../../shared/contract/session';
import { createEmptyWorkspace, createSampleWorkspace } from '../../shared/samplePlan/samplePlan';
import { serializeWorkspace } from './workspaceFile';
import { WorkspaceSession } from './workspaceSession';

async function setup(options: { retryMs?: number } = {}) {
  const root = await mkdtemp(join(tmpdir(), 'sb-session-'));
  const events: AppEvent[] = [];
  const session = new WorkspaceSession({ backupsRoot: join(root, 'backups'), emit: (e) => events.push(e), retryMs: options.retryMs ?? 100 });
  const file = join(root, 'work', 'plan.json');
  await mkdir(join(root, 'work'), { recursive: true });
  return { root, session, file, events };
}

const rename = (name: string) => ({ op: 'workspace.rename', args: { name }, at: '2026-05-01T09:00:00.000Z' });

function statusEvents(events: AppEvent[]): SaveStatus[] {
  return events.filter((e) => e.name === 'saveStatus').map((e) => e.payload as SaveStatus);
}

describe('WorkspaceSession', () => {
  it('autosaves within 1 s of the last edit', async () => {
    const { session, file } = await setup();
    await session.create(file, createEmptyWorkspace('en', new Date()));
    const started = Date.now();
    session.runOperation(rename('Autosaved'));
    while (!(await readFile(file, 'utf8')).includes('Autosaved')) {
      expect(Date.now() - started).toBeLessThan(1_000);
      await new Promise((r) => setTimeout(r, 20));
    }
    await session.close();
  });

  it('flushes a pending edit on close (quit)', async () => {
    const { session, file } = await setup();
    await session.create(file, createEmptyWorkspace('en', new Date()));
    session.runOperation(rename('Flushed on quit'));
    await session.close();
    expect(JSON.parse(await readFile(file, 'utf8')).name).toBe('Flushed on quit');
  });

  it('rejects a change that would make the workspace invalid, and keeps the last good state', async () => {
    const { session, file } = await setup();
    await session.create(file, createEmptyWorkspace('en', new Date()));
    expect(() => session.runOperation({ op: 'settings.update', args: { currency: 'dollars' }, at: '2026-05-01T09:00:00.000Z' }, 0)).toThrow(/invalid/);
    expect(() => session.runOperation(rename(''), 0)).toThrow();
    expect(() => session.runOperation(rename('x'), 3)).toThrow(/revision/);
    const current = session.getSession();
    expect(current.state === 'open' && current.workspace.settings.currency).toMatch(/^[A-Z]{3}$/);
    await session.close();
  });

  it.each([
    ['not JSON', '{"schemaVersion": 2, "name": '],
    ['wrong shape', JSON.stringify({ schemaVersion: 2, name: 'x', campaigns: 'lots' })],
    ['impossible date', serializeWorkspace(createSampleWorkspace('en', new Date('2026-05-01'))).replace(/"startDate": "2026-\d\d-\d\d"/, '"startDate": "2026-02-30"')],
  ])('never writes to a file that fails to load (%s), byte for byte', async (_label, content) => {
    const { session, file } = await setup();
    await writeFile(file, content);
    const before = await readFile(file);
    const mtime = (await stat(file)).mtimeMs;
    const result = await session.open(file);
    expect(result.state).toBe('failed');
    if (result.state === 'failed') {
      expect(result.problem.filePath).toBe(file);
      expect(result.problem.detail.length).toBeGreaterThan(0);
    }
    expect(() => session.runOperation(rename('x'))).toThrow(/could not be opened/);
    await session.flush();
    await session.close();
    expect((await readFile(file)).equals(before)).toBe(true);
    expect((await stat(file)).mtimeMs).toBe(mtime);
  });

  it('reports the path and reason of an invalid field', async () => {
    const { session, file } = await setup();
    const doc = JSON.parse(serializeWorkspace(createSampleWorkspace('en', new Date('2026-05-01'))));
    doc.campaigns[1].plannedBudget = -5;
    await writeFile(file, JSON.stringify(doc));
    const result = await session.open(file);
    expect(result.state === 'failed' && result.problem.issues[0]).toMatchObject({ path: 'campaigns[1].plannedBudget' });
  });

  it('offers the newest good backup for a damaged file', async () => {
    const { session, file } = await setup();
    await session.create(file, createEmptyWorkspace('en', new Date()));
    await session.close();
    await writeFile(file, '{ broken');
    const result = await session.open(file);
    expect(result.state === 'failed' && result.problem.newestGoodBackup?.reason).toBe('open');
    if (result.state !== 'failed' || !result.problem.newestGoodBackup) throw new Error('expected a backup');
    const restored = await session.restoreBackup(result.problem.newestGoodBackup.id);
    expect(restored.state).toBe('open');
    expect(restored.state === 'open' && restored.filePath).toMatch(/plan \(recovered .*\)\.json$/);
    expect(await readFile(file, 'utf8')).toBe('{ broken');
    await session.close();
  });

  it('opens a file from a newer schemaVersion read-only and never downgrades it', async () => {
    const { session, file } = await setup();
    const doc = JSON.parse(serializeWorkspace(createEmptyWorkspace('en', new Date())));
    doc.schemaVersion = 99;
    doc.futureFeature = { keep: 'me' };
    const content = JSON.stringify(doc);
    await writeFile(file, content);
    const result = await session.open(file);
    expect(result.state === 'open' && result.readOnly).toEqual({ reason: 'newer-version', fileVersion: 99 });
    expect(() => session.runOperation(rename('x'))).toThrow(/read-only/);
    await session.close();
    expect(await readFile(file, 'utf8')).toBe(content);
  });

  it('keeps edits in memory while the file is read-only and saves once it is writable again', async () => {
    const { session, file, events } = await setup();
    await session.create(file, createEmptyWorkspace('en', new Date()));
    await chmod(file, 0o444);
    session.runOperation(rename('Edited while locked'));
    const saved = await session.flush();
    expect(saved?.state).toBe('error');
    expect(saved?.error?.code).toBe('read-only');
    expect(JSON.parse(await readFile(file, 'utf8')).name).not.toBe('Edited while locked');
    await chmod(file, 0o644);
    await new Promise((r) => setTimeout(r, 400)); // retry timer
    expect(JSON.parse(await readFile(file, 'utf8')).name).toBe('Edited while locked');
    expect(statusEvents(events).at(-1)?.state).toBe('saved');
    await session.close();
  });

  it('keeps edits when the folder vanishes and saves when it comes back', async () => {
    const { session, file, root } = await setup();
    await session.create(file, createEmptyWorkspace('en', new Date()));
    await rm(join(root, 'work'), { recursive: true });
    session.runOperation(rename('Survived'));
    const status = await session.flush();
    expect(status?.error?.code).toBe('vanished');
    expect(status?.error?.message).toContain('kept in memory');
    await mkdir(join(root, 'work'));
    await new Promise((r) => setTimeout(r, 400));
    expect(JSON.parse(await readFile(file, 'utf8')).name).toBe('Survived');
    await session.close();
  });

  it('writes a deleted file back and says so', async () => {
    const { session, file } = await setup();
    await session.create(file, createEmptyWorkspace('en', new Date()));
    await rm(file);
    session.runOperation(rename('Back again'));
    const status = await session.flush();
    expect(status).toMatchObject({ state: 'saved', error: { code: 'vanished' } });
    expect(JSON.parse(await readFile(file, 'utf8')).name).toBe('Back again');
    await session.close();
  });

  it('makes a backup at every open', async () => {
    const { session, file } = await setup();
    await session.create(file, createEmptyWorkspace('en', new Date()));
    session.runOperation(rename('Second state'));
    await session.close();
    await session.open(file);
    const list = await session.backups!.list();
    expect(list.map((b) => b.reason)).toEqual(['open', 'open']);
    await session.close();
  });

  it('refuses to create over an existing file', async () => {
    const { session, file } = await setup();
    await writeFile(file, 'precious');
    await expect(session.create(file, createEmptyWorkspace('en', new Date()))).rejects.toThrow(/already exists/);
    expect(await readFile(file, 'utf8')).toBe('precious');
  });
});
