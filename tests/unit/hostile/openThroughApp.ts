import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { expect } from 'vitest';
import type { RpcResult } from '../../../shared/contract/errors';
import type { Session } from '../../../shared/contract/session';
import { createServices } from '../../../electron/services/createServices';
import type { Services } from '../../../electron/services/serviceTypes';
import { lockPathFor } from '../../../electron/services/workspaceLock';

/**
 * Opens a workspace file the way the app does (createServices: the same code behind the desktop
 * IPC and the web-mode HTTP server), once as the start-up path (command line / last workspace)
 * and once through the openWorkspace call the UI makes, and proves the file was never written.
 */

export async function scratchDir(prefix = 'sb-hostile-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** What a write would change: content hash, size, inode (an atomic rename replaces it), mtime. */
export interface FileFingerprint {
  sha256: string;
  size: number;
  ino: number;
  mtimeMs: number;
  siblings: string[];
}

/**
 * `whileOpen`: the app's advisory lock file beside a workspace it has open (one writer per file)
 * is expected then, and must be gone after close — fingerprints taken after close list it.
 */
export async function fingerprint(file: string, options: { whileOpen?: boolean } = {}): Promise<FileFingerprint> {
  const [bytes, info, siblings] = await Promise.all([readFile(file), stat(file), readdir(dirname(file))]);
  const lock = basename(lockPathFor(file));
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    size: info.size,
    ino: info.ino,
    mtimeMs: info.mtimeMs,
    siblings: siblings.filter((name) => !(options.whileOpen && name === lock)).sort(),
  };
}

export function unwrap<T>(result: RpcResult<unknown>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

export interface Opened {
  /** The session right after start-up with the file as the initial path. */
  atStartup: Session;
  /** The session the UI's openWorkspace call answered with. */
  viaOpenCall: Session;
  services: Services;
}

/** Starts the services with `file` as the initial workspace, then opens it again through dispatch. */
export async function openThroughApp(file: string, userDataDir: string): Promise<Opened> {
  const services = await createServices({ userDataDir, host: { kind: 'desktop', appVersion: 'hostile-test' }, initialPath: file });
  const atStartup = unwrap<Session>(await services.dispatch('getSession', {}));
  const viaOpenCall = unwrap<Session>(await services.dispatch('openWorkspace', { path: file }));
  return { atStartup, viaOpenCall, services };
}

/** For a file that failed to open: no edit and no save can reach it. */
export async function expectNoWayToWrite(services: Services): Promise<void> {
  const change = await services.dispatch('runOperation', { baseRevision: 0, op: 'workspace.rename', args: { name: 'Overwritten' }, at: '2026-05-01T09:00:00.000Z' });
  expect(change.ok ? 'accepted' : change.error.code).toBe('not-open');
  const save = await services.dispatch('saveNow', {});
  expect(save.ok ? 'saved' : save.error.code).toBe('not-open');
}

export function failedProblem(session: Session) {
  if (session.state !== 'failed') throw new Error(`expected the file to be refused, but it opened (${session.filePath})`);
  return session.problem;
}

export function openedSession(session: Session) {
  if (session.state !== 'open') throw new Error(`expected the file to open, but it failed: ${session.problem.kind} — ${session.problem.detail}`);
  return session;
}

/** The user-facing lines of a problem: "path — reason", as RecoveryScreen lists them. */
export function issueLines(session: Session): string[] {
  return failedProblem(session).issues.map((issue) => `${issue.path} — ${issue.en}`);
}

export function expectNotPolluted(): void {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).toBeUndefined();
  expect(probe.isAdmin).toBeUndefined();
  expect(probe.schemaVersion).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect((Object as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect((Function.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
}
