import { randomBytes } from 'node:crypto';
import { open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { hashBytes } from './fileIdentity';

/**
 * One writer per workspace file, across users and machines: an advisory lock file beside the
 * workspace saying who has it open, on which machine, since when. Advisory because sync tools
 * (OneDrive, Dropbox) deliver it late or not at all — the identity check before every write is the
 * real guard; the lock is what lets a second instance say "Open on <machine> by <user>" up front.
 *
 * Own code rather than proper-lockfile: the holder's name, machine and start time must be shown
 * to the second user, and its directory lock carries none of that.
 */
export const LOCK_HEARTBEAT_MS = 60_000;
/** A lock from another machine is stale when its heartbeat is older than this (that machine slept, crashed or lost the share). */
export const LOCK_STALE_MS = 10 * 60_000;

export const lockHolder = z.object({
  app: z.literal('Stratboard'),
  user: z.string().max(200),
  machine: z.string().max(200),
  pid: z.number().int(),
  since: z.string(),
  heartbeatAt: z.string(),
  instance: z.string().max(64),
});
export type LockHolder = z.infer<typeof lockHolder>;

export type LockAttempt =
  | { kind: 'acquired'; lock: WorkspaceLock }
  | { kind: 'held'; holder: LockHolder }
  /** The folder takes no lock file (read-only share): go on without one; the identity check still guards writes. */
  | { kind: 'unavailable' };

/** `.~lock.<start of name>.<hash>#` beside the workspace: short enough for any file name, and one per file. */
export function lockPathFor(workspacePath: string): string {
  const name = basename(workspacePath);
  let start = '';
  for (const char of name) {
    if (Buffer.byteLength(start + char) > 60) break;
    start += char;
  }
  return join(dirname(workspacePath), `.~lock.${start}.${hashBytes(name).slice(0, 8)}#`);
}

export interface LockIdentity {
  user: string;
  machine: string;
  pid: number;
}

export function currentIdentity(): LockIdentity {
  let user = process.env.USER ?? process.env.USERNAME ?? 'unknown';
  try {
    user = userInfo().username;
  } catch {
    // no passwd entry (containers): the environment's name will do
  }
  return { user, machine: hostname(), pid: process.pid };
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

/** Safe staleness: on this machine only a dead process; from elsewhere only a long-silent heartbeat. */
export function isStale(holder: LockHolder, me: LockIdentity, now: number, alive: (pid: number) => boolean = pidAlive): boolean {
  if (holder.machine === me.machine) return !alive(holder.pid);
  const beat = Date.parse(holder.heartbeatAt);
  return !Number.isFinite(beat) || now - beat > LOCK_STALE_MS;
}

async function readHolder(path: string): Promise<LockHolder | 'unreadable' | 'gone'> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : 'unreadable';
  }
  try {
    const parsed = lockHolder.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

export class WorkspaceLock {
  private timer: NodeJS.Timeout | null = null;

  private constructor(readonly path: string, private holder: LockHolder) {}

  static async acquire(workspacePath: string, me: LockIdentity = currentIdentity(), now = () => Date.now()): Promise<LockAttempt> {
    const path = lockPathFor(workspacePath);
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const stamp = new Date(now()).toISOString();
      const holder: LockHolder = { app: 'Stratboard', ...me, since: stamp, heartbeatAt: stamp, instance: randomBytes(8).toString('hex') };
      try {
        // 'wx': created only if absent, atomically — of two instances racing, one wins.
        const handle = await open(path, 'wx', 0o644);
        try {
          await handle.writeFile(`${JSON.stringify(holder)}\n`);
        } finally {
          await handle.close();
        }
        const lock = new WorkspaceLock(path, holder);
        lock.startHeartbeat(now);
        return { kind: 'acquired', lock };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'EEXIST') return { kind: 'unavailable' };
      }
      const existing = await readHolder(path);
      if (existing === 'gone') continue;
      if (existing === 'unreadable') {
        // A lock being written right now, or damaged: trust it while it is young.
        const age = await stat(path).then((s) => now() - s.mtimeMs, () => Infinity);
        if (age < LOCK_STALE_MS) return { kind: 'unavailable' };
      } else if (!isStale(existing, me, now())) {
        return { kind: 'held', holder: existing };
      }
      await rm(path, { force: true });
    }
    return { kind: 'unavailable' };
  }

  private startHeartbeat(now: () => number): void {
    this.timer = setInterval(() => {
      void this.beat(now());
    }, LOCK_HEARTBEAT_MS);
    this.timer.unref();
  }

  private async beat(at: number): Promise<void> {
    const current = await readHolder(this.path);
    // Someone took it over (our heartbeat stopped long enough to look stale): never write over theirs.
    if (current === 'gone' || current === 'unreadable' || current.instance !== this.holder.instance) return;
    this.holder = { ...this.holder, heartbeatAt: new Date(at).toISOString() };
    await writeFile(this.path, `${JSON.stringify(this.holder)}\n`).catch(() => {});
  }

  /** Removes the lock file if it is still ours. */
  async release(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const current = await readHolder(this.path);
    if (current !== 'gone' && current !== 'unreadable' && current.instance === this.holder.instance) await rm(this.path, { force: true });
  }
}
