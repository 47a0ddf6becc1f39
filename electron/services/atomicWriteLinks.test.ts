import { link, lstat, mkdir, mkdtemp, readdir, readFile, readlink, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { cleanStaleTempFiles, describeHardLinks, writeFileAtomic } from './atomicWrite';
import { tempPathFor } from './tempNames';

/** Symbolic and hard links (issue 14, item 4). Windows needs privileges for symlinks: these run on POSIX. */
const posix = process.platform !== 'win32';
let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'sb-links-'));
  await mkdir(join(root, 'synced'));
  await mkdir(join(root, 'desktop'));
});

describe.runIf(posix)('saving through a symbolic link', () => {
  it('writes the target, beside the target, and the link stays a link', async () => {
    const target = join(root, 'synced', 'plan.json');
    const linkPath = join(root, 'desktop', 'plan.json');
    await writeFile(target, 'old');
    await symlink(target, linkPath);
    await writeFileAtomic(linkPath, 'new');
    expect((await lstat(linkPath)).isSymbolicLink()).toBe(true);
    expect(await readlink(linkPath)).toBe(target);
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(join(root, 'desktop'))).toEqual(['plan.json']);
    expect(await readdir(join(root, 'synced'))).toEqual(['plan.json']);
  });

  it('follows relative links, chains of links and a linked folder', async () => {
    const target = join(root, 'synced', 'plan.json');
    await writeFile(target, 'old');
    await symlink('../synced/plan.json', join(root, 'desktop', 'first.json'));
    await symlink('first.json', join(root, 'desktop', 'second.json'));
    await symlink(join(root, 'synced'), join(root, 'linked-folder'));
    await writeFileAtomic(join(root, 'desktop', 'second.json'), 'via chain');
    expect(await readFile(target, 'utf8')).toBe('via chain');
    await writeFileAtomic(join(root, 'linked-folder', 'plan.json'), 'via folder');
    expect(await readFile(target, 'utf8')).toBe('via folder');
    expect((await lstat(join(root, 'desktop', 'second.json'))).isSymbolicLink()).toBe(true);
    expect((await lstat(join(root, 'linked-folder'))).isSymbolicLink()).toBe(true);
  });

  it('creates the file a dangling link points at, keeping the link', async () => {
    const target = join(root, 'synced', 'new.json');
    const linkPath = join(root, 'desktop', 'new.json');
    await symlink(target, linkPath);
    await writeFileAtomic(linkPath, 'first');
    expect((await lstat(linkPath)).isSymbolicLink()).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('first');
  });

  it('never replaces what a link points at when that is not a regular file (a folder here)', async () => {
    await symlink(join(root, 'synced'), join(root, 'desktop', 'folder.json'));
    await expect(writeFileAtomic(join(root, 'desktop', 'folder.json'), 'x')).rejects.toMatchObject({ code: 'EINVAL' });
    expect((await lstat(join(root, 'synced'))).isDirectory()).toBe(true);
  });

  it('refuses a loop of links instead of spinning', async () => {
    await symlink(join(root, 'b.json'), join(root, 'a.json'));
    await symlink(join(root, 'a.json'), join(root, 'b.json'));
    await expect(writeFileAtomic(join(root, 'a.json'), 'x')).rejects.toMatchObject({ code: 'ELOOP' });
  });

  it('cleans stale temp files beside the target of a link', async () => {
    const target = join(root, 'synced', 'plan.json');
    const linkPath = join(root, 'desktop', 'plan.json');
    await writeFile(target, '{}');
    await symlink(target, linkPath);
    const stale = tempPathFor(target).replace(`-${process.pid}-`, '-999999-');
    await writeFile(stale, 'half');
    await writeFile(join(root, 'desktop', '.plan.json.1234.abcdef012345.tmp'), 'half, older version, beside the link');
    await cleanStaleTempFiles(linkPath);
    expect(await readdir(join(root, 'synced'))).toEqual(['plan.json']);
    expect(await readdir(join(root, 'desktop'))).toEqual(['plan.json']);
  });
});

describe.runIf(posix)('saving a hard-linked file', () => {
  it('describes the link count', async () => {
    const a = join(root, 'synced', 'a.json');
    await writeFile(a, 'x');
    expect(await describeHardLinks(a)).toBe(1);
    await link(a, join(root, 'desktop', 'b.json'));
    expect(await describeHardLinks(a)).toBe(2);
    expect(await describeHardLinks(join(root, 'nothing.json'))).toBe(0);
  });

  it('by default replaces the file, which splits the links (the other name keeps the old content)', async () => {
    const a = join(root, 'synced', 'a.json');
    const b = join(root, 'desktop', 'b.json');
    await writeFile(a, 'old');
    await link(a, b);
    await writeFileAtomic(a, 'new');
    expect(await readFile(b, 'utf8')).toBe('old');
    expect(await describeHardLinks(a)).toBe(1);
  });

  it('with inPlaceForHardLinks writes the same inode: every name shows the new content', async () => {
    const a = join(root, 'synced', 'a.json');
    const b = join(root, 'desktop', 'b.json');
    await writeFile(a, 'the old content, longer than the new one');
    await link(a, b);
    const inode = (await stat(a)).ino;
    await writeFileAtomic(a, 'new', { inPlaceForHardLinks: true });
    expect(await readFile(b, 'utf8')).toBe('new');
    expect((await stat(a)).ino).toBe(inode);
    expect(await describeHardLinks(b)).toBe(2);
    await writeFileAtomic(b, 'grown again, much longer than before', { inPlaceForHardLinks: true });
    expect(await readFile(a, 'utf8')).toBe('grown again, much longer than before');
    expect(await readdir(join(root, 'synced'))).toEqual(['a.json']); // the safety copy is gone
  });

  it('a single-link file is still replaced atomically with inPlaceForHardLinks', async () => {
    const a = join(root, 'synced', 'a.json');
    await writeFile(a, 'old');
    const inode = (await stat(a)).ino;
    await writeFileAtomic(a, 'new', { inPlaceForHardLinks: true });
    expect((await stat(a)).ino).not.toBe(inode);
  });

  it('keeps the safety copy of an in-place write that was cut off, removes one that finished', async () => {
    const a = join(root, 'synced', 'a.json');
    await writeFile(a, '{"torn":');
    const cutOff = tempPathFor(a, 'safety').replace(`-${process.pid}-`, '-999998-');
    await writeFile(cutOff, '{"whole":true}');
    const finished = tempPathFor(a, 'safety').replace(`-${process.pid}-`, '-999999-');
    await writeFile(finished, '{"torn":');
    await cleanStaleTempFiles(a);
    expect((await readdir(join(root, 'synced'))).sort()).toEqual([cutOff.split('/').pop(), 'a.json'].sort());
  });
});
