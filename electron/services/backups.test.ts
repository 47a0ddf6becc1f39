import { createHash } from 'node:crypto';
import { chmod, mkdir, mkdtemp, readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupInfo } from '../../shared/contract/session';
import { createSampleWorkspace } from '../../shared/samplePlan/samplePlan';
import { BACKUP_POLICY, BackupStore } from './backups';
import { tempPathFor } from './tempNames';
import { serializeWorkspace } from './workspaceFile';

const posix = process.platform !== 'win32';
const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');
const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

async function store(options = {}) {
  const root = await mkdtemp(join(tmpdir(), 'sb-backups-'));
  return new BackupStore(join(root, 'backups'), join(root, 'ws', 'My plan.json'), options);
}

/** A real workspace with Chinese text and an emoji, so byte-exactness covers multi-byte UTF-8. */
function workspaceText(n: number): string {
  return serializeWorkspace({ ...createSampleWorkspace('zh-CN', new Date('2026-05-01T09:00:00Z')), name: `计划 ${n} 🚀` });
}

describe('BackupStore: compressed, byte-exact', () => {
  it('stores a workspace gzip-compressed and reads back exactly the same text (sha256)', async () => {
    const backups = await store();
    const text = workspaceText(1);
    await backups.add(text, 'open', new Date('2026-05-01T09:00:00Z'));
    const [info] = await backups.list();
    const files = await readdir(backups.folder);
    expect(files).toEqual([`${info!.id}.gz`]);
    expect(info!.sizeBytes).toBe((await stat(join(backups.folder, files[0]!))).size);
    expect(info!.sizeBytes).toBeLessThan(Buffer.byteLength(text) / 3);
    expect(sha256(await backups.read(info!.id))).toBe(sha256(text));
    expect(sha256(await backups.read(files[0]!))).toBe(sha256(text)); // the stored name works too
  });

  it('keeps the contract’s id: "<time>-<reason>-<hash>.json", valid for BackupInfo', async () => {
    const backups = await store();
    await backups.add(workspaceText(1), 'open', new Date('2026-05-01T09:00:00Z'));
    const [info] = await backups.list();
    expect(info!.id).toMatch(/^20260501T090000000Z-open-[0-9a-f]{12}\.json$/);
    expect(backupInfo.safeParse(info).success).toBe(true);
  });

  it('stores text that does not shrink as it is', async () => {
    const backups = await store();
    await backups.add('{"a":1}', 'open', new Date('2026-05-01T09:00:00Z'));
    const [info] = await backups.list();
    expect(await readdir(backups.folder)).toEqual([info!.id]);
    expect(await backups.read(info!.id)).toBe('{"a":1}');
  });

  it('still lists and reads plain ".json" backups an older version wrote', async () => {
    const backups = await store();
    await mkdir(backups.folder, { recursive: true });
    const old = '20260101T000000000Z-edit-0123456789ab.json';
    await writeFile(join(backups.folder, old), workspaceText(0));
    await backups.add(workspaceText(1), 'open', new Date('2026-01-01T00:05:00Z'));
    const list = await backups.list();
    expect(list.map((b) => b.id)).toEqual([expect.stringMatching(/-open-/), old]);
    expect(await backups.read(old)).toBe(workspaceText(0));
  });

  it('a damaged compressed backup fails to read (CRC) and newestGood falls back to an older one', async () => {
    const backups = await store();
    await backups.add(workspaceText(1), 'open', new Date('2026-05-01T09:00:00Z'));
    await backups.add(workspaceText(2), 'edit', new Date('2026-05-01T09:02:00Z'));
    const [newest, older] = await backups.list();
    const file = join(backups.folder, `${newest!.id}.gz`);
    await truncate(file, (await stat(file)).size - 10);
    await expect(backups.read(newest!.id)).rejects.toThrow();
    expect((await backups.newestGood())?.id).toBe(older!.id);
  });

  it('rejects ids that are not backup names (no path tricks)', async () => {
    const backups = await store();
    await expect(backups.read('../settings.json')).rejects.toThrow();
    await expect(backups.read('../../x.json.gz')).rejects.toThrow();
  });

  it('finds the newest backup that still validates', async () => {
    const backups = await store();
    await backups.add('{"not":"a workspace"}', 'edit', new Date('2026-01-01T00:00:00Z'));
    expect(await backups.newestGood()).toBeNull();
  });
});

describe('BackupStore: when a backup is made', () => {
  it('skips a backup identical to the newest one', async () => {
    const backups = await store();
    expect(await backups.add('{"a":1}', 'open')).toBe(true);
    expect(await backups.add('{"a":1}', 'open')).toBe(false);
    expect(await backups.list()).toHaveLength(1);
  });

  it('marks the newest backup as the state at open when the file opens unchanged', async () => {
    const backups = await store();
    await backups.add('{"a":1}', 'edit', new Date('2026-01-01T00:00:00Z'));
    expect(await backups.add('{"a":1}', 'open', new Date('2026-01-01T00:05:00Z'))).toBe(false);
    expect((await backups.list()).map((b) => [b.reason, b.savedAt])).toEqual([['open', '2026-01-01T00:00:00.000Z']]);
    expect(await backups.read((await backups.list())[0]!.id)).toBe('{"a":1}');
  });

  it('makes at most one editing backup a minute', async () => {
    const backups = await store();
    const t0 = new Date('2026-03-01T10:00:00Z');
    backups.markOpened(t0);
    expect(BACKUP_POLICY.minEditIntervalMs).toBe(60_000);
    expect(await backups.addWhileEditing('{"v":1}', new Date(t0.getTime() + 30_000))).toBe(false);
    expect(await backups.addWhileEditing('{"v":2}', new Date(t0.getTime() + 61_000))).toBe(true);
    expect(await backups.addWhileEditing('{"v":3}', new Date(t0.getTime() + 90_000))).toBe(false);
    expect(await backups.addWhileEditing('{"v":4}', new Date(t0.getTime() + 125_000))).toBe(true);
    expect((await backups.list()).map((b) => b.reason)).toEqual(['edit', 'edit']);
  });
});

