import type { Campaign } from '../schema/campaign';
import type { Workspace } from '../schema/workspace';
import { emptyEventDetails } from './emptyCampaign';
import { findById, indexById, plain as baseOf } from '../ops/findById';

/**
 * Whole campaigns and their link to a strategy's promotion-mix item, kept true on both sides: the
 * campaign's strategyId + promotionItemId, and the item's campaignIds. These work on an immer
 * draft of the workspace (the calendar operations) or on plain data (tests); they touch only the
 * campaign and the items concerned, never all 5,000 campaigns.
 */

/** Event details exist exactly for events and trade shows; switching kind keeps what was typed. */
export function setKind(campaign: Campaign, kind: Campaign['kind']): void {
  campaign.kind = kind;
  if (kind !== 'campaign' && campaign.event === null) campaign.event = emptyEventDetails();
}

/** The promotion item a strategy id and an item id name, if both exist. */
export function findPromotionItem(workspace: Workspace, strategyId: string | null, itemId: string | null) {
  if (strategyId === null || itemId === null) return undefined;
  return findById(workspace.strategies, strategyId)?.promotion.items.find((item) => item.id === itemId);
}

function linkCampaign(workspace: Workspace, campaign: Campaign, strategyId: string | null, itemId: string | null): void {
  const old = findPromotionItem(workspace, campaign.strategyId, campaign.promotionItemId);
  if (old && old.campaignIds.includes(campaign.id)) old.campaignIds = old.campaignIds.filter((id) => id !== campaign.id);
  const next = findPromotionItem(workspace, strategyId, itemId);
  campaign.strategyId = strategyId;
  campaign.promotionItemId = next ? itemId : null;
  if (next && !next.campaignIds.includes(campaign.id)) next.campaignIds.push(campaign.id);
}

/**
 * Points a campaign at a strategy and one of its promotion-mix items (either may be null), keeping
 * the item's campaignIds true on both sides in the same edit: off the old item, onto the new one.
 * An item that is not in that strategy is not linked (the campaign keeps the strategy only).
 */
export function setCampaignPromotion(workspace: Workspace, campaignId: string, strategyId: string | null, itemId: string | null): void {
  const campaign = findById(workspace.campaigns, campaignId);
  if (campaign) linkCampaign(workspace, campaign, strategyId, itemId);
}

/** Adds a new campaign and its promotion link in one edit. */
export function addCampaign(workspace: Workspace, campaign: Campaign): void {
  const { strategyId, promotionItemId } = campaign;
  workspace.campaigns.push({ ...campaign, strategyId: null, promotionItemId: null });
  linkCampaign(workspace, workspace.campaigns[workspace.campaigns.length - 1]!, strategyId, promotionItemId);
}

/**
 * Adds many new campaigns (an import) with their promotion links, in one edit. Campaigns whose id
 * is already in the workspace are left out (the same file imported twice, or in another window);
 * answers how many were added.
 */
export function addCampaigns(workspace: Workspace, campaigns: readonly Campaign[]): number {
  const existing = new Set(baseOf(workspace.campaigns).map((c) => c.id));
  let added = 0;
  for (const campaign of campaigns) {
    if (existing.has(campaign.id)) continue;
    existing.add(campaign.id);
    addCampaign(workspace, campaign);
    added += 1;
  }
  return added;
}

/**
 * Deletes a campaign and the link to it from the promotion item it carries out, in one edit.
 * Another item listing it one-sidedly (only an older, hand-edited file could have that) is left
 * alone: the strategy canvas does not show ids of missing campaigns and drops them on its next
 * change, and undo must be able to put back exactly what was there.
 * Workshop action items that pointed at the campaign (or at one of its activities) are left as
 * they are: the workshop treats a missing campaign as its own and re-creates the task when the
 * action is next edited. Answers false when there was no such campaign.
 */
export function removeCampaign(workspace: Workspace, campaignId: string): boolean {
  const index = indexById(workspace.campaigns, campaignId);
  if (index < 0) return false;
  const [removed] = workspace.campaigns.splice(index, 1);
  const linked = removed ? findPromotionItem(workspace, removed.strategyId, removed.promotionItemId) : undefined;
  if (linked && linked.campaignIds.includes(campaignId)) linked.campaignIds = linked.campaignIds.filter((id) => id !== campaignId);
  return true;
}
