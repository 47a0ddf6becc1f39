import { z } from 'zod';
import { defineOperation, OperationRefused } from '../../ops/defineOperation';
import { requireItem } from '../../ops/findById';
import { id, LIMITS } from '../../schema/primitives';
import { promotionTarget } from '../../schema/workshop';
import { canvasItemExists, promote } from '../promotion';
import { clippedText, now, requireCluster, requireFreeId, requireNote, requireWorkshop, workshopRef } from './common';

/**
 * Promotion: a note or a group becomes ONE new item of the strategy canvas, and the workshop
 * records the decision pointing at it. It writes into the strategy; the workshop is linked to
 * the strategy if it had none. One operation, one undo step.
 */
export const promoteOps = {
  'workshop.note.promote': defineOperation('workshop.note.promote', z.object({
    ...workshopRef,
    source: z.union([z.object({ noteId: id }).strict(), z.object({ clusterId: id }).strict()]),
    target: promotionTarget,
    /** The wording decided in the room; the notes keep their own words. */
    text: clippedText(LIMITS.mediumText),
    /** The strategy chosen in the dialog (the workshop's own when it has one). */
    strategyId: id,
    /** The new canvas item's id and the decision's id, made by the caller. */
    itemId: id,
    decisionId: id,
  }).strict(), (draft, args, context) => {
    const workshop = requireWorkshop(draft, args.workshopId);
    if ('noteId' in args.source) requireNote(workshop, args.source.noteId);
    else requireCluster(workshop, args.source.clusterId);
    const strategy = requireItem(draft.strategies, args.strategyId, { en: 'strategy', zh: '战略' });
    const linked = workshop.strategyId !== null && draft.strategies.some((s) => s.id === workshop.strategyId) ? workshop.strategyId : null;
    if (linked !== null && linked !== strategy.id) {
      throw new OperationRefused('conflict', 'This workshop now feeds another strategy; promote the note again.', '这个研讨会现在关联的是另一个战略，请重新加入画布。');
    }
    if (args.text.trim() === '') throw new OperationRefused('refused', 'There is no text to add.', '没有可加入的内容。');
    requireFreeId(workshop.decisions, args.decisionId);
    if (canvasItemExists(strategy, args.target, args.itemId)) requireFreeId([{ id: args.itemId }], args.itemId);
    workshop.strategyId = strategy.id;
    const result = promote(draft, workshop.id, args.source, args.target, { itemId: args.itemId, decisionId: args.decisionId }, now(context), args.text);
    // Everything promote() could refuse was checked above; this only guards against a change in it.
    if (!result.ok) throw new OperationRefused('refused', 'That note or group cannot be promoted.', '这张便利贴或这个分组无法加入画布。');
  }),
};
