import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../shared/ids';
import type { Strategy } from '../../../../shared/schema/strategy';
import { duplicateStrategy } from '../../../../shared/strategy/duplicateStrategy';
import { emptyStrategy } from '../../../../shared/strategy/emptyStrategy';
import { navigate } from '../../app/routing/useHashRoute';
import { useUndoableRemoval } from '../../app/workspace/useUndoableRemoval';
import { useWorkspaceStore } from '../../app/workspace/WorkspaceContext';

/** Creating, duplicating and deleting whole strategies; each is one undoable edit. */
export function useStrategyActions() {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const removeWithUndo = useUndoableRemoval();

  return useMemo(() => ({
    create(): void {
      const session = store.getSnapshot().session;
      if (session?.state !== 'open') return;
      const id = newId('str');
      const created = emptyStrategy({ id, name: t('strategy.newStrategyName'), currency: session.workspace.settings.currency, createdAt: new Date().toISOString() });
      if (store.edit((draft) => { draft.strategies.push(created); })) navigate('strategy', id);
    },

    duplicate(source: Strategy): void {
      const copy = duplicateStrategy(source, { id: newId('str'), name: t('strategy.duplicateName', { name: source.name }).slice(0, 200), createdAt: new Date().toISOString() });
      if (!store.edit((draft) => { draft.strategies.push(copy); })) return;
      navigate('strategy', copy.id);
      notifications.show({ message: t('strategy.duplicated', { name: copy.name }) });
    },

    confirmDelete(target: Strategy): void {
      modals.openConfirmModal({
        title: t('strategy.deleteTitle'),
        children: <Text size="sm">{t('strategy.deleteBody', { name: target.name })}</Text>,
        labels: { confirm: t('strategy.deleteConfirm'), cancel: t('strategy.cancel') },
        confirmProps: { color: 'red' },
        onConfirm: () => {
          const removed = removeWithUndo(t('strategy.deleted', { name: target.name }), (draft) => {
            draft.strategies = draft.strategies.filter((candidate) => candidate.id !== target.id);
            // Campaigns stay in the calendar, no longer pointing at a strategy that is gone.
            for (const campaign of draft.campaigns) {
              if (campaign.strategyId === target.id) {
                campaign.strategyId = null;
                campaign.promotionItemId = null;
              }
            }
          });
          if (removed) navigate('strategy');
        },
      });
    },
  }), [store, t, removeWithUndo]);
}
