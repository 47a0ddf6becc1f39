import type { Draft } from 'immer';
import { useCallback } from 'react';
import type { WorkshopSession } from '../../../../shared/schema/workshop';
import type { Workspace } from '../../../../shared/schema/workspace';
import { useWorkspaceStore } from '../../app/workspace/WorkspaceContext';
import type { EditRecipe } from '../../app/workspace/workspaceStore';

export type WorkshopRecipe = (workshop: Draft<WorkshopSession>, workspace: Draft<Workspace>) => void;

/** Turns a change to one workshop into a workspace edit; nothing happens if it was deleted meanwhile. */
export function workshopRecipe(workshopId: string, recipe: WorkshopRecipe): EditRecipe {
  return (draft) => {
    const workshop = draft.workshops.find((candidate) => candidate.id === workshopId);
    if (workshop) recipe(workshop, draft);
  };
}

/** Edits the given workshop; each call is one undoable edit. Answers whether the edit was accepted. */
export function useWorkshopEdit(workshopId: string): (recipe: WorkshopRecipe) => boolean {
  const store = useWorkspaceStore();
  return useCallback((recipe: WorkshopRecipe) => store.edit(workshopRecipe(workshopId, recipe)), [store, workshopId]);
}
