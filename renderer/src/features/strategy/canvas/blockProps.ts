import type { Strategy } from '../../../../../shared/schema/strategy';
import type { Completeness } from '../../../../../shared/strategy/completeness';
import type { UndoableRemoval } from '../../../kernel/workspace/useUndoableRemoval';
import type { WorkspaceStore } from '../../../kernel/workspace/workspaceStore';

/** Runs one named operation (shared/strategy/ops): one undoable edit. */
export type RunOperation = WorkspaceStore['run'];

/** What every canvas block receives from the canvas. Blocks name the strategy by `strategy.id`. */
export interface BlockProps {
  strategy: Strategy;
  /** One undoable edit, as a named operation: `run('strategy.segment.update', { strategyId, id, fields })`. */
  run: RunOperation;
  /** Removes something with one operation, with a notice that offers Undo. */
  remove: UndoableRemoval;
  canEdit: boolean;
  completeness: Completeness;
}

/** `{ [key]: value }` typed as one of the keys, for fields chosen at run time (a statement part, TAM/SAM/SOM). */
export function fieldOf<K extends string, V>(key: K, value: V): Partial<Record<K, V>> {
  return { [key]: value } as Partial<Record<K, V>>;
}
