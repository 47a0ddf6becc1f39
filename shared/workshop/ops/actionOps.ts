import { z } from 'zod';
import { defineOperation, OperationRefused } from '../../ops/defineOperation';
import { id, LIMITS } from '../../schema/primitives';
import { addAction, removeAction, updateAction, type ActionResult } from '../actions';
import { clippedText, requireAction, requireFreeId, requireWorkshop, workshopRef } from './common';

/**
 * Action items. Each one is also a task activity on the campaign calendar — in the chosen
 * campaign, or in the campaign the workshop makes for its actions (named "<campaignLabel>:
 * <workshop title>" in the UI language) — so these operations write into the campaigns too.
 */
const REFUSALS = {
  'unknown-campaign': ['conflict', 'That campaign no longer exists. Choose another.', '该营销活动已不存在，请另选一个。'],
  'invalid-date': ['refused', 'The due date is not a real date.', '截止日期不是有效日期。'],
  'empty-title': ['refused', 'Enter what needs to be done.', '请输入要做的事。'],
} as const;

function settle(result: ActionResult): void {
  if (result.ok) return;
  const [code, en, zh] = REFUSALS[result.reason];
  throw new OperationRefused(code, en, zh);
}

const actionFields = {
  title: clippedText(LIMITS.shortText),
  owner: clippedText(LIMITS.shortText),
  /** Checked as a real date by the shared action logic, which says so in its own words. */
  dueDate: z.string().max(10),
  /** A campaign of the calendar, or null for the workshop's own. */
  campaignId: id.nullable(),
};
/** The translated first part of the workshop campaign's name ("Workshop actions"). */
const campaignLabel = clippedText(LIMITS.shortText);

export const actionOps = {
  'workshop.action.add': defineOperation('workshop.action.add', z.object({
    ...workshopRef, actionId: id, activityId: id, ...actionFields, campaignLabel,
  }).strict(), (draft, { workshopId, actionId, activityId, campaignLabel: label, ...fields }) => {
    const workshop = requireWorkshop(draft, workshopId);
    requireFreeId(workshop.actions, actionId);
    if (draft.campaigns.some((campaign) => campaign.activities.some((activity) => activity.id === activityId))) requireFreeId([{ id: activityId }], activityId);
    settle(addAction(draft, workshopId, { id: actionId, ...fields }, { activityId }, label));
  }),

  /**
   * Changes an action and its task together; a new campaign moves the task there (keeping its
   * done state). `activityId` is used only for an action that had no task yet (an older file).
   */
  'workshop.action.update': defineOperation('workshop.action.update', z.object({
    ...workshopRef, actionId: id, activityId: id,
    fields: z.object({
      title: actionFields.title.optional(), owner: actionFields.owner.optional(), dueDate: actionFields.dueDate.optional(), campaignId: actionFields.campaignId.optional(),
    }).strict(),
    campaignLabel,
  }).strict(), (draft, { workshopId, actionId, activityId, fields, campaignLabel: label }) => {
    requireAction(requireWorkshop(draft, workshopId), actionId);
    settle(updateAction(draft, workshopId, actionId, fields, label, { activityId }));
  }),

  /** Removes the action and its task; the workshop's own campaign goes when nothing is left in it. */
  'workshop.action.remove': defineOperation('workshop.action.remove', z.object({ ...workshopRef, actionId: id }).strict(), (draft, { workshopId, actionId }) => {
    requireAction(requireWorkshop(draft, workshopId), actionId);
    removeAction(draft, workshopId, actionId);
  }),
};
