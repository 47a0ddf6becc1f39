import { stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { applyPatches, enablePatches, setAutoFreeze, type Patch } from 'immer';
import { Low } from 'lowdb';
import type { AppEvent } from '../../shared/contract/events';
import { RpcFailure } from '../../shared/contract/errors';
import type { WorkspacePatch } from '../../shared/contract/patch';
import type { FileProblem, ReadOnlyReason, SaveStatus, Session } from '../../shared/contract/session';
import { CURRENT_SCHEMA_VERSION, workspace as workspaceSchema, type Workspace } from '../../shared/schema/workspace';
import { summarizeIssues } from '../../shared/validation/issues';
import { firstIssues, safeParseStoppingEarly } from '../../shared/workspace/boundedIssues';
import { parseWorkspaceText } from '../../shared/workspace/parseWorkspace';
import { cleanStaleTempFiles, writeFileAtomic } from './atomicWrite';
import { BackupStore } from './backups';
import { ValidatedJsonAdapter } from './validatedJsonAdapter';
import { describeIoError, isWritableMode, readWorkspaceFile, serializeWorkspace } from './workspaceFile';

enablePatches();
setAutoFreeze(false); // the service owns its copy; freezing 5,000 campaigns per edit is wasted work

export interface SessionOptions {
  backupsRoot: string;
  emit: (event: AppEvent) => void;
  /** Save this long after the last edit ("within 1 s" is the promise; typing pauses are shorter). */
  debounceMs?: number;
  /** Under continuous editing, save at least this often. */
  maxWaitMs?: number;
  /** After a failed save (file gone, read-only, disk full), try again this often. */
  retryMs?: number;
}

interface OpenState {
  kind: 'open';
  path: string;
  db: Low<Workspace>;
  adapter: ValidatedJsonAdapter;
  backups: BackupStore;
  revision: number;
  readOnly: ReadOnlyReason | null;
  migratedFrom: number | null;
  save: SaveStatus;
  dirty: boolean;
}
interface FailedState {
  kind: 'failed';
  path: string;
  backups: BackupStore;
  problem: FileProblem;
}

/**
 * The open workspace: one file, validated in memory, saved atomically shortly after each
 * change, with rolling backups. A file that fails to load is never written to.
 */
export class WorkspaceSession {
  private state: OpenState | FailedState | null = null;
  private saveTimer: NodeJS.Timeout | null = null;
  private retryTimer: NodeJS.Timeout | null = null;
  private firstPendingAt = 0;
  private saving: Promise<void> | null = null;
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly retryMs: number;

  constructor(private readonly options: SessionOptions) {
    this.debounceMs = options.debounceMs ?? 300;
    this.maxWaitMs = options.maxWaitMs ?? 800;
    this.retryMs = options.retryMs ?? 3_000;
  }

  get currentPath(): string | null {
    return this.state?.path ?? null;
  }

  get backups(): BackupStore | null {
    return this.state?.backups ?? null;
  }

  async open(rawPath: string): Promise<Session> {
    await this.closeCurrent();
    const path = resolve(rawPath);
    const backups = new BackupStore(this.options.backupsRoot, path);
    await cleanStaleTempFiles(path);
    const result = await readWorkspaceFile(path);
    if (!result.ok) {
      this.state = { kind: 'failed', path, backups, problem: { ...result.problem, newestGoodBackup: await backups.newestGood() } };
      return this.getSession();
    }
    const adapter = new ValidatedJsonAdapter(path);
    const db = new Low<Workspace>(adapter, result.workspace);
    const readOnly: ReadOnlyReason | null = result.newerVersion !== null
      ? { reason: 'newer-version', fileVersion: result.newerVersion }
      : result.writable ? null : { reason: 'not-writable', fileVersion: null };
    await backups.add(result.text, 'open').catch(() => false); // a full backup disk must not block opening
    backups.markOpened();
    const modified = await stat(path).then((s) => s.mtime.toISOString(), () => null);
    this.state = {
      kind: 'open', path, db, adapter, backups, revision: 0, readOnly,
      migratedFrom: result.fromVersion < CURRENT_SCHEMA_VERSION ? result.fromVersion : null,
      save: { state: 'saved', lastSavedAt: modified, error: null }, dirty: false,
    };
    return this.getSession();
  }

  /** Writes a new workspace file (refusing to replace an existing one) and opens it. */
  async create(rawPath: string, data: Workspace): Promise<Session> {
    const path = resolve(rawPath);
    if (await stat(path).then(() => true, () => false)) {
      throw new RpcFailure('io', `A file already exists at ${path}. Choose another name; existing files are never replaced.`);
    }
    await this.writeNewFile(path, serializeWorkspace(workspaceSchema.parse(data)));
    return this.open(path);
  }

  getSession(): Session {
    const state = this.requireState();
    if (state.kind === 'failed') return { state: 'failed', problem: state.problem };
    return {
      state: 'open', filePath: state.path, workspace: state.db.data, revision: state.revision,
      readOnly: state.readOnly, save: state.save, migratedFrom: state.migratedFrom,
    };
  }

  applyChange(baseRevision: number, patches: WorkspacePatch[]): { revision: number; save: SaveStatus } {
    const state = this.requireOpen();
    if (state.readOnly) {
      throw new RpcFailure('read-only', state.readOnly.reason === 'newer-version'
        ? 'This workspace was saved by a newer version of Stratboard and is open read-only.'
        : 'This workspace file is read-only.');
    }
    if (baseRevision !== state.revision) {
      throw new RpcFailure('conflict', `The change was based on revision ${baseRevision}, but the workspace is at revision ${state.revision}.`);
    }
    let next: unknown;
    try {
      next = applyPatches(state.db.data, patches as Patch[]);
    } catch (error) {
      throw new RpcFailure('invalid-change', `The change does not fit the workspace: ${error instanceof Error ? error.message : String(error)}`);
    }
    // Stops at the first problem, then lists the first few (a change replacing a list with 100,000
    // broken items must not make zod build millions of issues in the main process).
    const checked = safeParseStoppingEarly(workspaceSchema, next);
    if (!checked.success) {
      const { issues } = firstIssues(workspaceSchema, next, 20);
      throw new RpcFailure('invalid-change', 'The change would make the workspace invalid; nothing was saved.', summarizeIssues(issues.length > 0 ? issues : checked.error.issues));
    }
    state.db.data = checked.data;
    state.revision += 1;
    state.dirty = true;
    this.setSave(state, { state: 'pending', lastSavedAt: state.save.lastSavedAt, error: state.save.error });
    this.scheduleSave();
    return { revision: state.revision, save: state.save };
  }

  /** Saves now if anything is pending; resolves when the file is written or the save failed. */
  async flush(): Promise<SaveStatus | null> {
    this.clearSaveTimer();
    for (;;) {
      const state = this.state;
      if (!state || state.kind !== 'open') return null;
      if (this.saving) {
        await this.saving;
        continue;
      }
      if (!state.dirty || state.readOnly) return state.save;
      await this.startSave();
      if (state.save.state === 'error') return state.save;
    }
  }

  async saveCopyAs(rawPath: string): Promise<string> {
    const state = this.requireOpen();
    const path = resolve(rawPath);
    if (path === state.path) throw new RpcFailure('io', 'Choose a different file for the copy; this is the open workspace.');
    await this.writeNewFile(path, serializeWorkspace(state.db.data), true);
    return path;
  }

  /** Writes a backup to a new "(recovered …)" file next to the workspace and opens it; the damaged file stays as it is. */
  async restoreBackup(backupId: string): Promise<Session> {
    const state = this.requireState();
    let text: string;
    try {
      text = await state.backups.read(backupId);
    } catch {
      throw new RpcFailure('io', `Backup ${backupId} could not be read.`);
    }
    const parsed = parseWorkspaceText(text);
    if (!parsed.ok) throw new RpcFailure('io', `Backup ${backupId} is damaged too; choose an older one.`, parsed.problem.issues);
    const stamp = new Date().toISOString().slice(0, 16).replace('T', ' ').replace(':', '');
    const ext = extname(state.path) || '.json';
    const name = `${basename(state.path, ext)} (recovered ${stamp})${ext}`;
    let target = join(dirname(state.path), name);
    try {
      await this.writeNewFile(target, text);
    } catch {
      target = join(this.options.backupsRoot, '..', 'recovered', name);
      await this.writeNewFile(target, text);
    }
    return this.open(target);
  }

  async close(): Promise<void> {
    await this.closeCurrent();
    this.state = null;
  }

  private async closeCurrent(): Promise<void> {
    await this.flush();
    this.clearSaveTimer();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private async writeNewFile(path: string, text: string, replace = false): Promise<void> {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(dirname(path), { recursive: true });
    if (!replace && (await stat(path).then(() => true, () => false))) {
      throw new RpcFailure('io', `A file already exists at ${path}.`);
    }
    try {
      await writeFileAtomic(path, text);
    } catch (error) {
      throw new RpcFailure('io', `Could not write ${path}: ${describeIoError(error)}`);
    }
  }

  private scheduleSave(): void {
    const now = Date.now();
    if (!this.saveTimer) this.firstPendingAt = now;
    this.clearSaveTimer(false);
    const delay = Math.max(0, Math.min(this.debounceMs, this.firstPendingAt + this.maxWaitMs - now));
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.flush();
    }, delay);
  }

  private clearSaveTimer(resetWindow = true): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    if (resetWindow) this.firstPendingAt = 0;
  }

  private startSave(): Promise<void> {
    this.saving = this.saveOnce().finally(() => {
      this.saving = null;
    });
    return this.saving;
  }

  private async saveOnce(): Promise<void> {
    const state = this.state;
    if (!state || state.kind !== 'open' || !state.dirty || state.readOnly) return;
    const revision = state.revision;
    this.setSave(state, { state: 'saving', lastSavedAt: state.save.lastSavedAt, error: state.save.error });
    const blocked = await this.whyCannotWrite(state.path);
    if (blocked) return this.failSave(state, blocked.code, blocked.message);
    const wasMissing = !(await stat(state.path).then(() => true, () => false));
    try {
      await state.db.write();
    } catch (error) {
      if (error instanceof RpcFailure) return this.failSave(state, 'io', error.message);
      const code = (error as NodeJS.ErrnoException).code;
      const kind = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'read-only' : code === 'ENOENT' ? 'vanished' : 'io';
      return this.failSave(state, kind, `${state.path}: ${describeIoError(error)} Your edits are kept in memory and will be saved as soon as possible.`);
    }
    if (state.revision === revision) state.dirty = false;
    const warning = wasMissing
      ? { code: 'vanished' as const, message: `The workspace file had been moved or deleted; your work was written again to ${state.path}.` }
      : null;
    this.setSave(state, { state: state.dirty ? 'pending' : 'saved', lastSavedAt: new Date().toISOString(), error: warning });
    if (state.adapter.lastWrittenText) await state.backups.addWhileEditing(state.adapter.lastWrittenText).catch(() => false);
    if (state.dirty) this.scheduleSave();
  }

  private async whyCannotWrite(path: string): Promise<{ code: 'vanished' | 'read-only'; message: string } | null> {
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

  private failSave(state: OpenState, code: 'vanished' | 'read-only' | 'io', message: string): void {
    this.setSave(state, { state: 'error', lastSavedAt: state.save.lastSavedAt, error: { code, message } });
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      if (this.state === state && state.dirty) void this.flush();
    }, this.retryMs);
  }

  private setSave(state: OpenState, save: SaveStatus): void {
    state.save = save;
    if (this.state === state) this.options.emit({ name: 'saveStatus', payload: save });
  }

  private requireState(): OpenState | FailedState {
    if (!this.state) throw new RpcFailure('not-open', 'No workspace is open.');
    return this.state;
  }

  private requireOpen(): OpenState {
    const state = this.requireState();
    if (state.kind !== 'open') throw new RpcFailure('not-open', `The workspace ${state.path} could not be opened, so it cannot be changed.`);
    return state;
  }
}
