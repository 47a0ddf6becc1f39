import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { WorkspaceApi } from '../../../../shared/contract/client';
import type { OpenSession } from '../../../../shared/contract/session';
import type { WorkspaceSnapshot, WorkspaceStore } from './workspaceStore';

interface WorkspaceContextValue {
  store: WorkspaceStore;
  api: WorkspaceApi;
}

const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

export function WorkspaceProvider({ store, api, children }: WorkspaceContextValue & { children: ReactNode }) {
  return <WorkspaceContext.Provider value={{ store, api }}>{children}</WorkspaceContext.Provider>;
}

function useWorkspaceContext(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('WorkspaceProvider is missing above this component.');
  return value;
}

/** The store, for actions (edit, undo, redo, updateAppSettings…). */
export function useWorkspaceStore(): WorkspaceStore {
  return useWorkspaceContext().store;
}

/**
 * Runs a named workspace operation (shared/ops/registry.ts): `run('campaign.shift', { id, days })`.
 * Each call is one undo step; answers false when nothing was or could be changed.
 */
export function useRun(): WorkspaceStore['run'] {
  return useWorkspaceContext().store.run;
}

/** The raw contract API, for calls that are not workspace edits (backups, dialogs…). */
export function useApi(): WorkspaceApi {
  return useWorkspaceContext().api;
}

/** Current state; the component re-renders when it changes. */
export function useWorkspaceSnapshot(): WorkspaceSnapshot {
  const { store } = useWorkspaceContext();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

/** The open session, or null while loading or when the file failed to open. */
export function useOpenSession(): OpenSession | null {
  const { session } = useWorkspaceSnapshot();
  return session?.state === 'open' ? session : null;
}

/** True when edits are allowed: an open workspace that is not read-only. */
export function useCanEdit(): boolean {
  const session = useOpenSession();
  return session !== null && session.readOnly === null;
}
