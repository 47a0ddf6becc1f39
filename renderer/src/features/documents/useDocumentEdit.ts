import type { Draft } from 'immer';
import { useCallback } from 'react';
import type { ProductDocument } from '../../../../shared/schema/document';
import { useWorkspaceStore } from '../../app/workspace/WorkspaceContext';
import type { EditRecipe } from '../../app/workspace/workspaceStore';

export type DocumentRecipe = (doc: Draft<ProductDocument>) => void;

/** Turns a change to one document into a workspace edit that also stamps updatedAt. */
export function documentRecipe(documentId: string, recipe: DocumentRecipe): EditRecipe {
  return (draft) => {
    const doc = draft.documents.find((candidate) => candidate.id === documentId);
    if (!doc) return;
    recipe(doc);
    doc.updatedAt = new Date().toISOString();
  };
}

/** Edits the given document; each call is one undoable edit. Answers whether the edit was accepted. */
export function useDocumentEdit(documentId: string): (recipe: DocumentRecipe) => boolean {
  const store = useWorkspaceStore();
  return useCallback((recipe: DocumentRecipe) => store.edit(documentRecipe(documentId, recipe)), [store, documentId]);
}
