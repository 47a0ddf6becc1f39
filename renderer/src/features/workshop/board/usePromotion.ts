import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import { newId } from '../../../../../shared/ids';
import type { PromotionTarget } from '../../../../../shared/schema/workshop';
import type { PromotionSource } from '../../../../../shared/workshop/promotion';
import type { PromoteRequest } from './PromoteDialog';
import { useWorkshop } from './useWorkshop';

/** Id prefixes of the canvas lists, as the canvas editor itself uses them. */
const ITEM_PREFIX: Record<PromotionTarget, string> = {
  'research-finding': 'fnd', segment: 'seg', 'differentiation-point': 'dif', channel: 'chn', 'promotion-item': 'pro',
};

/**
 * Promotes a note or a group as ONE operation (one undo step, `workshop.note.promote`): links the
 * strategy if the workshop had none, then adds the canvas item and the decision in the wording
 * chosen in the dialog (the notes keep the words written in the room). A refusal (the note or the
 * strategy gone meanwhile) is reported by the store like any other.
 */
export function usePromotion(workshopId: string): (source: PromotionSource, request: PromoteRequest) => boolean {
  const { t } = useT('workshop');
  const { workspace, run } = useWorkshop(workshopId);
  return useCallback((source, request) => {
    const promoted = run('workshop.note.promote', {
      workshopId, source, target: request.target, text: request.text, strategyId: request.strategyId,
      itemId: newId(ITEM_PREFIX[request.target]), decisionId: newId('dec'),
    });
    if (!promoted) return false;
    const strategyName = workspace?.strategies.find((strategy) => strategy.id === request.strategyId)?.name ?? '';
    notifications.show({ color: 'green', message: t('board.promote.done', { strategy: strategyName, field: t(`board.targets.${request.target}`) }) });
    return true;
  }, [run, t, workshopId, workspace]);
}
