import { readFile, stat } from 'node:fs/promises';
import { decodeWorkspaceBytes } from '../../shared/workspace/decodeWorkspaceBytes';
import { parseWorkspaceText, type ParseProblem } from '../../shared/workspace/parseWorkspace';
import type { Workspace } from '../../shared/schema/workspace';
import type { FileProblem } from '../../shared/contract/session';
import { hashBytes } from './fileIdentity';

/** Beyond this a file is not a workspace anyone typed; refuse before reading it into memory. */
export const MAX_WORKSPACE_BYTES = 256 * 1024 * 1024;

export type ReadResult =
  /** hash: sha256 of the file's bytes, for the session's "is it still the file I read?" check. */
  | { ok: true; workspace: Workspace; text: string; fromVersion: number; newerVersion: number | null; writable: boolean; hash: string }
  | { ok: false; problem: Omit<FileProblem, 'newestGoodBackup'> };

export function isWritableMode(mode: number): boolean {
  // Mode bits, not access(): the app may run as root in tests, and root ignores permissions.
  return (mode & 0o222) !== 0;
}

/** Reads and validates a workspace file. Never writes; the caller decides what to show. */
export async function readWorkspaceFile(filePath: string): Promise<ReadResult> {
  let size: number;
  let writable: boolean;
  try {
    const info = await stat(filePath);
    if (info.isDirectory()) return failure(filePath, 'io', 'This path is a folder, not a workspace file.');
    // A pipe or a device (/dev/zero, /dev/random) would never end: refuse before reading.
    if (!info.isFile()) return failure(filePath, 'io', 'This path is not a regular file (it is a device, pipe or socket), so it is not a workspace file.');
    size = info.size;
    writable = isWritableMode(info.mode);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return failure(filePath, 'not-found', 'The file does not exist (it may have been moved, renamed or deleted).');
    return failure(filePath, 'io', describeIoError(error));
  }
  if (size > MAX_WORKSPACE_BYTES) {
    return failure(filePath, 'too-large', `The file is ${(size / 1024 / 1024).toFixed(0)} MB; workspaces are limited to ${MAX_WORKSPACE_BYTES / 1024 / 1024} MB.`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(filePath);
  } catch (error) {
    return failure(filePath, 'io', describeIoError(error));
  }
  return parseWorkspaceBytes(filePath, bytes, writable);
}

/** Decodes and validates bytes already read from `filePath` (open, or a version someone else saved). */
export function parseWorkspaceBytes(filePath: string, bytes: Buffer, writable: boolean): ReadResult {
  // Strict UTF-8: a lenient decode would open a GBK file with "�" and the next autosave would keep them.
  const decoded = decodeWorkspaceBytes(bytes);
  if (!decoded.ok) return failure(filePath, 'not-json', decoded.detail);
  const { text } = decoded;
  const parsed = parseWorkspaceText(text);
  if (!parsed.ok) return { ok: false, problem: fromParseProblem(filePath, parsed.problem) };
  return { ok: true, workspace: parsed.workspace, text, fromVersion: parsed.fromVersion, newerVersion: parsed.newerVersion, writable, hash: hashBytes(bytes) };
}

function fromParseProblem(filePath: string, problem: ParseProblem): Omit<FileProblem, 'newestGoodBackup'> {
  return { kind: problem.kind, filePath, detail: problem.detail, issues: problem.issues };
}

function failure(filePath: string, kind: FileProblem['kind'], detail: string): ReadResult {
  return { ok: false, problem: { kind, filePath, detail, issues: [] } };
}

export function describeIoError(error: unknown): string {
  const err = error as NodeJS.ErrnoException;
  switch (err.code) {
    case 'EACCES':
    case 'EPERM':
      return 'Permission denied: the file or its folder cannot be written or read by this user.';
    case 'EROFS':
      return 'The disk is read-only.';
    case 'ENOSPC':
      return 'The disk is full.';
    case 'ENOENT':
      return 'The file or its folder no longer exists.';
    default:
      return err.message ?? String(error);
  }
}

/** The one way workspace JSON is written, so files, backups and copies are byte-identical. */
export function serializeWorkspace(data: Workspace): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
