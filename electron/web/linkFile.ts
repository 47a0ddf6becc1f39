import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * A tiny HTML page that sends the browser on to the app's link, readable by this user only.
 * `npm start` opens the browser on this FILE rather than on the link itself, because a command
 * line (xdg-open <link>) can be read by every user of the machine (`ps`), and the link is the key
 * to web mode. The folder is made owner-only too.
 */
export async function writeOwnerOnlyRedirectFile(path: string, url: string): Promise<string> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  await chmod(dirname(path), 0o700).catch(() => {});
  const escaped = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const html = `<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${escaped}"><title>Stratboard</title><a href="${escaped}">Open Stratboard</a>\n`;
  await writeFile(path, html, { mode: 0o600 });
  await chmod(path, 0o600); // the umask may have widened an existing file's mode
  return path;
}
