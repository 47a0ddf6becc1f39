import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_POLICY, BackupStore } from './backups';

async function store() {
  const root = await mkdtemp(join(tmpdir(), 'sb-backups-'));
  return new BackupStore(root, join(root, 'ws', 'My plan.json'));
}

describe('BackupStore', () => {
  it('keeps only the last 20 distinct saves, newest first', async () => {
    const backups = await store();
    const start = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 30; i += 1) await backups.add(JSON.stringify({ i }), 'edit', new Date(start + i * 61_000));
    const list = await backups.list();
    expect(list).toHaveLength(BACKUP_POLICY.keep);
    expect(await backups.read(list[0]!.id)).toBe(JSON.stringify({ i: 29 }));
    expect(await backups.read(list[19]!.id)).toBe(JSON.stringify({ i: 10 }));
    expect(await readdir(backups.folder)).toHaveLength(20);
  });

  it('removes the temp file of a writer killed mid-backup, and nothing else', async () => {
    const backups = await store();
    await backups.add(JSON.stringify({ i: 1 }), 'open', new Date(Date.UTC(2026, 0, 1)));
    const killed = '.20260101T000100000Z-edit-0123456789ab.json.999999999.a1b2c3d4e5f6.tmp';
    const ours = `.20260101T000100000Z-edit-0123456789ab.json.${process.pid}.a1b2c3d4e5f6.tmp`;
    const foreign = 'notes.txt';
    for (const name of [killed, ours, foreign]) await writeFile(join(backups.folder, name), 'x');
    await backups.add(JSON.stringify({ i: 2 }), 'edit', new Date(Date.UTC(2026, 0, 1, 0, 2)));
    const names = await readdir(backups.folder);
    expect(names).not.toContain(killed);
    expect(names).toContain(ours);
    expect(names).toContain(foreign);
    expect((await backups.list()).map((b) => b.reason)).toEqual(['edit', 'open']);
  });

  it('skips a backup identical to the newest one', async () => {
    const backups = await store();
    expect(await backups.add('{"a":1}', 'open')).toBe(true);
    expect(await backups.add('{"a":1}', 'open')).toBe(false);
    expect(await backups.list()).toHaveLength(1);
  });

  it('makes at most one editing backup a minute', async () => {
    const backups = await store();
    const t0 = new Date('2026-03-01T10:00:00Z');
    backups.markOpened(t0);
    expect(await backups.addWhileEditing('{"v":1}', new Date(t0.getTime() + 30_000))).toBe(false);
    expect(await backups.addWhileEditing('{"v":2}', new Date(t0.getTime() + 61_000))).toBe(true);
    expect(await backups.addWhileEditing('{"v":3}', new Date(t0.getTime() + 90_000))).toBe(false);
    expect(await backups.addWhileEditing('{"v":4}', new Date(t0.getTime() + 125_000))).toBe(true);
    expect((await backups.list()).map((b) => b.reason)).toEqual(['edit', 'edit']);
  });

  it('rejects ids that are not backup names (no path tricks)', async () => {
    const backups = await store();
    await expect(backups.read('../settings.json')).rejects.toThrow();
  });

  it('finds the newest backup that still validates', async () => {
    const backups = await store();
    await backups.add('{"not":"a workspace"}', 'edit', new Date('2026-01-01T00:00:00Z'));
    expect(await backups.newestGood()).toBeNull();
  });
});
