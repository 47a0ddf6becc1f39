import { open } from 'node:fs/promises';

/**
 * fsync of a folder, so a rename or a new file in it survives a power cut (the file's own fsync
 * covers its bytes, not the folder entry that names it).
 */
export async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return; // folders cannot be opened for fsync on Windows
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some file systems refuse fsync on folders; the rename is still atomic there.
  }
}
