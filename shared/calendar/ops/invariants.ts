import { defineInvariant } from '../../ops/defineInvariant';
import type { Touched } from '../../ops/touchedEntities';
import type { Campaign } from '../../schema/campaign';
import type { Strategy } from '../../schema/strategy';
import type { Workspace } from '../../schema/workspace';
import type { IssueSummary } from '../../validation/issues';

/**
 * Campaign ↔ promotion item links, both sides: a campaign's strategyId names an existing strategy,
 * its promotionItemId an item of that strategy which lists the campaign; every id an item lists is
 * an existing campaign pointing back at that item (once).
 *
 * Checked only where an operation touched: the touched campaigns, the items they were linked to
 * before, and every item of a touched strategy (with the campaigns those items listed before or
 * list now, and — only when a strategy was removed — the campaigns that still name it). A problem
 * the workspace already had before the operation (an older file's one-sided link) is not held
 * against the operation; only a link it breaks or makes dangling is refused.
 */

interface Listing { campaignId: string; strategyId: string; itemId: string }

interface Scope {
  /** Campaigns whose own link is checked. */
  campaigns: Set<string>;
  /** Strategies whose every promotion item is checked. */
  strategies: Set<string>;
  /** Items a touched campaign was linked to before: if they still list it, it must still point at them. */
  listings: Listing[];
}

type Problems = Map<string, IssueSummary>;

const MAX_PROBLEMS = 20;
const NONE: ReadonlySet<string> = new Set();

function touchedIds(touched: Touched, key: 'campaigns' | 'strategies', before: Workspace, next: Workspace): ReadonlySet<string> {
  if (!touched.collections.has(key)) return touched.entities.get(key) ?? NONE;
  const all = new Set<string>();
  for (const entity of before[key]) all.add(entity.id);
  for (const entity of next[key]) all.add(entity.id);
  return all;
}

/** The entities of `list` whose ids are wanted, in one pass that stops once all are found. */
function pick<T extends { id: string }>(list: readonly T[], wanted: ReadonlySet<string>): Map<string, T> {
  const found = new Map<string, T>();
  if (wanted.size === 0) return found;
  for (const entity of list) {
    if (wanted.has(entity.id)) {
      found.set(entity.id, entity);
      if (found.size === wanted.size) break;
    }
  }
  return found;
}

/** A strategy by id: a search for the first few, an index (≤ 1,000 strategies) once many are asked for. */
function strategyLookup(strategies: readonly Strategy[]): (id: string) => Strategy | undefined {
  let index: Map<string, Strategy> | null = null;
  let asked = 0;
  return (id) => {
    if (index) return index.get(id);
    asked += 1;
    if (asked <= 8) return strategies.find((strategy) => strategy.id === id);
    index = new Map(strategies.map((strategy) => [strategy.id, strategy]));
    return index.get(id);
  };
}

function scopeOf(touched: Touched, before: Workspace, next: Workspace): Scope {
  const scope: Scope = { campaigns: new Set(), strategies: new Set(), listings: [] };
  const campaigns = touchedIds(touched, 'campaigns', before, next);
  for (const id of campaigns) scope.campaigns.add(id);
  for (const campaign of pick(before.campaigns, campaigns).values()) {
    if (campaign.strategyId !== null && campaign.promotionItemId !== null) {
      scope.listings.push({ campaignId: campaign.id, strategyId: campaign.strategyId, itemId: campaign.promotionItemId });
    }
  }
  const strategies = touchedIds(touched, 'strategies', before, next);
  if (strategies.size === 0) return scope;
  const nextStrategies = pick(next.strategies, strategies);
  const removed = new Set<string>();
  const listed = (strategy: Strategy) => {
    for (const item of strategy.promotion.items) for (const id of item.campaignIds) scope.campaigns.add(id);
  };
  for (const strategy of pick(before.strategies, strategies).values()) {
    listed(strategy);
    if (!nextStrategies.has(strategy.id)) removed.add(strategy.id);
  }
  for (const strategy of nextStrategies.values()) {
    scope.strategies.add(strategy.id);
    listed(strategy);
  }
  if (removed.size > 0) {
    for (const campaign of next.campaigns) if (campaign.strategyId !== null && removed.has(campaign.strategyId)) scope.campaigns.add(campaign.id);
  }
  return scope;
}

const named = (name: string) => `“${name}”`;

