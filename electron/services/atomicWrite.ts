import { open, readdir, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { writeInPlace } from './inPlaceWrite';
import { syncFolder } from './syncFolder';
import { matchTempName, tempPathFor } from './tempNames';
import { resolveWriteTarget } from './writeTarget';

export { describeHardLinks } from './writeTarget';

const RETRYABLE_RENAME = new Set(['EPERM', 'EBUSY', 'EACCES']);
/** File modes mean little on Windows (only the read-only bit), and chown does not exist there. */
const POSIX = process.platform !== 'win32';

export interface AtomicWriteOptions {
  /**
   * The file's permission bits after the write, exactly (the umask does not narrow them). Without
   * it an existing file keeps its own mode and a new one gets 0644 less the umask. Callers pass the
   * workspace's mode for new files beside it (copies a colleague on the share must read too) and
   * 0600 for files in the user-data folder (backups, settings: they hold the plan or its history).
   */
  mode?: number;
  /**
   * A file with more than one hard link is written in place (see inPlaceWrite.ts for the price)
   * instead of replaced, so every name keeps showing the same, new content. Off by default.
   */
  inPlaceForHardLinks?: boolean;
}

/**
 * Writes `data` so that `target` holds either its old content or the new content, never a mix:
 * write a temp file in the same folder, fsync it, rename it over the target, fsync the folder.
 * A process killed at any moment leaves at worst a stray temp file, which cleanStaleTempFiles removes.
 *
 * Through a symbolic link the link's target is written (the temp file goes beside the target, so
 * the rename stays within one file system) and the link stays a link. The replaced file keeps its
 * mode and, where the OS lets us, its owner and group: saving a colleague's file on a share, or
 * running as root, must not take it over.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const real = await resolveWriteTarget(target);
  const existing = await stat(real).catch(() => null);
  // A folder, a device, a pipe: never swapped for a file (a link to /dev/null stays harmless).
  if (existing && !existing.isFile()) throw Object.assign(new Error(`${real} is not a regular file, so it is never replaced.`), { code: 'EINVAL' });
  if (options.inPlaceForHardLinks && existing?.isFile() && existing.nlink > 1) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    await writeInPlace(real, bytes, { safetyMode: existing.mode & 0o777, mode: options.mode });
    return;
  }
  const mode = options.mode ?? (existing ? existing.mode & 0o777 : null);
  const temp = tempPathFor(real);
  const handle = await open(temp, 'wx', mode ?? 0o644);
  try {
    await handle.writeFile(data);
    if (POSIX && existing) await keepOwner(handle, existing);
    // open()'s mode is narrowed by the umask; fchmod sets exactly what was asked for or was there.
    if (POSIX && mode !== null) await handle.chmod(mode);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => {});
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await renameWithRetry(temp, real);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(dirname(real));
}

/** The new file gets the old one's owner and group when they differ (root may; others may pick a group they are in). */
async function keepOwner(handle: FileHandle, existing: Stats): Promise<void> {
  const mine = await handle.stat();
  if (mine.uid === existing.uid && mine.gid === existing.gid) return;
  await handle.chown(existing.uid, existing.gid).catch(() => {
    // Not allowed (another user's file in a shared folder): the file becomes ours, as with any editor.
  });
}

/** Windows virus scanners and indexers hold files briefly; a short retry rides that out. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (process.platform !== 'win32' || !RETRYABLE_RENAME.has(code) || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
  }
}

/**
 * Removes temp files a killed writer left beside `target` — only ours, for this file (see
 * tempNames.ts), in both the current short form and the older long one. Looks beside the link
 * and beside its target when `target` is a symbolic link (older versions wrote beside the link).
 * A safety copy of an in-place write is removed only when the file already holds the same bytes;
 * otherwise the write was cut off and the copy is the only whole version of that save, so it stays.
 */
export async function cleanStaleTempFiles(target: string): Promise<void> {
  const given = resolve(target);
  const real = await resolveWriteTarget(given).catch(() => given);
  const places = new Map([[dirname(given), basename(given)], [dirname(real), basename(real)]]);
  for (const [folder, fileName] of places) {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      const match = matchTempName(name, fileName);
      if (!match) continue;
      const path = join(folder, name);
      if (match.safety && !(await sameBytes(path, join(folder, fileName)))) continue;
      await rm(path, { force: true }).catch(() => {});
    }
  }
}

async function sameBytes(a: string, b: string): Promise<boolean> {
  try {
    const [left, right] = await Promise.all([readFile(a), readFile(b)]);
    return left.equals(right);
  } catch {
    return false;
  }
}
