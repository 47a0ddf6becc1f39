import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useT } from '../../kernel/i18n/typedT';
import type { Campaign } from '../../../../shared/schema/campaign';
import { useUndoableRemoval } from '../../kernel/workspace/useUndoableRemoval';
import { useRun } from '../../kernel/workspace/WorkspaceContext';

/** Creating and deleting whole campaigns; each is one undoable operation that keeps promotion links true. */
export function useCampaignActions() {
  const { t } = useT('calendar');
  const { t: tApp } = useT('app');
  const run = useRun();
  const removeWithUndo = useUndoableRemoval();

  return useMemo(() => ({
    /** Adds a finished draft (already validated by the editor); false when the workspace refused it. */
    create(campaign: Campaign): boolean {
      const created = run('campaign.create', { campaign });
      if (created) notifications.show({ message: t('editor.created', { name: campaign.name }) });
      return created;
    },

    /** Asks first; then deletes with an Undo notice. onDeleted runs once it is gone (close the editor). */
    confirmDelete(target: Pick<Campaign, 'id' | 'name'>, onDeleted?: () => void): void {
      modals.openConfirmModal({
        title: t('editor.deleteTitle'),
        children: <Text size="sm">{t('editor.deleteBody', { name: target.name })}</Text>,
        labels: { confirm: t('editor.deleteConfirm'), cancel: tApp('file.cancel') },
        confirmProps: { color: 'red' },
        onConfirm: () => {
          if (removeWithUndo(t('editor.deleted', { name: target.name }), 'campaign.remove', { campaignId: target.id })) onDeleted?.();
        },
      });
    },
  }), [run, t, tApp, removeWithUndo]);
}
