import { useCallback } from 'react';
import { useCanEdit, useOpenSession, useWorkspaceStore } from '../../../app/workspace/WorkspaceContext';
import { workshopRecipe, type WorkshopRecipe } from '../useWorkshopEdit';

/**
 * One workshop of the open workspace, and an edit function scoped to it. Every board change
 * goes through `editWorkshop` so it is exactly one store edit (one undo step).
 */
export function useWorkshop(workshopId: string) {
  const store = useWorkspaceStore();
  const session = useOpenSession();
  const canEdit = useCanEdit();
  const workspace = session?.workspace ?? null;
  const workshop = workspace?.workshops.find((item) => item.id === workshopId) ?? null;

  const editWorkshop = useCallback(
    (recipe: WorkshopRecipe, options?: { history?: boolean }) => store.edit(workshopRecipe(workshopId, recipe), options),
    [store, workshopId],
  );

  return { workspace, workshop, canEdit, editWorkshop };
}
