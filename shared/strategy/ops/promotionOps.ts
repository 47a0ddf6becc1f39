import { z } from 'zod';
import { defineOperation } from '../../ops/defineOperation';
import { id, list } from '../../schema/primitives';
import { promotionBlock, promotionItem } from '../../schema/strategy';
import { linkPromotionCampaigns } from '../promotionLinks';
import {
  blockUpdate, clearCampaignLinks, fieldsOf, gone, idsOf, indexById, keysBut, listOperations, requireItem, requireNewId, requireStrategy,
} from './common';

const ITEM = { en: 'promotion item', zh: '促销项' };
const CAMPAIGN = { en: 'campaign', zh: '活动' };

const items = listOperations({
  entity: 'promotionItem', what: ITEM, item: promotionItem,
  // The campaign links change only through setCampaigns, which keeps both sides of each link.
  fields: fieldsOf(promotionItem.shape, keysBut(promotionItem.shape, 'id', 'campaignIds')),
  list: (strategy) => strategy.promotion.items,
});

/** A new item links no campaign yet. */
const newItem = promotionItem.omit({ campaignIds: true }).strict();

/** Step 5 — promotion: notes, the promotion items and the campaigns that carry each out. */
export const promotionOps = {
  'strategy.promotion.update': blockUpdate('strategy.promotion.update', fieldsOf(promotionBlock.shape, ['notes']), (strategy) => strategy.promotion),

  'strategy.promotionItem.add': defineOperation('strategy.promotionItem.add', z.object({ strategyId: id, item: newItem }).strict(), (draft, args) => {
    const strategy = requireStrategy(draft, args.strategyId);
    requireNewId(strategy.promotion.items, args.item.id, ITEM);
    strategy.promotion.items.push({ ...args.item, campaignIds: [] });
  }),

  'strategy.promotionItem.update': items.update,

  /**
   * Removes an item. Campaigns that carried it out keep their strategy but no longer name the item
   * (the same as taking them off the item's campaign list), so no link is left pointing at nothing.
   */
  'strategy.promotionItem.remove': defineOperation('strategy.promotionItem.remove', z.object({ strategyId: id, id }).strict(), (draft, args) => {
    const strategy = requireStrategy(draft, args.strategyId);
    requireItem(strategy.promotion.items, args.id, ITEM);
    strategy.promotion.items.splice(indexById(strategy.promotion.items, args.id), 1);
    clearCampaignLinks(draft.campaigns, (campaign) => campaign.strategyId === args.strategyId && campaign.promotionItemId === args.id, (campaign) => {
      campaign.promotionItemId = null;
    });
  }),

  /**
   * The campaigns that carry out an item, as a whole list; both sides of each link change together
   * (a campaign taken from another item leaves that item's list). Every campaign must exist.
   */
  'strategy.promotionItem.setCampaigns': defineOperation(
    'strategy.promotionItem.setCampaigns',
    z.object({ strategyId: id, itemId: id, campaignIds: list(id, 1_000) }).strict(),
    (draft, args) => {
      const strategy = requireStrategy(draft, args.strategyId);
      requireItem(strategy.promotion.items, args.itemId, ITEM);
      const known = idsOf(draft.campaigns);
      for (const campaignId of args.campaignIds) if (!known.has(campaignId)) throw gone(CAMPAIGN);
      linkPromotionCampaigns(draft, args.strategyId, args.itemId, args.campaignIds);
    },
  ),
};
