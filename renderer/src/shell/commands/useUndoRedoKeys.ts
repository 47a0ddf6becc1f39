import { useEffect } from 'react';
import { useWorkspaceStore } from '../../kernel/workspace/WorkspaceContext';
import { isEditableElement } from '../../kernel/ui/editableFocus';

/**
 * Ctrl/Cmd+Z undoes the last workspace edit; Ctrl/Cmd+Shift+Z and Ctrl+Y redo. Inside a text
 * field the keys are left to the browser, so typing gets its usual character-level undo.
 */
export function useUndoRedoKeys(): void {
  const store = useWorkspaceStore();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || !(event.ctrlKey || event.metaKey)) return;
      const key = event.key.toLowerCase();
      const isUndo = key === 'z' && !event.shiftKey;
      const isRedo = (key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey && !event.shiftKey);
      if (!isUndo && !isRedo) return;
      if (isEditableElement(event.target instanceof Element ? event.target : document.activeElement)) return;
      event.preventDefault();
      if (isUndo) store.undo();
      else store.redo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
