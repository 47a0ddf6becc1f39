import type { Draft } from 'immer';
import { useCallback } from 'react';
import type { Strategy } from '../../../../../shared/schema/strategy';
import { useWorkspaceStore } from '../../../app/workspace/WorkspaceContext';
import type { EditRecipe } from '../../../app/workspace/workspaceStore';

export type StrategyRecipe = (strategy: Draft<Strategy>) => void;

/** Turns a change to one strategy into a workspace edit (one undo step). */
export function strategyRecipe(strategyId: string, recipe: StrategyRecipe): EditRecipe {
  return (draft) => {
    const strategy = draft.strategies.find((candidate) => candidate.id === strategyId);
    if (strategy) recipe(strategy);
  };
}

/** Edits the given strategy; each call is one undoable edit. */
export function useStrategyEdit(strategyId: string): (recipe: StrategyRecipe) => void {
  const store = useWorkspaceStore();
  return useCallback((recipe: StrategyRecipe) => {
    store.edit(strategyRecipe(strategyId, recipe));
  }, [store, strategyId]);
}
