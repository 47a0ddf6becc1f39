import type { Draft } from 'immer';
import { OperationRefused } from '../../ops/defineOperation';
import type { Campaign } from '../../schema/campaign';
import type { Workspace } from '../../schema/workspace';
import { findActivity, type Activity } from '../campaignEdits';
import { findById, gone, type What } from '../../ops/findById';

export type { What };

/** What the calendar operations name when something is gone or not allowed, in both languages. */
export const CAMPAIGN: What = { en: 'campaign', zh: '营销活动' };
export const ACTIVITY: What = { en: 'activity', zh: '工作项' };
export const STRATEGY: What = { en: 'strategy', zh: '策略' };
export const PROMOTION_ITEM: What = { en: 'promotion item', zh: '促销组合项' };

export { gone };

/** The campaign with this id (only it is drafted), or a conflict. */
export function requireCampaign(draft: Draft<Workspace>, campaignId: string): Campaign {
  const campaign = findById(draft.campaigns, campaignId);
  if (!campaign) throw gone(CAMPAIGN);
  return campaign;
}

export function requireActivity(campaign: Campaign, activityId: string): Activity {
  const activity = findActivity(campaign, activityId);
  if (!activity) throw gone(ACTIVITY);
  return activity;
}

/** Dates of a campaign or an activity: the end may be the start, never before it. */
export function requireDateOrder(startDate: string, endDate: string): void {
  if (endDate < startDate) {
    throw new OperationRefused('refused', 'The end date is before the start date.', '结束日期早于开始日期。');
  }
}

/**
 * A strategy and promotion item a campaign is to be linked with must exist now (the choice was
 * made on a screen that may be older than another window's deletion): a conflict otherwise.
 */
export function requirePromotionTarget(draft: Draft<Workspace>, strategyId: string | null, itemId: string | null): void {
  if (strategyId === null) {
    if (itemId !== null) throw new OperationRefused('refused', 'A promotion item can only be chosen together with its strategy.', '必须同时选择促销组合项所属的策略。');
    return;
  }
  const strategy = findById(draft.strategies, strategyId);
  if (!strategy) throw gone(STRATEGY);
  if (itemId !== null && !strategy.promotion.items.some((item) => item.id === itemId)) throw gone(PROMOTION_ITEM);
}
