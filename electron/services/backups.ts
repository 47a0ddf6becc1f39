import { createHash } from 'node:crypto';
import { chmod, mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gunzip as gunzipCallback, gzip as gzipCallback } from 'node:zlib';
import type { BackupInfo } from '../../shared/contract/session';
import { parseWorkspaceText } from '../../shared/workspace/parseWorkspace';
import { writeFileAtomic } from './atomicWrite';
import { THINNING, BACKUP_BUDGET, chooseBackupsToKeep, defaultBudgetBytes } from './backupThinning';
import { matchAnyTempName } from './tempNames';

// Async zlib runs in libuv's thread pool: compressing a 20 MB workspace does not stall the app.
const gzip = promisify(gzipCallback);
const gunzip = promisify(gunzipCallback);

export const BACKUP_POLICY = {
  /** While editing, at most one backup per this many milliseconds. */
  minEditIntervalMs: 60_000,
  /** Which backups are kept as they age (backupThinning.ts). */
  thinning: THINNING,
  /** The size budget per workspace, unless the store is given one. */
  budget: BACKUP_BUDGET,
} as const;

type Reason = BackupInfo['reason'];
/**
 * A backup's id is its name: "<UTC time>-<reason>-<content hash>.json". On disk it is that name,
 * plus ".gz" when stored compressed (all new backups whose text shrinks; older versions wrote
 * plain ".json"). The id never carries ".gz", so it fits the contract's id and callers need not
 * know how a backup is stored.
 */
const ID_PATTERN = /^(\d{8}T\d{9}Z)-(open|edit|external)-([0-9a-f]{12})\.json$/;
const NAME_PATTERN = /^(\d{8}T\d{9}Z)-(open|edit|external)-([0-9a-f]{12})\.json(\.gz)?$/;
const POSIX = process.platform !== 'win32';

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

/** A name on disk (".json" or ".json.gz") or an id, as the id. */
function idOf(name: string): string {
  return name.endsWith('.gz') ? name.slice(0, -3) : name;
}

interface StoredBackup {
  info: BackupInfo;
  /** The file's name in the folder. */
  file: string;
}

export interface BackupStoreOptions {
  /** Size budget for this workspace's backups in bytes (stored sizes); default: defaultBudgetBytes of the workspace. */
  budgetBytes?: number;
}

/**
 * Backups of one workspace file, in the app's backups folder (never beside the user's file, so
 * a shared folder or USB stick does not fill up). One folder per workspace path; owner-only
 * (0700 folders, 0600 files) because they hold the whole plan's history. Stored gzip-compressed,
 * read back byte for byte; thinned as they age (backupThinning.ts).
 */
export class BackupStore {
  readonly folder: string;
  private lastBackupAt = 0;
  private folderChecked = false;

  constructor(private readonly backupsRoot: string, workspacePath: string, private readonly options: BackupStoreOptions = {}) {
    const absolute = resolve(workspacePath);
    // ASCII only, so at most 40 bytes + "-" + 10 hex: a short folder name whatever the file is called.
    const slug = basename(absolute).replace(/\.json$/i, '').replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'workspace';
    this.folder = join(backupsRoot, `${slug}-${createHash('sha256').update(absolute).digest('hex').slice(0, 10)}`);
  }

  async list(): Promise<BackupInfo[]> {
    return (await this.stored()).map((backup) => backup.info);
  }

  /** Saves `text` as a backup unless it equals the newest one. Returns whether one was written. */
  async add(text: string, reason: Reason, now = new Date()): Promise<boolean> {
    const hash = contentHash(text);
    const before = await this.stored();
    const newest = before[0];
    if (newest && ID_PATTERN.exec(newest.info.id)![3] === hash) {
      // The file opened as the newest backup left it: that backup IS the state at open, so it is
      // marked as such (and the thinning keeps it as the way back from this session).
      if (reason === 'open' && newest.info.reason !== 'open') await this.relabelAsOpen(newest);
      return false;
    }
    await this.prepareFolder();
    let id = `${timestampForName(now)}-${reason}-${hash}.json`;
    if (newest && newest.info.id >= id) id = `${timestampForName(new Date(Date.parse(newest.info.savedAt) + 1))}-${reason}-${hash}.json`;
    const plain = Buffer.from(text, 'utf8');
    const packed = await gzip(plain);
    // "When it helps": a tiny or incompressible text is stored as it is.
    const compress = packed.byteLength < plain.byteLength;
    const file = compress ? `${id}.gz` : id;
    await writeFileAtomic(join(this.folder, file), compress ? packed : plain, { mode: 0o600 });
    this.lastBackupAt = now.getTime();
    const added: StoredBackup = { file, info: { id, savedAt: savedAtFromName(id.slice(0, 19)), sizeBytes: compress ? packed.byteLength : plain.byteLength, reason } };
    await this.thin(now, plain.byteLength, [added, ...before]);
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

  /** The exact text that was backed up (also accepts the stored file name, ".json.gz"). */
  async read(idOrName: string): Promise<string> {
    const id = idOf(idOrName);
    if (!ID_PATTERN.test(id)) throw new Error('Not a backup name.');
    let packed: Buffer | null = null;
    try {
      packed = await readFile(join(this.folder, `${id}.gz`));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    // gunzip checks the CRC and the length: a damaged or cut-off backup throws rather than reads short.
    if (packed) return (await gunzip(packed)).toString('utf8');
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

  /** Newest first; sizeBytes is the size on disk (compressed). */
  private async stored(): Promise<StoredBackup[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch {
      return [];
    }
    const byId = new Map<string, StoredBackup>();
    for (const file of names.filter((n) => NAME_PATTERN.test(n))) {
      const id = idOf(file);
      if (byId.has(id)) continue; // both forms of one backup cannot both be written; keep the first seen
      const match = NAME_PATTERN.exec(file)!;
      const size = await stat(join(this.folder, file)).then((s) => s.size, () => -1);
      if (size >= 0) byId.set(id, { file, info: { id, savedAt: savedAtFromName(match[1]!), sizeBytes: size, reason: match[2] as Reason } });
    }
    return [...byId.values()].sort((a, b) => (a.info.id < b.info.id ? 1 : a.info.id > b.info.id ? -1 : 0));
  }

  private async relabelAsOpen(backup: StoredBackup): Promise<void> {
    const file = backup.file.replace(/-(edit|external)-/, '-open-');
    await rename(join(this.folder, backup.file), join(this.folder, file)).catch(() => {});
  }

  /**
   * Creates the folder owner-only, and once per store tightens folders an older version made
   * 0755 (anyone on the machine could read every backup).
   */
  private async prepareFolder(): Promise<void> {
    await mkdir(this.folder, { recursive: true, mode: 0o700 });
    if (this.folderChecked || !POSIX) return;
    await Promise.all([this.backupsRoot, this.folder].map((folder) => chmod(folder, 0o700).catch(() => {})));
    this.folderChecked = true;
  }

  /** Deletes what the thinning does not keep; `all` is the listing just after the new backup was written. */
  private async thin(now: Date, workspaceBytes: number, all: StoredBackup[]): Promise<void> {
    const keep = chooseBackupsToKeep(all.map((b) => b.info), now, this.options.budgetBytes ?? defaultBudgetBytes(workspaceBytes));
    await Promise.all(all.filter((b) => !keep.has(b.info.id)).map((b) => rm(join(this.folder, b.file), { force: true })));
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
      const match = matchAnyTempName(name);
      return match !== null && match.pid !== process.pid;
    });
    await Promise.all(stale.map((name) => rm(join(this.folder, name), { force: true }).catch(() => {})));
  }
}
