import type { WorkspaceApi } from '../../../../shared/contract/client';
import type { RpcError } from '../../../../shared/contract/errors';
import type { AppInfo, AppSettings, SaveStatus, Session } from '../../../../shared/contract/session';
import type { Change } from '../../../../shared/ops/changeSet';
import { operationSet, type OperationArgs, type OperationName } from '../../../../shared/ops/registry';
import { runOperation, type OperationCall } from '../../../../shared/ops/runOperation';
import { canRedo, canUndo, emptyHistory, recordEdit, takeRedo, takeUndo, type History, type HistoryEntry } from './history';
import { createSerialQueue } from './serialQueue';

export interface WorkspaceSnapshot {
  phase: 'loading' | 'ready' | 'unreachable';
  loadError: RpcError | null;
  appInfo: AppInfo | null;
  settings: AppSettings | null;
  session: Session | null;
  canUndo: boolean;
  canRedo: boolean;
}

export interface StoreCallbacks {
  /** A call failed; `resynced` says the workspace was re-fetched (and undo history cleared) because of it. */
  onError(error: RpcError, resynced: boolean): void;
}

export interface RunOptions {
  /**
   * false: no undo step, for bookkeeping the user did not do by hand, such as the workshop clock's
   * heartbeat, which Ctrl+Z must never step through.
   */
  history?: boolean;
}

/**
 * The renderer's copy of the open workspace. A change is a named operation (shared/ops): it runs
 * here at once on this copy (the same pure function, so the screen answers before the service
 * does), then travels to the service as {op, args}, one at a time, where it runs on the file's
 * state. Undo steps are the id-addressed changes each operation made, so undo takes back exactly
 * that operation even after other windows' changes. If the service refuses an operation, the
 * local copy may be wrong, so we re-fetch the session.
 * Plain class + subscribe so React reads it with useSyncExternalStore and tests need no DOM.
 */
export class WorkspaceStore {
  private snapshot: WorkspaceSnapshot = {
    phase: 'loading', loadError: null, appInfo: null, settings: null, session: null, canUndo: false, canRedo: false,
  };
  private readonly listeners = new Set<() => void>();
  private readonly queue = createSerialQueue((error) => console.error('[stratboard] change queue', error));
  private history: History = emptyHistory;
  /** The last revision the service confirmed; the next change is based on it. */
  private confirmedRevision = 0;
  /** Bumped whenever a different session replaces the current one, so late answers are ignored. */
  private epoch = 0;
  /** Local edits made so far, and the newest of them whose sending has started (or was abandoned). */
  private localEdits = 0;
  private sentUpTo = 0;
  /** A re-read for another window's change is queued already (many changes, one re-read). */
  private remoteRefresh: Promise<boolean> | null = null;

