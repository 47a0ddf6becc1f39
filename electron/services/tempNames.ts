import { createHash, randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/**
 * Names of the temp files writeFileAtomic leaves for a moment beside the file it writes.
 *
 * Short whatever the file is called: `.sb-<8 hex of the name>-<pid>-<12 hex>.tmp` is at most
 * ~40 bytes, so a file whose own name uses all 255 bytes a file system allows (85 Chinese
 * characters are 255 bytes of UTF-8) still gets a temp file. The old form, `.<name>.<pid>.<hex>.tmp`,
 * added 24–26 bytes to the name and so overflowed from a name of about 230 bytes on; it is still
 * recognised, so a killed older version's leftovers go.
 *
 * The name hash ties a temp file to its target, so cleaning one workspace's leftovers never
 * touches another's in the same folder (8 hex: a collision needs two names in one folder out of
 * ~4 billion, and then only a stale leftover is at stake).
 */
const NEW_FORM = /^\.sb-([0-9a-f]{8})-(\d+)-[0-9a-f]{12}\.tmp$/;
/** A safety copy of an in-place write (hard-linked files): kept when the write did not finish. */
const SAFETY_FORM = /^\.sb-([0-9a-f]{8})-(\d+)-[0-9a-f]{12}\.safe\.tmp$/;
const OLD_FORM = /^\.(.+)\.(\d+)\.[0-9a-f]{12}\.tmp$/;

export function nameTag(fileName: string): string {
  return createHash('sha256').update(fileName).digest('hex').slice(0, 8);
}

/** A fresh temp path beside `target` (which must already be the real path: see writeTarget.ts). */
export function tempPathFor(target: string, kind: 'temp' | 'safety' = 'temp'): string {
  const suffix = kind === 'safety' ? '.safe.tmp' : '.tmp';
  return join(dirname(target), `.sb-${nameTag(basename(target))}-${process.pid}-${randomBytes(6).toString('hex')}${suffix}`);
}

export interface TempNameMatch {
  /** The process that wrote it. */
  pid: number;
  /** A safety copy of an in-place write rather than an ordinary temp file. */
  safety: boolean;
}

/** Whether `name` is one of our temp files for the file called `fileName`; null when it is not. */
export function matchTempName(name: string, fileName: string): TempNameMatch | null {
  const tag = nameTag(fileName);
  const current = NEW_FORM.exec(name);
  if (current && current[1] === tag) return { pid: Number(current[2]), safety: false };
  const safety = SAFETY_FORM.exec(name);
  if (safety && safety[1] === tag) return { pid: Number(safety[2]), safety: true };
  const old = OLD_FORM.exec(name);
  if (old && old[1] === fileName) return { pid: Number(old[2]), safety: false };
  return null;
}

/** Any of our ordinary temp files, whatever file it was for (a folder only we write to: the backups). */
export function matchAnyTempName(name: string): TempNameMatch | null {
  const current = NEW_FORM.exec(name);
  if (current) return { pid: Number(current[2]), safety: false };
  const old = OLD_FORM.exec(name);
  if (old) return { pid: Number(old[2]), safety: false };
  return null;
}
