import { z } from 'zod';
import { defineOperation, OperationRefused } from '../../ops/defineOperation';
import { campaign, campaignKpis, eventDetails } from '../../schema/campaign';
import { id, isoDate } from '../../schema/primitives';
import { rescheduleCampaign, shiftCampaign, updateCampaignFields, updateEventDetails, updateKpi } from '../campaignEdits';
import { addCampaign, removeCampaign, setCampaignPromotion } from '../campaignRecords';
import { indexById } from '../../ops/findById';
import { CAMPAIGN, gone, requireCampaign, requireDateOrder, requirePromotionTarget } from './common';

/**
 * One campaign: created whole (the editor's Create), its fields, dates, KPIs and event record
 * changed one at a time, its promotion link set (both sides), removed (with its links).
 */

const shape = campaign.shape;

/** The fields the editor changes one by one; the dates, the link, KPIs, event and activities have their own operations. */
export const campaignFieldsArgs = z.object({
  name: shape.name, kind: shape.kind, objective: shape.objective, channels: shape.channels, owner: shape.owner,
  status: shape.status, plannedBudget: shape.plannedBudget, actualSpend: shape.actualSpend, notes: shape.notes,
}).partial().strict();

const kpiName = z.enum(Object.keys(campaignKpis.shape) as [keyof typeof campaignKpis.shape, ...(keyof typeof campaignKpis.shape)[]]);
const kpiFields = campaignKpis.shape.reach.partial().strict();

/** At most a hundred years either way: a drag never goes further, and dates stay four-digit years. */
const MAX_SHIFT_DAYS = 36_600;

export const campaignOperations = {
  /** A new campaign (its id made by the caller), linked to its promotion item on both sides. */
  'campaign.create': defineOperation('campaign.create', z.object({ campaign }).strict(), (draft, args) => {
    if (indexById(draft.campaigns, args.campaign.id) >= 0) {
      throw new OperationRefused('refused', `A campaign with the id ${args.campaign.id} already exists.`, `ID 为 ${args.campaign.id} 的营销活动已存在。`);
    }
    requirePromotionTarget(draft, args.campaign.strategyId, args.campaign.promotionItemId);
    addCampaign(draft, args.campaign);
  }),

  /** Any of the campaign's own fields; a new kind gives an event or trade show its event record. */
  'campaign.update': defineOperation('campaign.update', z.object({ campaignId: id, fields: campaignFieldsArgs }).strict(), (draft, args) => {
    updateCampaignFields(requireCampaign(draft, args.campaignId), args.fields);
  }),

  /** New start and end dates (a resize on the calendar, dates typed in the editor); activities stay put. */
  'campaign.reschedule': defineOperation('campaign.reschedule', z.object({ campaignId: id, startDate: isoDate, endDate: isoDate }).strict(), (draft, args) => {
    requireDateOrder(args.startDate, args.endDate);
    rescheduleCampaign(requireCampaign(draft, args.campaignId), args.startDate, args.endDate);
  }),

  /** Moves the campaign and all its activities by whole days (a drag on the calendar). */
  'campaign.shift': defineOperation('campaign.shift', z.object({ campaignId: id, days: z.number().int().min(-MAX_SHIFT_DAYS).max(MAX_SHIFT_DAYS) }).strict(), (draft, args) => {
    shiftCampaign(requireCampaign(draft, args.campaignId), args.days);
  }),

  /** A KPI's target and/or actual (null: not set). */
  'campaign.kpi.update': defineOperation('campaign.kpi.update', z.object({ campaignId: id, kpi: kpiName, fields: kpiFields }).strict(), (draft, args) => {
    updateKpi(requireCampaign(draft, args.campaignId), args.kpi, args.fields);
  }),

  /** Fields of the event / trade-show record, made on first use. */
  'campaign.event.update': defineOperation('campaign.event.update', z.object({ campaignId: id, fields: eventDetails.partial().strict() }).strict(), (draft, args) => {
    updateEventDetails(requireCampaign(draft, args.campaignId), args.fields);
  }),

  /**
   * The strategy and promotion-mix item the campaign carries out (either may be null): off the old
   * item's campaignIds, onto the new one's, in this one operation.
   */
  'campaign.promotion.set': defineOperation('campaign.promotion.set', z.object({ campaignId: id, strategyId: id.nullable(), promotionItemId: id.nullable() }).strict(), (draft, args) => {
    requireCampaign(draft, args.campaignId);
    requirePromotionTarget(draft, args.strategyId, args.promotionItemId);
    setCampaignPromotion(draft, args.campaignId, args.strategyId, args.promotionItemId);
  }),

  /**
   * Deletes the campaign (and its activities); the promotion item that listed it no longer does.
   * Workshop action items pointing at it or its activities are left as they are (the workshop
   * falls back to its own campaign when such an action is next edited).
   */
  'campaign.remove': defineOperation('campaign.remove', z.object({ campaignId: id }).strict(), (draft, args) => {
    if (!removeCampaign(draft, args.campaignId)) throw gone(CAMPAIGN);
  }),
};
