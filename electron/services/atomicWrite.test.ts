import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanStaleTempFiles, writeFileAtomic } from './atomicWrite';
import { tempPathFor } from './tempNames';

/** 83 Chinese characters (3 bytes each) + ".json": 254 bytes, about the longest name Linux allows (255). */
const LONGEST_NAME = `${'战'.repeat(83)}.json`;

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
    await writeFile(join(dir, '.w.json.1234.abcdef012345.tmp'), 'half'); // the older, long form
    await writeFile(join(dir, '.other.json.1234.abcdef012345.tmp'), 'another file’s'); // another file's temp
    await writeFile(join(dir, 'notes.tmp'), 'user file');
    await cleanStaleTempFiles(target);
    expect((await readdir(dir)).sort()).toEqual(['.other.json.1234.abcdef012345.tmp', 'notes.tmp', 'w.json']);
  });
});

describe('temp file names fit beside any file name', () => {
  it('saves a file whose name is 254 bytes long (the old ".<name>.<pid>.<hex>.tmp" overflowed 255)', async () => {
    expect(Buffer.byteLength(LONGEST_NAME)).toBe(254);
    const dir = await mkdtemp(join(tmpdir(), 'sb-atomic-'));
    const target = join(dir, LONGEST_NAME);
    await writeFile(target, 'old');
    await writeFileAtomic(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual([LONGEST_NAME]);
  });

  it('names temp files ".sb-<name hash>-<pid>-<hex>.tmp", at most 40 bytes', () => {
    const name = tempPathFor(join('/x', LONGEST_NAME)).slice(3);
    expect(name).toMatch(new RegExp(`^\\.sb-[0-9a-f]{8}-${process.pid}-[0-9a-f]{12}\\.tmp$`));
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(40);
  });

  it('cleans the short-form temp files of its own file only', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sb-atomic-'));
    const target = join(dir, LONGEST_NAME);
    const other = join(dir, 'other.json');
    await writeFile(target, '{}');
    const mine = tempPathFor(target).replace(`-${process.pid}-`, '-999999-');
    const theirs = tempPathFor(other);
    await writeFile(mine, 'half');
    await writeFile(theirs, 'half');
    await cleanStaleTempFiles(target);
    const names = await readdir(dir);
    expect(names).not.toContain(mine.slice(dir.length + 1));
    expect(names).toContain(theirs.slice(dir.length + 1));
  });
});
