import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';

/**
 * Is the file on disk still the one this session last read or wrote? Checked before every write
 * and by the change watcher. Cheap first: device, inode, size and modification time to the
 * nanosecond; the content hash only when one of them moved (a sync tool that rewrites the same
 * bytes, a `touch`, a copy back from a backup), so an unchanged file costs one stat.
 */
export interface FileIdentity {
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  /** sha256 of the bytes, as written or read. */
  hash: string;
}

export type DiskCheck =
  | { kind: 'same' }
  /** Other bytes now (or the file is unreadable: `bytes` null). */
  | { kind: 'changed'; bytes: Buffer | null; identity: FileIdentity | null; modifiedAt: string | null }
  | { kind: 'missing' };

export function hashBytes(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The identity of the file at `path` now, given the hash of the bytes it is known to hold. */
export async function identityOf(path: string, hash: string): Promise<FileIdentity> {
  const info = await stat(path, { bigint: true });
  return { dev: info.dev, ino: info.ino, size: info.size, mtimeNs: info.mtimeNs, hash };
}

/** An identity no file has: the next check reads and hashes the file. */
export function hashOnlyIdentity(hash: string): FileIdentity {
  return { dev: -1n, ino: -1n, size: -1n, mtimeNs: -1n, hash };
}

function sameStat(a: FileIdentity, b: Omit<FileIdentity, 'hash'>): boolean {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs;
}

/**
 * Compares the file with what the session knows. Returns 'same' with an updated identity when only
 * the metadata moved (same bytes), so the next check is one stat again.
 */
export async function checkDisk(path: string, known: FileIdentity): Promise<{ check: DiskCheck; identity: FileIdentity }> {
  let info;
  try {
    info = await stat(path, { bigint: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { check: { kind: 'missing' }, identity: known };
    throw error;
  }
  const now = { dev: info.dev, ino: info.ino, size: info.size, mtimeNs: info.mtimeNs };
  if (sameStat(known, now)) return { check: { kind: 'same' }, identity: known };
  const modifiedAt = info.mtime.toISOString();
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return { check: { kind: 'changed', bytes: null, identity: null, modifiedAt }, identity: known };
  }
  const hash = hashBytes(bytes);
  // Stat again after reading: a writer still busy would give a torn read; the next check sees it settle.
  const after = await stat(path, { bigint: true }).catch(() => null);
  const settled = after !== null && after.size === BigInt(bytes.length) && after.mtimeNs === info.mtimeNs && after.ino === info.ino;
  const identity: FileIdentity = { ...now, size: BigInt(bytes.length), hash };
  if (hash === known.hash && settled) return { check: { kind: 'same' }, identity };
  return { check: { kind: 'changed', bytes, identity: settled ? identity : null, modifiedAt }, identity: known };
}
