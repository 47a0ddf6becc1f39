import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../shared/schema/workspace';
import { generateWorkspace } from '../../tests/bench/generateWorkspace';
import { largeWorkspace } from '../../tests/bench/largeWorkspace';
import { BackupStore } from './backups';
import { serializeWorkspace } from './workspaceFile';

/**
 * What compression saves: 20 backups of one workspace, each a little different (an edit a minute),
 * stored as the old version did (plain .json) and as now (.json.gz). Always run on a ~2 MB
 * workspace; BACKUP_BENCH=1 also runs the issue-8 large workspace (~20 MB) for the figures in
 * RELIABILITY.md:  BACKUP_BENCH=1 npx vitest run electron/services/backupSizes
 */
const MB = 1024 * 1024;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function twentyBackups(base: Workspace) {
  const root = await mkdtemp(join(tmpdir(), 'sb-backup-sizes-'));
  const backups = new BackupStore(join(root, 'backups'), join(root, 'plan.json'), { budgetBytes: 10_000 * MB });
  const start = Date.UTC(2026, 5, 1, 9);
  let plainBytes = 0;
  let writeMs = 0;
  const hashes: string[] = [];
  for (let i = 0; i < 20; i += 1) {
    const text = serializeWorkspace({ ...base, name: `${base.name} — edit ${i}` });
    plainBytes += Buffer.byteLength(text);
    hashes.push(sha256(text));
    const began = performance.now();
    await backups.add(text, i === 0 ? 'open' : 'edit', new Date(start + i * 61_000));
    writeMs += performance.now() - began;
  }
  const files = await readdir(backups.folder);
  let storedBytes = 0;
  for (const file of files) storedBytes += (await stat(join(backups.folder, file))).size;
  const list = await backups.list();
  const began = performance.now();
  const newest = await backups.read(list[0]!.id);
  const readMs = performance.now() - began;
  await rm(root, { recursive: true, force: true });
  return { count: files.length, plainBytes, storedBytes, writeMs: writeMs / 20, readMs, exact: sha256(newest) === hashes.at(-1) };
}

function report(label: string, r: Awaited<ReturnType<typeof twentyBackups>>) {
  console.log(`[backup sizes] ${label}: 20 backups of ${(r.plainBytes / 20 / MB).toFixed(1)} MB — plain ${(r.plainBytes / MB).toFixed(0)} MB, ` +
    `compressed ${(r.storedBytes / MB).toFixed(1)} MB (${((100 * r.storedBytes) / r.plainBytes).toFixed(1)} %); ` +
    `a backup takes ${r.writeMs.toFixed(0)} ms to compress and write, ${r.readMs.toFixed(0)} ms to read back`);
}

describe('backup compression', () => {
  it('stores 20 backups of a ~2 MB workspace in under a quarter of the plain size, read back exactly', async () => {
    const r = await twentyBackups(generateWorkspace({ campaigns: 1_000, documents: 100, strategies: 10 }));
    report('generated workspace', r);
    expect(r.count).toBe(20);
    expect(r.exact).toBe(true);
    expect(r.storedBytes).toBeLessThan(r.plainBytes / 4);
  }, 60_000);

  it.runIf(process.env.BACKUP_BENCH === '1')('the issue-8 large workspace (~20 MB)', async () => {
    const r = await twentyBackups(largeWorkspace(new Date('2026-06-01T09:00:00Z')));
    report('issue-8 large workspace', r);
    expect(r.exact).toBe(true);
  }, 600_000);
});
