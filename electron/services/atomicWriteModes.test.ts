import { chmod, chown, mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomicWrite';

/** Modes and owners survive a save (issue 14, item 4). POSIX only: Windows has no mode bits to keep. */
const posix = process.platform !== 'win32';
const isRoot = posix && process.getuid?.() === 0;
const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

let dir: string;
let umaskBefore: number;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sb-modes-'));
  umaskBefore = process.umask();
});

afterEach(() => {
  process.umask(umaskBefore);
});

describe.runIf(posix)('a saved file keeps its mode', () => {
  it('keeps 0640 (group may read, others not) across a save', async () => {
    const target = join(dir, 'plan.json');
    await writeFile(target, 'old');
    await chmod(target, 0o640);
    await writeFileAtomic(target, 'new');
    expect(await modeOf(target)).toBe(0o640);
  });

  it('keeps 0664 (a shared folder: the group edits too) even under a strict umask', async () => {
    process.umask(0o077);
    const target = join(dir, 'plan.json');
    await writeFile(target, 'old');
    await chmod(target, 0o664);
    await writeFileAtomic(target, 'new');
    expect(await modeOf(target)).toBe(0o664);
  });

  it('gives a new file exactly the mode asked for, umask notwithstanding', async () => {
    process.umask(0o077);
    await writeFileAtomic(join(dir, 'copy.json'), 'x', { mode: 0o644 });
    expect(await modeOf(join(dir, 'copy.json'))).toBe(0o644);
    process.umask(0o000);
    await writeFileAtomic(join(dir, 'settings.json'), 'x', { mode: 0o600 });
    expect(await modeOf(join(dir, 'settings.json'))).toBe(0o600);
  });

  it('an explicit mode wins over the old one (settings.json written 0644 by an older version becomes 0600)', async () => {
    const target = join(dir, 'settings.json');
    await writeFile(target, '{}');
    await chmod(target, 0o644);
    await writeFileAtomic(target, '{"a":1}', { mode: 0o600 });
    expect(await modeOf(target)).toBe(0o600);
  });

  it('a new file without a mode gets 0644 less the umask, as before', async () => {
    process.umask(0o022);
    await writeFileAtomic(join(dir, 'new.json'), 'x');
    expect(await modeOf(join(dir, 'new.json'))).toBe(0o644);
  });
});

describe.runIf(isRoot)('a saved file keeps its owner', () => {
  it('root saving a user’s file leaves it the user’s (uid and gid 65534 here)', async () => {
    const target = join(dir, 'plan.json');
    await writeFile(target, 'old');
    await chown(target, 65534, 65534);
    await writeFileAtomic(target, 'new');
    const info = await stat(target);
    expect([info.uid, info.gid]).toEqual([65534, 65534]);
  });
});

if (!isRoot) console.log('[atomicWriteModes] not root: the owner-keeping test needs root to make a file of another user; skipped.');
