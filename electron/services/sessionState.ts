import type { Low } from 'lowdb';
import type { AppEvent } from '../../shared/contract/events';
import type { FileProblem, ReadOnlyReason, SaveStatus } from '../../shared/contract/session';
import type { RecentChanges } from '../../shared/ops/recentChanges';
import type { Workspace } from '../../shared/schema/workspace';
import type { BackupStore } from './backups';
import type { DiskWatcher } from './diskWatcher';
import type { ExternalVersion } from './externalChanges';
import type { FileIdentity } from './fileIdentity';
import type { WorkspaceFileAdapter } from './workspaceFileAdapter';
import type { WorkspaceLock } from './workspaceLock';

/** The workspace session's options and the state it holds for the open (or failed) file. */

export interface SessionOptions {
  backupsRoot: string;
  emit: (event: AppEvent) => void;
  /** Save this long after the last edit ("within 1 s" is the promise; typing pauses are shorter). */
  debounceMs?: number;
  /** Under continuous editing, save at least this often. */
  maxWaitMs?: number;
  /** After a failed save (file gone, read-only, disk full), try again this often. */
  retryMs?: number;
  /** Watch the open file for changes made by others (off in tests that do not need it). */
  watchDisk?: boolean;
  /** Take the advisory lock beside the file (one writer per file). */
  lockFiles?: boolean;
  /** Where copies go when the workspace's folder takes none (the user-data recovery folder). */
  fallbackDir?: string;
}

export interface OpenState {
  kind: 'open';
  path: string;
  db: Low<Workspace>;
  adapter: WorkspaceFileAdapter;
  backups: BackupStore;
  revision: number;
  readOnly: ReadOnlyReason | null;
  migratedFrom: number | null;
  save: SaveStatus;
  dirty: boolean;
  /** What this session last read or wrote: the file must still be this before the next write. */
  identity: FileIdentity | null;
  lock: WorkspaceLock | null;
  watcher: DiskWatcher | null;
  /** Someone else's version, seen on disk while edits were unsaved: nothing is written until the user chooses. */
  external: ExternalVersion | null;
  /** Where recent revisions changed the workspace, to tell a real conflict from a stale revision. */
  recent: RecentChanges;
}
export interface FailedState {
  kind: 'failed';
  path: string;
  backups: BackupStore;
  problem: FileProblem;
}
