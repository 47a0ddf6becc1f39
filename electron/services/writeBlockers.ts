import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isWritableMode } from './workspaceFile';

/**
 * Why the workspace file cannot be written right now, before a save tries: its folder is gone (a
 * drive removed) or the file became read-only. Null when nothing stands in the way.
 */
export async function whyCannotWrite(path: string): Promise<{ code: 'vanished' | 'read-only'; message: string } | null> {
  const folder = dirname(path);
  if (!(await stat(folder).then((s) => s.isDirectory(), () => false))) {
    return { code: 'vanished', message: `The folder of the workspace file is gone (${folder}); was a drive removed? Your edits are kept in memory and will be saved when it is back.` };
  }
  const info = await stat(path).catch(() => null);
  if (info && !isWritableMode(info.mode)) {
    return { code: 'read-only', message: `The workspace file became read-only (${path}). Your edits are kept in memory and will be saved when it is writable again, or use Save a copy as….` };
  }
  return null;
}
