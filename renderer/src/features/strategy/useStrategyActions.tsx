import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useT } from '../../kernel/i18n/typedT';
import { newId } from '../../../../shared/ids';
import type { Strategy } from '../../../../shared/schema/strategy';
import { navigate } from '../../kernel/routing/useHashRoute';
import { useUndoableRemoval } from '../../kernel/workspace/useUndoableRemoval';
import { useRun } from '../../kernel/workspace/WorkspaceContext';

/** Creating, duplicating and deleting whole strategies; each is one operation (one undo step). */
export function useStrategyActions() {
  const { t } = useT('strategy');
  const run = useRun();
  const removeWithUndo = useUndoableRemoval();

  return useMemo(() => ({
    /** A blank canvas in the workspace's currency (strategy.create), then opens it. */
    create(): void {
      const id = newId('str');
      if (run('strategy.create', { id, name: t('newStrategyName') })) navigate('strategy', id);
    },

    duplicate(source: Strategy): void {
      const id = newId('str');
      const name = t('duplicateName', { name: source.name }).slice(0, 200);
      if (!run('strategy.duplicate', { sourceId: source.id, id, name })) return;
      navigate('strategy', id);
      notifications.show({ message: t('duplicated', { name }) });
    },

    confirmDelete(target: Strategy): void {
      modals.openConfirmModal({
        title: t('deleteTitle'),
        children: <Text size="sm">{t('deleteBody', { name: target.name })}</Text>,
        labels: { confirm: t('deleteConfirm'), cancel: t('cancel') },
        confirmProps: { color: 'red' },
        onConfirm: () => {
          // Campaigns stay in the calendar, no longer pointing at the strategy (strategy.remove).
          if (removeWithUndo(t('deleted', { name: target.name }), 'strategy.remove', { id: target.id })) navigate('strategy');
        },
      });
    },
  }), [run, t, removeWithUndo]);
}
