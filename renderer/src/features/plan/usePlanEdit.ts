import type { Draft } from 'immer';
import { useCallback } from 'react';
import type { MarketingPlan } from '../../../../shared/schema/marketingPlan';
import { useWorkspaceStore } from '../../app/workspace/WorkspaceContext';

export type PlanRecipe = (plan: Draft<MarketingPlan>) => void;

/** Edits the workspace's saved plan settings; each call is one undoable edit. */
export function usePlanEdit(): (recipe: PlanRecipe) => boolean {
  const store = useWorkspaceStore();
  return useCallback((recipe: PlanRecipe) => store.edit((draft) => recipe(draft.marketingPlan)), [store]);
}
