import { lstat, mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { setAutoFreeze } from 'immer';
import { Low } from 'lowdb';
import { RpcFailure } from '../../shared/contract/errors';
import type { ExternalChangeInfo, ReadOnlyReason, SaveStatus, Session } from '../../shared/contract/session';
import { CURRENT_SCHEMA_VERSION, workspace as workspaceSchema, type Workspace } from '../../shared/schema/workspace';
import { changedPlaces, RecentChanges } from '../../shared/ops/recentChanges';
import { operationSet } from '../../shared/ops/registry';
import { runOperation, type OperationCall } from '../../shared/ops/runOperation';
import { parseWorkspaceText } from '../../shared/workspace/parseWorkspace';
import { cleanStaleTempFiles, writeFileAtomic } from './atomicWrite';
import { BackupStore } from './backups';
import { DiskWatcher } from './diskWatcher';
import { checkDisk, hashBytes, hashOnlyIdentity, identityOf, type DiskCheck } from './fileIdentity';
import { ExternalChanges } from './externalChanges';
import { stampForName, writeBesideWorkspace } from './filesBeside';
import { refusalFailure } from './operationFailure';
import { WorkspaceFileAdapter } from './workspaceFileAdapter';
import { describeIoError, readWorkspaceFile, serializeWorkspace } from './workspaceFile';
import { recoveredWorkspaceText, removeRecovery } from './recoveryFiles';
import { WorkspaceLock } from './workspaceLock';
import type { FailedState, OpenState, SessionOptions } from './sessionState';
import { whyCannotWrite } from './writeBlockers';

export type { OpenState, SessionOptions } from './sessionState';

setAutoFreeze(false); // the service owns its copy; freezing 5,000 campaigns per edit is wasted work

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

  private readonly external = new ExternalChanges({
    setSave: (state, save) => this.setSave(state, save),
    emit: (event) => this.options.emit(event),
    writeCopyBeside: (state, label, bytes) => this.writeCopyBeside(state, label, bytes),
  });

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
    const adapter = new WorkspaceFileAdapter(path);
    const db = new Low<Workspace>(adapter, result.workspace);
    let readOnly: ReadOnlyReason | null = result.newerVersion !== null
      ? { reason: 'newer-version', fileVersion: result.newerVersion }
      : result.writable ? null : { reason: 'not-writable', fileVersion: null };
    let lock: WorkspaceLock | null = null;
    if (!readOnly && this.options.lockFiles !== false) {
      const attempt = await WorkspaceLock.acquire(path);
      if (attempt.kind === 'acquired') lock = attempt.lock;
      if (attempt.kind === 'held') {
        const { user, machine, since } = attempt.holder;
        readOnly = { reason: 'locked', fileVersion: null, holder: { user, machine, since } };
      }
    }
    await backups.add(result.text, 'open').catch(() => false); // a full backup disk must not block opening
    backups.markOpened();
    const identity = await identityOf(path, result.hash).catch(() => hashOnlyIdentity(result.hash));
    const modified = await stat(path).then((s) => s.mtime.toISOString(), () => null);
    const state: OpenState = {
      kind: 'open', path, db, adapter, backups, revision: 0, readOnly,
      migratedFrom: result.fromVersion < CURRENT_SCHEMA_VERSION ? result.fromVersion : null,
      save: { state: 'saved', lastSavedAt: modified, error: null }, dirty: false,
      identity, lock, watcher: null, external: null, recent: new RecentChanges(),
    };
    this.state = state;
    if (this.options.watchDisk !== false) state.watcher = new DiskWatcher(path, () => this.checkDiskNow(state));
    return this.getSession();
  }

  /** Writes a new workspace file (refusing to replace an existing one) and opens it. */
  async create(rawPath: string, data: Workspace): Promise<Session> {
    const path = resolve(rawPath);
    if (await stat(path).then(() => true, () => false)) {
      throw new RpcFailure('io', `A file already exists at ${path}. Choose another name; existing files are never replaced.`);
    }
    await this.writeNewFile(path, serializeWorkspace(workspaceSchema.parse(data)), { mode: 0o600 });
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

  /**
   * Runs one named operation on the workspace as it is now. Refused when the file is read-only,
   * when the operation or its arguments are unknown, when what it touched would not validate or a
   * rule across entities forbids it, and as a conflict when another window changed one of the
   * same places since `baseRevision`.
   */
  runOperation(call: OperationCall, baseRevision?: number, clientId: string | null = null): { revision: number; save: SaveStatus } {
    const state = this.requireOpen();
    if (state.readOnly) {
      throw new RpcFailure('read-only', state.readOnly.reason === 'newer-version'
        ? 'This workspace was saved by a newer version of Stratboard and is open read-only.'
        : 'This workspace file is read-only.');
    }
    baseRevision ??= state.revision;
    if (baseRevision > state.revision) {
      throw new RpcFailure('conflict', `The change was based on revision ${baseRevision}, but the workspace is at revision ${state.revision}.`);
    }
    const result = runOperation(operationSet, state.db.data, call);
    if (!result.ok) throw refusalFailure(result);
    if (result.changes.length === 0) return { revision: state.revision, save: state.save };
    if (state.recent.conflicts(baseRevision, state.revision, clientId, changedPlaces(result.changes))) {
      throw new RpcFailure('conflict', `The change was based on revision ${baseRevision}, but another window has since changed the same item (revision ${state.revision}).`);
    }
    state.db.data = result.workspace;
    state.revision += 1;
    state.recent.record(state.revision, clientId, result.changes);
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

  /**
   * A copy in a new file, owner-only (0600). An existing file is replaced only when it is a
   * Stratboard workspace and the user said so (replace); it keeps its mode. Anything else at the
   * path — a document, /etc/passwd, a folder, a link — is never touched, and what it holds is
   * never quoted back.
   */
  async saveCopyAs(rawPath: string, replace = false): Promise<string> {
    const state = this.requireOpen();
    const path = resolve(rawPath);
    if (path === state.path) throw new RpcFailure('io', 'Choose a different file for the copy; this is the open workspace.');
    const existing = await lstat(path).catch(() => null);
    if (existing) {
      const isWorkspace = existing.isFile() && (await readWorkspaceFile(path)).ok;
      if (!isWorkspace) throw new RpcFailure('io', `${path} already exists and is not a Stratboard workspace, so it is never replaced. Choose another name.`);
      if (!replace) throw new RpcFailure('exists', `There is already a Stratboard workspace at ${path}.`);
    }
    await this.writeNewFile(path, serializeWorkspace(state.db.data), { replace: existing !== null, mode: existing ? existing.mode & 0o777 : 0o600 });
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
    // A name that fits in 255 bytes however long the workspace's is; beside it with its mode
    // (colleagues sharing the folder read it too), else owner-only in the user-data folder.
    return this.open(await writeBesideWorkspace(state.path, `(recovered ${stampForName()})`, text, this.fallbackDir()));
  }

  /** The file changed on disk while edits were unsaved: what differs. */
  compareExternalChange(): ExternalChangeInfo {
    return this.external.info(this.requireOpen());
  }

  /** The user's choice about a version someone else saved; returns the copy that keeps the other side. */
  async resolveExternalChange(choice: 'reload-theirs' | 'keep-mine'): Promise<{ session: Session; copyPath: string | null }> {
    const state = this.requireOpen();
    if (this.saving) await this.saving;
    const copyPath = await this.external.resolve(state, choice);
    if (choice === 'keep-mine') await this.flush();
    return { session: this.getSession(), copyPath };
  }

  /** The file is open elsewhere: a copy of it beside the original, opened here instead. */
  async openCopyOfLocked(): Promise<Session> {
    const state = this.requireOpen();
    if (state.readOnly?.reason !== 'locked') throw new RpcFailure('invalid-input', 'This workspace is not open elsewhere.');
    const copy = await this.writeCopyBeside(state, 'copy', serializeWorkspace(state.db.data));
    return this.open(copy);
  }

  /**
   * Opens unsaved edits kept in a recovery file: written to a new "(recovered …)" file beside the
   * workspace they belong to (else the fallback folder), then the recovery file is removed.
   */
  async openRecovery(recoveryPath: string, workspacePath: string | null): Promise<Session> {
    const text = await recoveredWorkspaceText(recoveryPath);
    const home = workspacePath ?? join(this.fallbackDir(), 'Recovered workspace.json');
    const target = await writeBesideWorkspace(home, `(recovered ${stampForName()})`, text, this.fallbackDir());
    await removeRecovery(recoveryPath).catch(() => {});
    return this.open(target);
  }

  /** Edits that exist only in memory (not yet saved, or saving failed), with the file and why. */
  unsavedEdits(): { filePath: string; problem: string } | null {
    const state = this.state;
    if (state?.kind !== 'open' || !state.dirty) return null;
    return { filePath: state.path, problem: state.save.error?.message ?? '' };
  }

  /** The user chose to lose them (or saved them to a copy): no save, no recovery file. */
  discardUnsavedEdits(): void {
    if (this.state?.kind === 'open') this.state.dirty = false;
    this.clearSaveTimer();
  }

  /** The open workspace as it is in memory, with its file path, for a recovery file. */
  unsavedState(): { path: string; workspace: Workspace } | null {
    const state = this.state;
    return state?.kind === 'open' && state.dirty ? { path: state.path, workspace: state.db.data } : null;
  }

  private writeCopyBeside(state: OpenState, label: string, bytes: string | Buffer): Promise<string> {
    return writeBesideWorkspace(state.path, `(${label} ${stampForName()})`, bytes, this.fallbackDir());
  }

  /** Where copies go when the workspace's folder takes none: owner-only, in the app's own folder. */
  private fallbackDir(): string {
    return this.options.fallbackDir ?? join(this.options.backupsRoot, '..', 'recovered');
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
    const state = this.state;
    if (state?.kind === 'open') {
      state.watcher?.close();
      state.watcher = null;
      await state.lock?.release().catch(() => {});
      state.lock = null;
    }
  }

  /** mode: for a file created over the contract, 0600 (only its owner reads it); else writeFileAtomic's default. */
  private async writeNewFile(path: string, text: string, options: { replace?: boolean; mode?: number } = {}): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    // lstat: a dangling symlink is "something there" too (writing would follow or replace it).
    if (!options.replace && (await lstat(path).then(() => true, () => false))) {
      throw new RpcFailure('io', `A file already exists at ${path}.`);
    }
    try {
      await writeFileAtomic(path, text, options.mode === undefined ? undefined : { mode: options.mode });
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
    const blocked = await whyCannotWrite(state.path);
    if (blocked) return this.failSave(state, blocked.code, blocked.message);
    // Never write over a version this session has not seen (a colleague, a sync tool, another instance).
    if (state.external) return this.external.hold(state);
    const onDisk = await this.diskCheck(state);
    if (onDisk.kind === 'changed') return this.external.seen(state, onDisk);
    const wasMissing = onDisk.kind === 'missing';
    try {
      await state.db.write();
    } catch (error) {
      if (error instanceof RpcFailure) return this.failSave(state, 'io', error.message);
      const code = (error as NodeJS.ErrnoException).code;
      const kind = code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'read-only' : code === 'ENOENT' ? 'vanished' : 'io';
      return this.failSave(state, kind, `${state.path}: ${describeIoError(error)} Your edits are kept in memory and will be saved as soon as possible.`);
    }
    if (state.adapter.lastWrittenText !== null) {
      const hash = hashBytes(state.adapter.lastWrittenText);
      state.identity = await identityOf(state.path, hash).catch(() => hashOnlyIdentity(hash));
    }
    if (state.revision === revision) state.dirty = false;
    const warning = wasMissing
      ? { code: 'vanished' as const, message: `The workspace file had been moved or deleted; your work was written again to ${state.path}.` }
      : null;
    this.setSave(state, { state: state.dirty ? 'pending' : 'saved', lastSavedAt: new Date().toISOString(), error: warning });
    if (state.adapter.lastWrittenText) await state.backups.addWhileEditing(state.adapter.lastWrittenText).catch(() => false);
    if (state.dirty) this.scheduleSave();
  }

  /** Compares the file with what this session last read or wrote (one stat when nothing moved). */
  private async diskCheck(state: OpenState): Promise<DiskCheck> {
    if (!state.identity) return { kind: 'same' };
    const known = state.external?.identity ?? state.identity;
    const { check, identity } = await checkDisk(state.path, known);
    if (!state.external) state.identity = identity;
    return check;
  }

  /** The watcher's check: never alongside a save (our own write would look like someone else's). */
  private checkDiskNow(state: OpenState): Promise<void> {
    if (this.state !== state || this.saving || state.readOnly?.reason === 'newer-version') return Promise.resolve();
    this.saving = (async () => {
      const onDisk = await this.diskCheck(state);
      if (onDisk.kind === 'changed' && this.state === state) await this.external.seen(state, onDisk);
    })().finally(() => {
      this.saving = null;
    });
    return this.saving;
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
