import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { BackupInfo } from '../../shared/contract/session';
import { parseWorkspaceText } from '../../shared/workspace/parseWorkspace';
import { writeFileAtomic } from './atomicWrite';

export const BACKUP_POLICY = {
  /** How many distinct saved states are kept per workspace file. */
  keep: 20,
  /** While editing, at most one backup per this many milliseconds. */
  minEditIntervalMs: 60_000,
} as const;

type Reason = BackupInfo['reason'];
const NAME_PATTERN = /^(\d{8}T\d{9}Z)-(open|edit)-([0-9a-f]{12})\.json$/;
/** A backup's temp file as writeFileAtomic names it: ".<backup name>.<pid>.<hex>.tmp". */
const TEMP_PATTERN = /^\.\d{8}T\d{9}Z-(?:open|edit)-[0-9a-f]{12}\.json\.(\d+)\.[0-9a-f]{12}\.tmp$/;

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

function timestampForName(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, ''); // 20261122T195537123Z
}

function savedAtFromName(stamp: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(stamp);
  if (!m) return new Date(0).toISOString();
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`;
}

/**
 * Rolling backups of one workspace file, in the app's backups folder (never beside the
 * user's file, so a shared folder or USB stick does not fill up). One folder per workspace path.
 */
export class BackupStore {
  readonly folder: string;
  private lastBackupAt = 0;

  constructor(backupsRoot: string, workspacePath: string) {
    const absolute = resolve(workspacePath);
    const slug = basename(absolute).replace(/\.json$/i, '').replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'workspace';
    this.folder = join(backupsRoot, `${slug}-${createHash('sha256').update(absolute).digest('hex').slice(0, 10)}`);
  }

  async list(): Promise<BackupInfo[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return [];
    }
    const infos: BackupInfo[] = [];
    for (const name of names.filter((n) => NAME_PATTERN.test(n)).sort().reverse()) {
      const match = NAME_PATTERN.exec(name)!;
      const size = await stat(join(this.folder, name)).then((s) => s.size, () => -1);
      if (size >= 0) infos.push({ id: name, savedAt: savedAtFromName(match[1]!), sizeBytes: size, reason: match[2] as Reason });
    }
    return infos;
  }

  /** Saves `text` as a backup unless it equals the newest one. Returns whether one was written. */
  async add(text: string, reason: Reason, now = new Date()): Promise<boolean> {
    const hash = contentHash(text);
    const newest = (await this.list())[0];
    if (newest && NAME_PATTERN.exec(newest.id)![3] === hash) return false;
    await mkdir(this.folder, { recursive: true });
    let name = `${timestampForName(now)}-${reason}-${hash}.json`;
    if (newest && newest.id >= name) name = `${timestampForName(new Date(Date.parse(newest.savedAt) + 1))}-${reason}-${hash}.json`;
    await writeFileAtomic(join(this.folder, name), text);
    this.lastBackupAt = now.getTime();
    await this.rotate();
    return true;
  }

  /** The editing rule: at most one backup a minute, only of distinct content. */
  async addWhileEditing(text: string, now = new Date()): Promise<boolean> {
    if (now.getTime() - this.lastBackupAt < BACKUP_POLICY.minEditIntervalMs) return false;
    return this.add(text, 'edit', now);
  }

  /** Marks the time of the open backup so editing backups wait a minute after it. */
  markOpened(now = new Date()): void {
    this.lastBackupAt = now.getTime();
  }

  async read(id: string): Promise<string> {
    if (!NAME_PATTERN.test(id)) throw new Error('Not a backup name.');
    return readFile(join(this.folder, id), 'utf8');
  }

  /** Newest backup that still parses and validates (a backup on a failing disk may not). */
  async newestGood(): Promise<BackupInfo | null> {
    for (const info of await this.list()) {
      try {
        if (parseWorkspaceText(await this.read(info.id)).ok) return info;
      } catch {
        // unreadable backup: try the next older one
      }
    }
    return null;
  }

  private async rotate(): Promise<void> {
    const all = await this.list();
    await Promise.all(all.slice(BACKUP_POLICY.keep).map((info) => rm(join(this.folder, info.id), { force: true })));
    await this.removeStaleTempFiles();
  }

  /**
   * A process killed while writing a backup leaves its temp file behind; it is never listed,
   * but would stay forever. Another process's temp files go (this process's may still be in
   * flight, and a backup store is used by one app instance at a time).
   */
  private async removeStaleTempFiles(): Promise<void> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const stale = names.filter((name) => {
      const match = TEMP_PATTERN.exec(name);
      return match !== null && Number(match[1]) !== process.pid;
    });
    await Promise.all(stale.map((name) => rm(join(this.folder, name), { force: true }).catch(() => {})));
  }
}
