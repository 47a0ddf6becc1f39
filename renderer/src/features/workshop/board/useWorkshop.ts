import type { Draft } from 'immer';
import { useCallback } from 'react';
import type { Workspace } from '../../../../../shared/schema/workspace';
import type { WorkshopSession } from '../../../../../shared/schema/workshop';
import { useCanEdit, useOpenSession, useWorkspaceStore } from '../../../app/workspace/WorkspaceContext';

export type WorkshopRecipe = (workshop: Draft<WorkshopSession>, workspace: Draft<Workspace>) => void;

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
    (recipe: WorkshopRecipe, options?: { history?: boolean }) =>
      store.edit((draft) => {
        const target = draft.workshops.find((item) => item.id === workshopId);
        if (target) recipe(target, draft);
      }, options),
    [store, workshopId],
  );

  return { workspace, workshop, canEdit, editWorkshop };
}
