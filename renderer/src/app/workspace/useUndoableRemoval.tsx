import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditRecipe } from './workspaceStore';
import { useWorkspaceStore } from './WorkspaceContext';

/**
 * Removes something as one undoable edit and says so with an "Undo" button, which undoes that
 * very edit only while it is still the newest (Ctrl/Cmd+Z works too).
 */
export function useUndoableRemoval(): (message: string, recipe: EditRecipe) => boolean {
  const store = useWorkspaceStore();
  const { t } = useTranslation();
  return useCallback((message: string, recipe: EditRecipe) => {
    if (!store.edit(recipe)) return false;
    const entry = store.latestEdit();
    const id = `removed-${Date.now()}`;
    notifications.show({
      id,
      autoClose: 8_000,
      message: (
        <Group justify="space-between" wrap="nowrap" gap="sm">
          <Text size="sm">{message}</Text>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              if (entry) store.undoEdit(entry);
              notifications.hide(id);
            }}
          >
            {t('edit.undo')}
          </Button>
        </Group>
      ),
    });
    return true;
  }, [store, t]);
}
