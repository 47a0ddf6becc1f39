import type { Campaign } from '../../../../../shared/schema/campaign';
import type { Workspace } from '../../../../../shared/schema/workspace';
import { emptyCampaign, emptyEventDetails } from '../../../../../shared/calendar/emptyCampaign';
import { addDays } from '../calendar/calendarDates';

export type Activity = Campaign['activities'][number];
export { emptyEventDetails, type EventDetails } from '../../../../../shared/calendar/emptyCampaign';

/** A new campaign as the editor starts it: one week from the given day, nothing planned yet. */
export function newCampaignDraft(id: string, startDate: string): Campaign {
  return emptyCampaign({ id, name: '', startDate, endDate: addDays(startDate, 6) });
}

export function newActivity(id: string, campaign: Pick<Campaign, 'startDate'>, title: string): Activity {
  return { id, level: 'task', title, startDate: campaign.startDate, endDate: campaign.startDate, owner: '', done: false };
}

/** Why a new campaign cannot be created yet; each has its own message. */
export type DraftProblem = 'name-required' | 'end-before-start' | 'activity-title-required' | 'activity-end-before-start';

export function draftProblems(campaign: Campaign): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (campaign.name.trim() === '') problems.push('name-required');
  if (campaign.endDate < campaign.startDate) problems.push('end-before-start');
  if (campaign.activities.some((a) => a.title.trim() === '')) problems.push('activity-title-required');
  if (campaign.activities.some((a) => a.endDate < a.startDate)) problems.push('activity-end-before-start');
  return problems;
}

/** Event details exist exactly for events and trade shows; switching kind keeps what was typed. */
export function setKind(campaign: Campaign, kind: Campaign['kind']): void {
  campaign.kind = kind;
  if (kind !== 'campaign' && campaign.event === null) campaign.event = emptyEventDetails();
}

function promotionItem(workspace: Workspace, strategyId: string | null, itemId: string | null) {
  if (strategyId === null || itemId === null) return undefined;
  return workspace.strategies.find((s) => s.id === strategyId)?.promotion.items.find((i) => i.id === itemId);
}

/**
 * Points a campaign at a strategy and one of its promotion-mix items (either may be null), keeping
 * the item's campaignIds true on both sides in the same edit: off the old item, onto the new one.
 */
export function setCampaignPromotion(workspace: Workspace, campaignId: string, strategyId: string | null, itemId: string | null): void {
  const campaign = workspace.campaigns.find((c) => c.id === campaignId);
  if (!campaign) return;
  const old = promotionItem(workspace, campaign.strategyId, campaign.promotionItemId);
  if (old) old.campaignIds = old.campaignIds.filter((id) => id !== campaignId);
  const next = promotionItem(workspace, strategyId, itemId);
  campaign.strategyId = strategyId;
  campaign.promotionItemId = next ? itemId : null;
  if (next && !next.campaignIds.includes(campaignId)) next.campaignIds.push(campaignId);
}

/** Adds a new campaign and its promotion link in one edit. */
export function addCampaign(workspace: Workspace, campaign: Campaign): void {
  const { strategyId, promotionItemId } = campaign;
  workspace.campaigns.push({ ...campaign, strategyId: null, promotionItemId: null });
  setCampaignPromotion(workspace, campaign.id, strategyId, promotionItemId);
}

/** Deletes a campaign and every promotion item's link to it, in one edit. */
export function removeCampaign(workspace: Workspace, campaignId: string): void {
  workspace.campaigns = workspace.campaigns.filter((c) => c.id !== campaignId);
  for (const strategy of workspace.strategies) {
    for (const item of strategy.promotion.items) {
      if (item.campaignIds.includes(campaignId)) item.campaignIds = item.campaignIds.filter((id) => id !== campaignId);
    }
  }
}
