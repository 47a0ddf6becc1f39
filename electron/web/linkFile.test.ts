import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redirectPage, writeOwnerOnlyRedirectFile } from './linkFile';

const LINK = 'http://127.0.0.1:4000/?key=AbC_-123';
const posix = process.platform !== 'win32';
let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'sb-linkfile-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

describe('the owner-only link file (what `npm start` opens instead of putting the link on a command line)', () => {
  it('redirects to the link, and keeps it out of any Referer', async () => {
    const path = await writeOwnerOnlyRedirectFile(join(root, 'link', 'open.html'), LINK);
    const html = await readFile(path, 'utf8');
    expect(html).toContain(`<meta http-equiv="refresh" content="0;url=${LINK}">`);
    expect(html).toContain(`<a href="${LINK}">`);
    expect(html).toContain('<meta name="referrer" content="no-referrer">');
  });

  it('escapes the link in HTML', () => {
    expect(redirectPage('http://127.0.0.1:1/?a="><script>&b')).not.toMatch(/"><script>|&b/);
  });

  it.skipIf(!posix)('is 0600 in a new 0700 folder, whatever the umask', async () => {
    const previous = process.umask(0);
    try {
      const path = await writeOwnerOnlyRedirectFile(join(root, 'a', 'b', 'open.html'), LINK);
      expect(await modeOf(path)).toBe(0o600);
      expect(await modeOf(join(root, 'a', 'b'))).toBe(0o700);
    } finally {
      process.umask(previous);
    }
  });

  it.skipIf(!posix)('narrows a file that was there already, and leaves no temporary file behind', async () => {
    const path = join(root, 'open.html');
    await chmod(root, 0o700);
    await writeFile(path, 'old', { mode: 0o644 });
    await chmod(path, 0o644);
    await writeOwnerOnlyRedirectFile(path, LINK);
    expect(await modeOf(path)).toBe(0o600);
    expect(await readFile(path, 'utf8')).toContain(LINK);
    expect(await readdir(root)).toEqual(['open.html']);
  });

  it.skipIf(!posix)('replaces a symlink planted at the path instead of writing through it', async () => {
    await chmod(root, 0o700);
    const victim = join(root, 'victim.txt');
    await writeFile(victim, 'keep me');
    const path = join(root, 'open.html');
    await symlink(victim, path);
    await writeOwnerOnlyRedirectFile(path, LINK);
    expect(await readFile(victim, 'utf8')).toBe('keep me');
    expect((await lstat(path)).isSymbolicLink()).toBe(false);
    expect(await modeOf(path)).toBe(0o600);
  });

  it.skipIf(!posix)('refuses a folder others can write to (another user could swap the page), and never chmods it', async () => {
    const shared = join(root, 'shared');
    await mkdir(shared);
    await chmod(shared, 0o1777); // like /tmp
    await expect(writeOwnerOnlyRedirectFile(join(shared, 'open.html'), LINK)).rejects.toThrow(/only you can write to/);
    expect(await readdir(shared)).toEqual([]);
    expect((await stat(shared)).mode & 0o7777).toBe(0o1777);
  });

  it.skipIf(!posix)('accepts an existing folder of this user that others can only read ($HOME, say), and leaves its mode alone', async () => {
    const home = join(root, 'home');
    await mkdir(home);
    await chmod(home, 0o755);
    const path = await writeOwnerOnlyRedirectFile(join(home, 'open.html'), LINK);
    expect(await modeOf(path)).toBe(0o600);
    expect(await modeOf(home)).toBe(0o755);
  });
});