  /**
   * @param clientId this window's id, sent with each change; the service's workspaceChanged
   *   event carries it back, so a window tells its own changes from another window's (web mode's tabs).
   */
  constructor(private readonly api: WorkspaceApi, private readonly callbacks: StoreCallbacks, readonly clientId: string = newClientId()) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): WorkspaceSnapshot => this.snapshot;

  private set(partial: Partial<WorkspaceSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...partial, canUndo: canUndo(this.history), canRedo: canRedo(this.history) };
    for (const listener of this.listeners) listener();
  }

  /** First load (and "Try again"): app info, app settings and the session, together. */
  async load(): Promise<void> {
    this.set({ phase: 'loading', loadError: null });
    const [info, settings, session] = await Promise.all([this.api.getAppInfo({}), this.api.getAppSettings({}), this.api.getSession({})]);
    const failure = [info, settings, session].find((result) => !result.ok);
    if (failure && !failure.ok) {
      this.set({ phase: 'unreachable', loadError: failure.error });
      return;
    }
    if (!info.ok || !settings.ok || !session.ok) return; // narrowed above; keeps the types honest
    this.adoptSession(session.value);
    this.set({ phase: 'ready', appInfo: info.value, settings: settings.value });
  }

  /** Whether edits are possible right now (an open, writable workspace). */
  get editable(): boolean {
    const session = this.snapshot.session;
    return session?.state === 'open' && session.readOnly === null;
  }

  /**
   * Runs an operation here and sends it; returns false when nothing could be or was changed. A
   * refusal (invalid arguments, a rule across entities) is reported through onError at once.
   */
  run = <N extends OperationName>(op: N, args: OperationArgs<N>, options: RunOptions = {}): boolean => {
    const changes = this.runLocally({ op, args, at: new Date().toISOString() });
    if (!changes) return false;
    if (options.history !== false) this.history = recordEdit(this.history, { label: op, changes: changes.forward, inverse: changes.inverse });
    return true;
  };

  undo(): boolean {
    return this.step(takeUndo(this.history));
  }

  /** The newest undo step, to undo later by identity (an "Undo" button in a notification). */
  latestEdit(): HistoryEntry | null {
    return this.history.past[this.history.past.length - 1] ?? null;
  }

  /** Undoes `entry` only while it is still the newest edit, so a late click never undoes something else. */
  undoEdit(entry: HistoryEntry): boolean {
    return this.latestEdit() === entry && this.undo();
  }

  redo(): boolean {
    return this.step(takeRedo(this.history));
  }

  private step(taken: { changes: Change[]; history: History } | null): boolean {
    if (!taken || !this.editable) return false;
    this.history = taken.history;
    return this.runLocally({ op: 'history.restore', args: { changes: taken.changes }, at: new Date().toISOString() }) !== null;
  }

  /** Runs a call on the local copy, shows the result and queues the call for the service. */
  private runLocally(call: OperationCall): { forward: Change[]; inverse: Change[] } | null {
    const session = this.snapshot.session;
    if (session?.state !== 'open' || session.readOnly) return null;
    const result = runOperation(operationSet, session.workspace, call);
    if (!result.ok) {
      this.callbacks.onError({ code: result.code === 'unknown-operation' || result.code === 'invalid-args' ? 'invalid-input' : result.code, message: result.en, zh: result.zh, issues: result.issues }, false);
      return null;
    }
    if (result.changes.length === 0) return null;
    // Show "Saving…" right away; the service's own status follows within moments.
    const save: SaveStatus = session.save.state === 'error' ? session.save : { ...session.save, state: 'pending' };
    this.set({ session: { ...session, workspace: result.workspace, save } });
    this.localEdits += 1;
    this.send(call, this.localEdits);
    return { forward: result.changes, inverse: result.inverse };
  }

  private send(call: OperationCall, edit: number): void {
    const epoch = this.epoch;
    void this.queue.push(async () => {
      if (epoch !== this.epoch) return;
      this.sentUpTo = Math.max(this.sentUpTo, edit);
      const baseRevision = this.confirmedRevision;
      const result = await this.api.runOperation({ ...call, baseRevision, clientId: this.clientId });
      if (epoch !== this.epoch) return;
      if (result.ok) {
        this.confirmedRevision = result.value.revision;
        const session = this.snapshot.session;
        if (session?.state === 'open') this.set({ session: { ...session, revision: result.value.revision, save: result.value.save } });
        // Another window's change landed in between: this copy lacks it, so read the file's state
        // once this window's own changes are through.
        if (result.value.revision > baseRevision + 1) void this.refreshAfterOthers(true);
        return;
      }
      // The local copy now differs from the file: drop queued changes and history, fetch the truth.
      this.resetQueue();
      this.history = emptyHistory;
      this.callbacks.onError(result.error, true);
      await this.fetchSession();
    });
  }

  /** Abandons queued changes (their edits count as dealt with: a fetched session replaces them). */
  private resetQueue(): void {
    this.queue.reset();
    this.sentUpTo = this.localEdits;
  }

  /**
   * Another window changed the workspace (the workspaceChanged event): show its version here.
   * Resolves true when this window now shows it (the caller says so to the user). This window's
   * own operations on the way are sent first (they are addressed by id, so they still mean the
   * same on the newer state, and the service refuses one only where it really conflicts); the
   * file's state is read once they are through. Undo steps stay: they are addressed by id too.
   */
  applyRemoteChange(revision: number, clientId: string | null): Promise<boolean> {
    if (clientId === this.clientId || revision <= this.confirmedRevision) return Promise.resolve(false);
    return this.refreshAfterOthers(false);
  }

  /** Reads the file's state after this window's pending operations (one read for many changes). */
  private refreshAfterOthers(quietly: boolean): Promise<boolean> {
    if (this.remoteRefresh) return Promise.resolve(false); // one read, one notice, for many changes
    const epoch = this.epoch;
    // null: not yet (this window's own changes first), true: adopted, false: nothing to show.
    const attempt = async (): Promise<boolean> => {
      let outcome = false as boolean | null;
      await this.queue.push(async () => {
        if (epoch !== this.epoch) return;
        if (this.localEdits > this.sentUpTo) { outcome = null; return; }
        const editsBefore = this.localEdits;
        const result = await this.api.getSession({});
        if (epoch !== this.epoch || !result.ok) return;
        if (this.localEdits !== editsBefore) { outcome = null; return; }
        const session = result.value;
        if (session.state === 'open' && session.revision <= this.confirmedRevision && !quietly) return;
        this.adoptSession(session, false);
        outcome = true;
      });
      if (outcome === null) return attempt();
      return outcome === true && !quietly;
    };
    this.remoteRefresh = attempt().finally(() => {
      this.remoteRefresh = null;
    });
    return this.remoteRefresh;
  }

  /** Re-reads the session after pending changes have been sent (e.g. after the event stream reconnects). */
  resync(): Promise<void> {
    return this.queue.push(() => this.fetchSession());
  }

  /** Another file is open now (sessionChanged event): forget queued changes and undo history. */
  reloadAfterSessionChange(): Promise<void> {
    this.epoch += 1;
    this.resetQueue();
    this.history = emptyHistory;
    this.set({});
    void this.refreshSettings();
    return this.queue.push(() => this.fetchSession());
  }

  /** A call that opened, created or restored a workspace answered with the new session. */
  replaceSession(session: Session): void {
    this.epoch += 1;
    this.resetQueue();
    this.adoptSession(session);
    void this.refreshSettings();
  }

  /** Opening a file changes the recent list, which the service does not announce as an event. */
  private async refreshSettings(): Promise<void> {
    const result = await this.api.getAppSettings({});
    if (result.ok) this.set({ settings: result.value });
  }

  private async fetchSession(): Promise<void> {
    const epoch = this.epoch;
    const result = await this.api.getSession({});
    if (epoch !== this.epoch) return;
    if (result.ok) this.adoptSession(result.value, false);
    else this.callbacks.onError(result.error, false);
  }

  private adoptSession(session: Session, clearHistory = true): void {
    if (clearHistory) this.history = emptyHistory;
    if (session.state === 'open') this.confirmedRevision = session.revision;
    this.set({ session });
  }

  applySaveStatus(save: SaveStatus): void {
    const session = this.snapshot.session;
    if (session?.state === 'open') this.set({ session: { ...session, save } });
  }

  setSettings(settings: AppSettings): void {
    this.set({ settings });
  }

  /** Language/theme change: shown at once, persisted by the service, reverted if it refuses. */
  async updateAppSettings(patch: Partial<Pick<AppSettings, 'language' | 'theme'>>): Promise<void> {
    const before = this.snapshot.settings;
    if (before) this.set({ settings: { ...before, ...patch } });
    const result = await this.api.updateAppSettings(patch);
    if (result.ok) this.set({ settings: result.value });
    else {
      if (before) this.set({ settings: before });
      this.callbacks.onError(result.error, false);
    }
  }
}

/** A random id for this window (no secret: it only tells windows apart). */
function newClientId(): string {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
