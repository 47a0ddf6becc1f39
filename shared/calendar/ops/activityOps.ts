import { z } from 'zod';
import { defineOperation, OperationRefused } from '../../ops/defineOperation';
import { activity } from '../../schema/campaign';
import { id, isoDate } from '../../schema/primitives';
import { addActivity, findActivity, removeActivity, rescheduleActivity, updateActivity } from '../campaignEdits';
import { requireActivity, requireCampaign, requireDateOrder } from './common';

/** A campaign's milestones, main events and tasks: added, changed, moved, marked done, removed. */

const shape = activity.shape;
const activityFieldsArgs = z.object({ level: shape.level, title: shape.title, owner: shape.owner.unwrap(), done: shape.done }).partial().strict();
const activityRef = { campaignId: id, activityId: id };

export const activityOperations = {
  /** A new activity (its id made by the caller). */
  'campaign.activity.add': defineOperation('campaign.activity.add', z.object({ campaignId: id, activity }).strict(), (draft, args) => {
    const target = requireCampaign(draft, args.campaignId);
    if (findActivity(target, args.activity.id)) {
      throw new OperationRefused('refused', `An activity with the id ${args.activity.id} already exists.`, `ID 为 ${args.activity.id} 的工作项已存在。`);
    }
    requireDateOrder(args.activity.startDate, args.activity.endDate);
    addActivity(target, args.activity);
  }),

  /** Level, title, owner, done. */
  'campaign.activity.update': defineOperation('campaign.activity.update', z.object({ ...activityRef, fields: activityFieldsArgs }).strict(), (draft, args) => {
    const target = requireCampaign(draft, args.campaignId);
    requireActivity(target, args.activityId);
    updateActivity(target, args.activityId, args.fields);
  }),

  /** New dates for one activity (a milestone dragged on the calendar, dates typed in the editor). */
  'campaign.activity.reschedule': defineOperation('campaign.activity.reschedule', z.object({ ...activityRef, startDate: isoDate, endDate: isoDate }).strict(), (draft, args) => {
    requireDateOrder(args.startDate, args.endDate);
    const target = requireCampaign(draft, args.campaignId);
    requireActivity(target, args.activityId);
    rescheduleActivity(target, args.activityId, args.startDate, args.endDate);
  }),

  /**
   * Removes one activity. A workshop action whose task it was keeps pointing at it (as before):
   * the workshop re-creates the task when that action is next edited.
   */
  'campaign.activity.remove': defineOperation('campaign.activity.remove', z.object(activityRef).strict(), (draft, args) => {
    const target = requireCampaign(draft, args.campaignId);
    requireActivity(target, args.activityId);
    removeActivity(target, args.activityId);
  }),
};
