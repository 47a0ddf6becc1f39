import { lstat, readlink, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** Linux and macOS give up after 40 links in a row; so do we (a loop of links otherwise never ends). */
const MAX_LINK_HOPS = 40;

/**
 * The file a write to `path` must really replace. Through a symbolic link that is the link's
 * target: renaming a temp file over the link itself would turn the link into a plain file and
 * leave the real file (in the synced folder the link points into, say) untouched. A link that
 * points at nothing yet is followed too, so the file appears where the link says.
 * For a file that does not exist yet, its folder's real path is used (the folder may be a link).
 */
export async function resolveWriteTarget(path: string): Promise<string> {
  let current = resolve(path);
  for (let hops = 0; hops <= MAX_LINK_HOPS; hops += 1) {
    const real = await realpathOrMissing(current);
    if (real !== null) return real;
    const info = await lstat(current).catch(() => null);
    if (info?.isSymbolicLink()) {
      current = resolve(dirname(current), await readlink(current));
      continue;
    }
    // Nothing there yet: a new file in a folder that must exist (ENOENT from realpath if not).
    const folder = await realpathOrMissing(dirname(current));
    if (folder === null) throw Object.assign(new Error(`The folder ${dirname(current)} does not exist.`), { code: 'ENOENT' });
    return join(folder, basename(current));
  }
  throw Object.assign(new Error(`Too many symbolic links in a row at ${path}.`), { code: 'ELOOP' });
}

/**
 * realpath, or null when nothing is at `path`. A loop of links is an error; any other failure
 * (realpath is refused on some Windows RAM disks and virtual drives) gives the path as it is:
 * saving must not depend on realpath working where plain writes do.
 */
async function realpathOrMissing(path: string): Promise<string | null> {
  try {
    return await realpath(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'ELOOP') throw error;
    return path;
  }
}

/**
 * How many names the file at `path` has (its hard-link count; 0 when there is no file).
 * More than one means an atomic save (a new file renamed over the name) would leave the other
 * names holding the old content: the session can then ask writeFileAtomic to write in place.
 */
export async function describeHardLinks(path: string): Promise<number> {
  try {
    const info = await stat(path);
    return info.isFile() ? info.nlink : 0;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
}