function problemsIn(workspace: Workspace, scope: Scope): Problems {
  const problems: Problems = new Map();
  const strategyById = strategyLookup(workspace.strategies);
  const wanted = new Set(scope.campaigns);
  for (const listing of scope.listings) wanted.add(listing.campaignId);
  for (const id of scope.strategies) {
    const strategy = strategyById(id);
    for (const item of strategy?.promotion.items ?? []) for (const campaignId of item.campaignIds) wanted.add(campaignId);
  }
  const campaignById = pick(workspace.campaigns, wanted);
  const add = (key: string, issue: IssueSummary) => {
    if (problems.size < MAX_PROBLEMS * 4 && !problems.has(key)) problems.set(key, issue);
  };

  for (const id of scope.campaigns) {
    const campaign = campaignById.get(id);
    if (campaign) checkCampaign(campaign, strategyById, add);
  }
  const checkListing = (strategy: Strategy, itemIndex: number, campaignId: string) => {
    const item = strategy.promotion.items[itemIndex]!;
    const key = `item:${strategy.id}:${item.id}:${campaignId}`;
    const campaign = campaignById.get(campaignId);
    if (!campaign) {
      add(key, {
        path: named(strategy.name),
        en: `promotion item ${itemIndex + 1} lists a campaign that no longer exists (${campaignId})`,
        zh: `的第 ${itemIndex + 1} 个促销组合项列出了已不存在的营销活动（${campaignId}）`,
      });
    } else if (campaign.strategyId !== strategy.id || campaign.promotionItemId !== item.id) {
      add(key, {
        path: named(strategy.name),
        en: `promotion item ${itemIndex + 1} lists the campaign ${named(campaign.name)}, which is not linked to it`,
        zh: `的第 ${itemIndex + 1} 个促销组合项列出了未与其关联的营销活动${named(campaign.name)}`,
      });
    }
  };
  for (const id of scope.strategies) {
    const strategy = strategyById(id);
    if (!strategy) continue;
    strategy.promotion.items.forEach((item, itemIndex) => {
      const seen = new Set<string>();
      for (const campaignId of item.campaignIds) {
        if (seen.has(campaignId)) {
          add(`item:${strategy.id}:${item.id}:${campaignId}:twice`, {
            path: named(strategy.name),
            en: `promotion item ${itemIndex + 1} lists the campaign ${campaignId} twice`,
            zh: `的第 ${itemIndex + 1} 个促销组合项重复列出营销活动 ${campaignId}`,
          });
        }
        seen.add(campaignId);
        checkListing(strategy, itemIndex, campaignId);
      }
    });
  }
  for (const listing of scope.listings) {
    const strategy = strategyById(listing.strategyId);
    const itemIndex = strategy ? strategy.promotion.items.findIndex((item) => item.id === listing.itemId) : -1;
    if (strategy && itemIndex >= 0 && strategy.promotion.items[itemIndex]!.campaignIds.includes(listing.campaignId)) checkListing(strategy, itemIndex, listing.campaignId);
  }
  return problems;
}

function checkCampaign(campaign: Campaign, strategyById: (id: string) => Strategy | undefined, add: (key: string, issue: IssueSummary) => void): void {
  const path = named(campaign.name);
  const strategy = campaign.strategyId === null ? undefined : strategyById(campaign.strategyId);
  if (campaign.strategyId !== null && !strategy) {
    add(`campaign:${campaign.id}:strategy`, { path, en: 'is linked to a strategy that no longer exists', zh: '关联的策略已不存在' });
    return;
  }
  if (campaign.promotionItemId === null) return;
  const item = strategy?.promotion.items.find((candidate) => candidate.id === campaign.promotionItemId);
  if (!item) {
    add(`campaign:${campaign.id}:item`, { path, en: 'is linked to a promotion item that no longer exists in its strategy', zh: '关联的促销组合项已不在其策略中' });
  } else if (!item.campaignIds.includes(campaign.id)) {
    add(`campaign:${campaign.id}:unlisted`, { path, en: 'is linked to a promotion item that does not list it', zh: '关联的促销组合项未列出该营销活动' });
  }
}

export const campaignPromotionLinks = defineInvariant('campaign-promotion-links', ['campaigns', 'strategies'], (next, touched, before) => {
  const scope = scopeOf(touched, before, next);
  const problems = problemsIn(next, scope);
  if (problems.size === 0) return [];
  // Only what this operation broke: the same problem in the state it started from is an older file's, not its own.
  const already = problemsIn(before, scope);
  const fresh: IssueSummary[] = [];
  for (const [key, issue] of problems) {
    if (!already.has(key)) fresh.push(issue);
    if (fresh.length === MAX_PROBLEMS) break;
  }
  return fresh;
});

