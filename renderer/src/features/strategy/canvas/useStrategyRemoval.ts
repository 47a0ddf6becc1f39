import { useCallback } from 'react';
import { useUndoableRemoval } from '../../../app/workspace/useUndoableRemoval';
import { strategyRecipe, type StrategyRecipe } from './useStrategyEdit';

/** Removal inside one strategy: one undoable edit plus a notice with Undo. */
export function useStrategyRemoval(strategyId: string): (message: string, recipe: StrategyRecipe) => void {
  const removeWithUndo = useUndoableRemoval();
  return useCallback((message: string, recipe: StrategyRecipe) => {
    removeWithUndo(message, strategyRecipe(strategyId, recipe));
  }, [removeWithUndo, strategyId]);
}
