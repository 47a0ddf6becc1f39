import { useSyncExternalStore } from 'react';

/** "Restored: paused at <step>, <time> left": what the runner says after an interrupted run. */
export interface RestoreNotice {
  stepTitle: string;
  remainingMs: number;
  overrunMs: number;
  /** The step and its used time at the restore; once the clock has moved on, the notice is stale. */
  itemId: string;
  elapsedMs: number;
}

/**
 * Kept outside React so the notice survives switching between the workshop's tabs, and so the
 * restore (done in an effect) can post it without a state update inside that effect.
 */
const notices = new Map<string, RestoreNotice>();
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function postRestoreNotice(workshopId: string, notice: RestoreNotice): void {
  notices.set(workshopId, notice);
  emit();
}

export function clearRestoreNotice(workshopId: string): void {
  if (notices.delete(workshopId)) emit();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRestoreNotice(workshopId: string): RestoreNotice | null {
  return useSyncExternalStore(subscribe, () => notices.get(workshopId) ?? null);
}
