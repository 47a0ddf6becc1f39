import { lstat, mkdir, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { RpcFailure } from '../../shared/contract/errors';
import { writeFileAtomic } from './atomicWrite';
import { nameWithLabel } from './shortNames';
import { describeIoError } from './workspaceFile';

/**
 * A new file named "<workspace name> <label>" (a recovered backup, my unsaved changes, their
 * version, a copy) beside the workspace, with the workspace's mode, so a colleague on the same share
 * can read it; where that folder takes no file (read-only, gone), owner-only in the app's fallback
 * folder. Never replaces anything. Returns where it went.
 */
export async function writeBesideWorkspace(workspacePath: string, label: string, content: string | Uint8Array, fallbackDir: string | null): Promise<string> {
  const name = nameWithLabel(basename(workspacePath), label);
  const mode = await stat(workspacePath).then((info) => info.mode & 0o777, () => 0o600);
  let firstError: unknown;
  try {
    return await writeNew(join(dirname(workspacePath), name), content, mode);
  } catch (error) {
    firstError = error;
  }
  if (!fallbackDir) throw new RpcFailure('io', `Could not write ${name} beside ${workspacePath}: ${describeIoError(firstError)}`);
  try {
    await mkdir(fallbackDir, { recursive: true, mode: 0o700 });
    return await writeNew(join(fallbackDir, name), content, 0o600);
  } catch (error) {
    throw new RpcFailure('io', `Could not write ${name} beside ${workspacePath} (${describeIoError(firstError)}) nor in ${fallbackDir} (${describeIoError(error)}).`);
  }
}

async function writeNew(path: string, content: string | Uint8Array, mode: number): Promise<string> {
  // lstat: a dangling symlink is "something there" too (writing would follow it).
  if (await lstat(path).then(() => true, () => false)) throw Object.assign(new Error(`${path} already exists`), { code: 'EEXIST' });
  await writeFileAtomic(path, content, { mode });
  return path;
}

/** "2026-12-07 213015": the time in a copy's name (to the second, so two copies a minute apart never collide). */
export function stampForName(now = new Date()): string {
  return now.toISOString().slice(0, 19).replace('T', ' ').replace(/:/g, '');
}
