import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useT } from '../i18n/typedT';
import type { OperationArgs, OperationName } from '../../../../shared/ops/registry';
import { useWorkspaceStore } from './WorkspaceContext';

export type UndoableRemoval = <N extends OperationName>(message: string, op: N, args: OperationArgs<N>) => boolean;

/**
 * Removes something with one operation and says so with an "Undo" button, which undoes that
 * very operation only while it is still the newest (Ctrl/Cmd+Z works too).
 */
export function useUndoableRemoval(): UndoableRemoval {
  const store = useWorkspaceStore();
  const { t } = useT('app');
  return useCallback(<N extends OperationName>(message: string, op: N, args: OperationArgs<N>) => {
    if (!store.run(op, args)) return false;
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
