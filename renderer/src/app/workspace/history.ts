import type { Patch } from 'immer';

/**
 * Undo/redo stacks, pure data. One entry is one user edit: the patches that made it and the
 * inverse patches that take it back. Undo sends the inverse as a new change (the file format
 * has no "undo"), redo re-sends the original patches.
 */
export interface HistoryEntry {
  patches: Patch[];
  inversePatches: Patch[];
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
  if (entry.patches.length === 0) return history;
  const past = [...history.past, entry];
  return { past: past.length > limit ? past.slice(past.length - limit) : past, future: [] };
}

/** The patches to apply for an undo, and the history after it; null when there is nothing to undo. */
export function takeUndo(history: History): { patches: Patch[]; history: History } | null {
  const entry = history.past[history.past.length - 1];
  if (!entry) return null;
  return {
    patches: entry.inversePatches,
    history: { past: history.past.slice(0, -1), future: [entry, ...history.future] },
  };
}

export function takeRedo(history: History): { patches: Patch[]; history: History } | null {
  const entry = history.future[0];
  if (!entry) return null;
  return {
    patches: entry.patches,
    history: { past: [...history.past, entry], future: history.future.slice(1) },
  };
}

export function canUndo(history: History): boolean {
  return history.past.length > 0;
}

export function canRedo(history: History): boolean {
  return history.future.length > 0;
}
