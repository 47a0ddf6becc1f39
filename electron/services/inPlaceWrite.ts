import { open, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { syncFolder } from './syncFolder';
import { tempPathFor } from './tempNames';

/**
 * Writes `bytes` into the existing file `target` itself — same inode — for a file with several
 * hard links, where the usual new-file-and-rename would leave the other names holding the old
 * content (the links would silently split).
 *
 * The trade-off: this is not atomic. Someone reading the file during the write can see a mix,
 * and a crash or power cut in the middle leaves the file torn. What limits the damage:
 * 1. the new content is first written and fsynced to a safety copy beside the file
 *    (".sb-…-<pid>-….safe.tmp"); if the write is cut off, that copy holds the whole new state and
 *    cleanStaleTempFiles keeps it (it only removes a safety copy the file already matches);
 * 2. the old content is read first, and put back if the write fails half way (disk full while the
 *    file grows), so an error leaves the file as it was;
 * 3. the backups keep earlier states.
 * So only a crash during the write itself costs a torn file, and then the safety copy has it all.
 */
export async function writeInPlace(target: string, bytes: Uint8Array, options: { safetyMode: number; mode?: number }): Promise<void> {
  const safety = tempPathFor(target, 'safety');
  const copy = await open(safety, 'wx', options.safetyMode);
  try {
    await copy.writeFile(bytes);
    await copy.sync();
  } catch (error) {
    await copy.close().catch(() => {});
    await rm(safety, { force: true });
    throw error;
  }
  await copy.close();
  await syncFolder(dirname(target));

  const handle = await open(target, 'r+');
  try {
    const old = await handle.readFile();
    try {
      await replaceContent(handle, bytes);
      if (options.mode !== undefined && process.platform !== 'win32') await handle.chmod(options.mode);
    } catch (error) {
      // Put the old bytes back (their blocks are still allocated, so this normally succeeds); the
      // safety copy is then not needed. If even that fails the safety copy stays: it is whole.
      const restored = await replaceContent(handle, old).then(() => true, () => false);
      if (restored) await rm(safety, { force: true }).catch(() => {});
      throw error;
    }
  } finally {
    await handle.close();
  }
  await rm(safety, { force: true });
  await syncFolder(dirname(target));
}

/** Writes all of `bytes` from the start of the file, cuts what is left of the old content, fsyncs. */
async function replaceContent(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let written = 0;
  while (written < bytes.byteLength) {
    const { bytesWritten } = await handle.write(bytes, written, bytes.byteLength - written, written);
    written += bytesWritten;
  }
  await handle.truncate(bytes.byteLength);
  await handle.sync();
}
