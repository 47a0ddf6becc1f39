import { randomBytes } from 'node:crypto';
import { lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * A tiny HTML page that sends the browser on to the app's secret link, readable by this user only.
 * `npm start` opens the browser on this FILE rather than on the link itself, because a command
 * line (xdg-open <link>) can be read by every user of the machine (`ps`), and the link is the key
 * to web mode.
 *
 * - The file is 0600 (written under a temporary name with that mode, then renamed into place, so
 *   it is never readable by others for a moment, and a symlink planted at the path is replaced,
 *   not followed).
 * - A missing folder is made 0700. An existing folder must belong to this user and be writable by
 *   nobody else: in a folder like /tmp another user could swap the file for a page of their own
 *   between our write and the browser's read. The folder is never chmod-ed (it may be /tmp or $HOME).
 */
export async function writeOwnerOnlyRedirectFile(path: string, url: string): Promise<string> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true, mode: 0o700 });
  const info = await lstat(folder);
  const uid = process.getuid?.();
  if (!info.isDirectory()) throw new Error(`The link file's folder is not a folder: ${folder}`);
  if (process.platform !== 'win32' && ((uid !== undefined && info.uid !== uid) || (info.mode & 0o022) !== 0)) {
    throw new Error(`The link file must go in a folder only you can write to (${folder} is not); the link is the key to web mode.`);
  }
  const temp = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, redirectPage(url), { mode: 0o600, flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return path;
}

/** A meta refresh to `url`, plus a plain link for a browser that does not follow it. */
export function redirectPage(url: string): string {
  const escaped = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<!doctype html><meta charset="utf-8"><meta name="referrer" content="no-referrer"><meta http-equiv="refresh" content="0;url=${escaped}"><title>Stratboard</title><a href="${escaped}">Open Stratboard</a>\n`;
}