describe('BackupStore: thinning as they age', () => {
  it('over 3 simulated days (a backup every 10 minutes) keeps the last hour, then hourly; the open one stays', async () => {
    const backups = await store();
    const start = Date.UTC(2026, 0, 1, 0, 0, 30);
    const steps = (3 * 24 * 60) / 10;
    for (let i = 0; i < steps; i += 1) await backups.add(JSON.stringify({ i }), i === 0 ? 'open' : 'edit', new Date(start + i * 10 * 60_000));
    const list = await backups.list();
    const now = start + (steps - 1) * 10 * 60_000;
    const age = (savedAt: string) => now - Date.parse(savedAt);
    expect(list.filter((b) => age(b.savedAt) < 3_600_000)).toHaveLength(6);
    const hourly = list.filter((b) => age(b.savedAt) >= 3_600_000 && age(b.savedAt) < 48 * 3_600_000);
    expect(hourly.length).toBeGreaterThanOrEqual(47);
    expect(hourly.length).toBeLessThanOrEqual(48);
    expect(list.find((b) => b.reason === 'open')?.savedAt).toBe(new Date(start).toISOString());
    expect(list.length).toBeLessThanOrEqual(6 + 48 + 2 + 1);
    expect((await readdir(backups.folder)).length).toBe(list.length); // the dropped ones are deleted
  }, 60_000);

  it('keeps within a size budget given as an option, dropping the oldest', async () => {
    const backups = await store({ budgetBytes: 3 * 1024 });
    const start = Date.UTC(2026, 0, 1);
    const noise = (i: number) => createHash('sha256').update(String(i)).digest('hex').repeat(16); // ~1 KB, incompressible
    for (let i = 0; i < 10; i += 1) await backups.add(noise(i), i === 0 ? 'open' : 'edit', new Date(start + i * 61_000));
    const list = await backups.list();
    expect(list.reduce((sum, b) => sum + b.sizeBytes, 0)).toBeLessThanOrEqual(3 * 1024 + 1024);
    expect(list[0]!.savedAt).toBe(new Date(start + 9 * 61_000).toISOString());
    expect(list.some((b) => b.reason === 'open')).toBe(true);
  });
});

describe('BackupStore: where and how it stores', () => {
  it('keeps the folder name short (≤ 60 bytes) for any workspace name', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sb-backups-'));
    for (const name of [`${'战'.repeat(83)}.json`, `${'a'.repeat(250)}.json`, `${'😀'.repeat(60)}.json`, '计划.json']) {
      const folder = basename(new BackupStore(root, join(root, name)).folder);
      expect(Buffer.byteLength(folder), name).toBeLessThanOrEqual(60);
      expect(folder).toMatch(/^[A-Za-z0-9_-]+$/);
    }
  });

  it.runIf(posix)('is owner-only: 0700 folders, 0600 files, and tightens folders an older version made 0755', async () => {
    const backups = await store();
    const root = join(backups.folder, '..');
    await mkdir(backups.folder, { recursive: true });
    await chmod(root, 0o755);
    await chmod(backups.folder, 0o755);
    await backups.add(workspaceText(1), 'open', new Date('2026-05-01T09:00:00Z'));
    await backups.add('{"a":1}', 'edit', new Date('2026-05-01T09:02:00Z'));
    expect(await modeOf(root)).toBe(0o700);
    expect(await modeOf(backups.folder)).toBe(0o700);
    for (const name of await readdir(backups.folder)) expect(await modeOf(join(backups.folder, name)), name).toBe(0o600);
  });

  it('removes the temp files of a writer killed mid-backup (both name forms), and nothing else', async () => {
    const backups = await store();
    await backups.add(JSON.stringify({ i: 1 }), 'open', new Date(Date.UTC(2026, 0, 1)));
    const killedOld = '.20260101T000100000Z-edit-0123456789ab.json.999999999.a1b2c3d4e5f6.tmp';
    const killedNew = basename(tempPathFor(join(backups.folder, 'x.json.gz'))).replace(`-${process.pid}-`, '-999999999-');
    const ours = basename(tempPathFor(join(backups.folder, 'y.json.gz')));
    const foreign = 'notes.txt';
    for (const name of [killedOld, killedNew, ours, foreign]) await writeFile(join(backups.folder, name), 'x');
    await backups.add(JSON.stringify({ i: 2 }), 'edit', new Date(Date.UTC(2026, 0, 1, 0, 2)));
    const names = await readdir(backups.folder);
    expect(names).not.toContain(killedOld);
    expect(names).not.toContain(killedNew);
    expect(names).toContain(ours);
    expect(names).toContain(foreign);
    expect((await backups.list()).map((b) => b.reason)).toEqual(['edit', 'open']);
    expect(await readFile(join(backups.folder, foreign), 'utf8')).toBe('x');
  });
});
