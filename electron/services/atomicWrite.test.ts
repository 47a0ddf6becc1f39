import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanStaleTempFiles, writeFileAtomic } from './atomicWrite';

describe('writeFileAtomic', () => {
  it('replaces the content and leaves no temp file behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sb-atomic-'));
    const target = join(dir, 'w.json');
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new content');
    expect(await readFile(target, 'utf8')).toBe('new content');
    expect(await readdir(dir)).toEqual(['w.json']);
  });

  it('leaves the old file intact when the write fails', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sb-atomic-'));
    const target = join(dir, 'missing-folder', 'w.json');
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow();
  });

  it('writes many times in a row, concurrently, each call whole', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sb-atomic-'));
    const target = join(dir, 'w.json');
    const payloads = Array.from({ length: 20 }, (_, i) => JSON.stringify({ i, pad: 'x'.repeat(10_000 * (i + 1)) }));
    await Promise.all(payloads.map((p) => writeFileAtomic(target, p)));
    expect(payloads).toContain(await readFile(target, 'utf8'));
    expect(await readdir(dir)).toEqual(['w.json']);
  });

  it('cleans stale temp files of a killed writer, and only ours', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sb-atomic-'));
    const target = join(dir, 'w.json');
    await writeFile(target, '{}');
    await writeFile(join(dir, '.w.json.1234.abcdef012345.tmp'), 'half');
    await writeFile(join(dir, 'notes.tmp'), 'user file');
    await cleanStaleTempFiles(target);
    expect((await readdir(dir)).sort()).toEqual(['notes.tmp', 'w.json']);
  });
});
