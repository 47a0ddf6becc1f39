import { applyPatches, enablePatches, produceWithPatches, type Draft, type Patch } from 'immer';
import type { WorkspaceApi } from '../../../../shared/contract/client';
import type { RpcError } from '../../../../shared/contract/errors';
import type { AppInfo, AppSettings, SaveStatus, Session } from '../../../../shared/contract/session';
import type { Workspace } from '../../../../shared/schema/workspace';
import { canRedo, canUndo, emptyHistory, recordEdit, takeRedo, takeUndo, type History, type HistoryEntry } from './history';
import { createSerialQueue } from './serialQueue';

// Patches are how edits travel to the service and how undo works; immer only makes them when asked.
enablePatches();

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

export type EditRecipe = (draft: Draft<Workspace>) => void;

/**
 * The renderer's copy of the open workspace. Edits apply here at once (optimistic) and travel
 * to the service as patches, one change at a time so each names the revision it builds on.
 * If the service refuses a change, the local copy may be wrong, so we re-fetch the session.
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
  private remoteRefreshQueued = false;

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
   * Applies an edit locally and sends it; returns false when nothing could be or was changed.
   * `history: false` saves without an undo step: for bookkeeping the user did not do by hand,
   * such as the workshop clock's heartbeat, which Ctrl+Z must never step through.
   */
  edit(recipe: EditRecipe, options: { history?: boolean } = {}): boolean {
    const session = this.snapshot.session;
    if (session?.state !== 'open' || session.readOnly) return false;
    const [next, patches, inversePatches] = produceWithPatches(session.workspace, recipe);
    if (patches.length === 0) return false;
    if (options.history !== false) this.history = recordEdit(this.history, { patches, inversePatches });
    this.applyLocally(next, patches);
    return true;
  }

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

  private step(taken: { patches: Patch[]; history: History } | null): boolean {
    const session = this.snapshot.session;
    if (!taken || session?.state !== 'open' || session.readOnly) return false;
    this.history = taken.history;
    this.applyLocally(applyPatches(session.workspace, taken.patches), taken.patches);
    return true;
  }

  private applyLocally(next: Workspace, patches: Patch[]): void {
    const session = this.snapshot.session;
    if (session?.state !== 'open') return;
    // Show "Saving…" right away; the service's own status follows within moments.
    const save: SaveStatus = session.save.state === 'error' ? session.save : { ...session.save, state: 'pending' };
    this.set({ session: { ...session, workspace: next, save } });
    this.localEdits += 1;
    this.send(patches, this.localEdits);
  }

  private send(patches: Patch[], edit: number): void {
    const epoch = this.epoch;
    void this.queue.push(async () => {
      if (epoch !== this.epoch) return;
      this.sentUpTo = Math.max(this.sentUpTo, edit);
      const result = await this.api.applyChange({ baseRevision: this.confirmedRevision, patches, clientId: this.clientId });
      if (epoch !== this.epoch) return;
      if (result.ok) {
        this.confirmedRevision = result.value.revision;
        const session = this.snapshot.session;
        if (session?.state === 'open') this.set({ session: { ...session, revision: result.value.revision, save: result.value.save } });
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
   * Resolves true when this window now shows it (the caller says so to the user). When this window
   * has edits of its own on the way, they were made on the older version: they are not merged
   * blindly but sent as they are, meet a conflict, and that reloads with a notice (never silently).
   */
  applyRemoteChange(revision: number, clientId: string | null): Promise<boolean> {
    if (clientId === this.clientId || revision <= this.confirmedRevision || this.remoteRefreshQueued) return Promise.resolve(false);
    this.remoteRefreshQueued = true;
    const epoch = this.epoch;
    let adopted = false;
    return this.queue.push(async () => {
      this.remoteRefreshQueued = false;
      // Sends queued behind this re-read hold edits made on the old version: let them conflict.
      if (epoch !== this.epoch || this.localEdits > this.sentUpTo || revision <= this.confirmedRevision) return;
      const editsBefore = this.localEdits;
      const result = await this.api.getSession({});
      if (epoch !== this.epoch || !result.ok || this.localEdits !== editsBefore) return;
      const session = result.value;
      if (session.state === 'open' && session.revision <= this.confirmedRevision) return;
      this.adoptSession(session); // undo steps were recorded against the old version: cleared
      adopted = true;
    }).then(() => {
      // A reset queue skips the task: let a later change queue a new re-read.
      this.remoteRefreshQueued = false;
      return adopted;
    });
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
