import type { Change } from '../../../../shared/ops/changeSet';

/**
 * Undo/redo stacks, pure data, per window (per user, when several people edit one plan). One
 * entry is one operation: the id-addressed changes it made and their inverse, computed when it
 * ran. Undo sends the inverse as a `history.restore` operation, redo the changes again; being
 * addressed by id, they take back that operation only and leave later changes by others alone.
 */
export interface HistoryEntry {
  /** The operation's name (for a future "Undo rename campaign" label). */
  label: string;
  changes: Change[];
  inverse: Change[];
}

export interface History {
  past: readonly HistoryEntry[];
  future: readonly HistoryEntry[];
}

/** Enough for a long session of edits without holding unbounded memory. */
export const HISTORY_LIMIT = 200;

export const emptyHistory: History = { past: [], future: [] };

/** A new edit: becomes the newest undo step and makes any redo steps meaningless. */
export function recordEdit(history: History, entry: HistoryEntry, limit = HISTORY_LIMIT): History {
  if (entry.changes.length === 0) return history;
  const past = [...history.past, entry];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, future: [] };
}

/** The changes to apply for an undo, and the history after it; null when there is nothing to undo. */
export function takeUndo(history: History): { changes: Change[]; history: History } | null {
  const entry = history.past[history.past.length - 1];
  if (!entry) return null;
  return {
    changes: entry.inverse,
    history: { past: history.past.slice(0, -1), future: [entry, ...history.future] },
  };
}

export function takeRedo(history: History): { changes: Change[]; history: History } | null {
  const entry = history.future[0];
  if (!entry) return null;
  return {
    changes: entry.changes,
    history: { past: [...history.past, entry], future: history.future.slice(1) },
  };
}

export function canUndo(history: History): boolean {
  return history.past.length > 0;
}

export function canRedo(history: History): boolean {
  return history.future.length > 0;
}
