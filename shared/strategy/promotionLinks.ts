import { isDraft, original } from 'immer';
import type { Workspace } from '../schema/workspace';

/**
 * Sets the campaigns that carry out one promotion item, keeping both sides of the link true:
 * the item's campaignIds, and each campaign's strategyId + promotionItemId. A campaign taken off
 * the item keeps its strategy but no longer names the item. Works on a draft (mutates).
 */
export function linkPromotionCampaigns(workspace: Workspace, strategyId: string, itemId: string, campaignIds: readonly string[]): void {
  const strategy = workspace.strategies.find((candidate) => candidate.id === strategyId);
  const item = strategy?.promotion.items.find((candidate) => candidate.id === itemId);
  if (!item) return;
  const wanted = new Set(campaignIds);
  const before = new Set(item.campaignIds);
  item.campaignIds = [...wanted];
  for (const campaign of campaignsWithIds(workspace.campaigns, new Set([...wanted, ...before]))) {
    if (wanted.has(campaign.id) && !(campaign.strategyId === strategyId && campaign.promotionItemId === itemId)) {
      // A campaign serves one promotion item: taking it here unlinks it from the item it had.
      if (campaign.promotionItemId && campaign.promotionItemId !== itemId) unlinkFromItem(workspace, campaign.strategyId, campaign.promotionItemId, campaign.id);
      campaign.strategyId = strategyId;
      campaign.promotionItemId = itemId;
    } else if (!wanted.has(campaign.id) && before.has(campaign.id) && campaign.promotionItemId === itemId) {
      campaign.promotionItemId = null;
    }
  }
}

function unlinkFromItem(workspace: Workspace, strategyId: string | null, itemId: string, campaignId: string): void {
  const strategy = workspace.strategies.find((candidate) => candidate.id === strategyId);
  const item = strategy?.promotion.items.find((candidate) => candidate.id === itemId);
  if (item) item.campaignIds = item.campaignIds.filter((id) => id !== campaignId);
}

type CampaignList = Workspace['campaigns'];

/**
 * The campaigns with these ids, in list order. On an immer draft the ids are read from the base
 * state, so only the campaigns concerned get a draft proxy, not every one of thousands.
 */
function campaignsWithIds(campaigns: CampaignList, ids: ReadonlySet<string>): CampaignList {
  if (ids.size === 0) return [];
  const base = isDraft(campaigns) ? (original(campaigns) as CampaignList) : campaigns;
  const found: CampaignList = [];
  for (let index = 0; index < base.length; index += 1) {
    if (!ids.has(base[index]!.id)) continue;
    const campaign = campaigns[index];
    // The draft may already differ from its base (an earlier step of the same recipe): then search it.
    if (campaign?.id !== base[index]!.id) return campaigns.filter((candidate) => ids.has(candidate.id));
    found.push(campaign);
  }
  return found;
}
