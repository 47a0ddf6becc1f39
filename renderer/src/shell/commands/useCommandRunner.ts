import { spotlight } from '@mantine/spotlight';
import { useCallback } from 'react';
import type { AppCommand } from '../../../../shared/contract/events';
import { useFileActions } from '../../kernel/files/useFileActions';
import { useWorkspaceSnapshot, useWorkspaceStore } from '../../kernel/workspace/WorkspaceContext';
import { openAbout } from './AboutContent';
import { isEditableElement } from '../../kernel/ui/editableFocus';

/**
 * Runs a command from the desktop menu (or anywhere else that names one). The desktop menu's
 * accelerator swallows Ctrl/Cmd+Z before the page sees it, so for undo/redo we decide here:
 * text undo inside a text field, workspace undo elsewhere.
 */
export function useCommandRunner(): (command: AppCommand) => void {
  const store = useWorkspaceStore();
  const files = useFileActions();
  const { appInfo } = useWorkspaceSnapshot();

  return useCallback(
    (command: AppCommand) => {
      const inText = isEditableElement(document.activeElement);
      switch (command) {
        case 'undo':
          // execCommand is deprecated but still the only way to trigger the browser's native text undo.
          if (inText) document.execCommand('undo');
          else store.undo();
          return;
        case 'redo':
          if (inText) document.execCommand('redo');
          else store.redo();
          return;
        case 'new-workspace':
          void files.newWorkspace();
          return;
        case 'open-workspace':
          void files.openWorkspace();
          return;
        case 'save-copy':
          void files.saveCopy();
          return;
        case 'show-backups':
          files.showBackups();
          return;
        case 'about':
          openAbout(appInfo);
          return;
        case 'command-palette':
          spotlight.open();
          return;
      }
    },
    [store, files, appInfo],
  );
}
