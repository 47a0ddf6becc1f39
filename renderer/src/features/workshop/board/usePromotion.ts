import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../../../shared/ids';
import type { PromotionTarget } from '../../../../../shared/schema/workshop';
import { promote, type PromotionResult, type PromotionSource } from '../../../../../shared/workshop/promotion';
import type { PromoteRequest } from './PromoteDialog';
import { useWorkshop } from './useWorkshop';

/** Id prefixes of the canvas lists, as the canvas editor itself uses them. */
const ITEM_PREFIX: Record<PromotionTarget, string> = {
  'research-finding': 'fnd', segment: 'seg', 'differentiation-point': 'dif', channel: 'chn', 'promotion-item': 'pro',
};

/**
 * Promotes a note or a group as ONE store edit (one undo step): links the strategy if the
 * workshop had none, then adds the canvas item and the decision in the wording chosen in the dialog
 * (the notes keep the words written in the room).
 */
export function usePromotion(workshopId: string): (source: PromotionSource, request: PromoteRequest) => boolean {
  const { t } = useTranslation('workshopBoard');
  const { editWorkshop } = useWorkshop(workshopId);
  return useCallback((source, request) => {
    const outcome: { result?: PromotionResult; strategyName?: string } = {};
    editWorkshop((workshop, workspace) => {
      const strategy = workspace.strategies.find((s) => s.id === (workshop.strategyId ?? request.strategyId));
      const exists = 'noteId' in source
        ? workshop.notes.some((note) => note.id === source.noteId)
        : workshop.clusters.some((cluster) => cluster.id === source.clusterId);
      // Checked before anything changes, so a failed promotion leaves the workspace as it was.
      if (!strategy || !exists || request.text.trim() === '') {
        outcome.result = { ok: false, reason: !strategy ? 'no-strategy' : !exists ? 'unknown-source' : 'empty-text' };
        return;
      }
      workshop.strategyId = strategy.id;
      outcome.result = promote(workspace, workshopId, source, request.target, { itemId: newId(ITEM_PREFIX[request.target]), decisionId: newId('dec') }, new Date(), request.text);
      outcome.strategyName = strategy.name;
    });
    const result = outcome.result;
    if (result?.ok) {
      notifications.show({ color: 'green', message: t('promote.done', { strategy: outcome.strategyName, field: t(`targets.${request.target}`) }) });
      return true;
    }
    notifications.show({ color: 'red', message: t(`promote.failed.${result?.reason ?? 'no-strategy'}`) });
    return false;
  }, [editWorkshop, t, workshopId]);
}
