import { current } from 'immer';
import { z } from 'zod';
import { defineOperation } from '../../ops/defineOperation';
import { currencyCode, id, requiredName } from '../../schema/primitives';
import { strategy as strategySchema } from '../../schema/strategy';
import { duplicateStrategy } from '../duplicateStrategy';
import { emptyStrategy } from '../emptyStrategy';
import { blockUpdate, clearCampaignLinks, fieldsOf, indexById, requireNewId, requireStrategy } from './common';

const STRATEGY = { en: 'strategy', zh: '策略' };

/** Whole strategies: create (a blank canvas), duplicate, remove, and the header's own fields. */
export const strategyOps = {
  /** A blank canvas at the end of the list; its currency is the workspace's unless given. */
  'strategy.create': defineOperation('strategy.create', z.object({ id, name: requiredName, currency: currencyCode.optional() }).strict(), (draft, args, { at }) => {
    requireNewId(draft.strategies, args.id, STRATEGY);
    draft.strategies.push(emptyStrategy({ id: args.id, name: args.name, currency: args.currency ?? draft.settings.currency, createdAt: at }));
  }),

  /** A full copy under a new id and name, at the end of the list; the copy has no campaign links. */
  'strategy.duplicate': defineOperation('strategy.duplicate', z.object({ sourceId: id, id, name: requiredName }).strict(), (draft, args, { at }) => {
    const source = requireStrategy(draft, args.sourceId);
    requireNewId(draft.strategies, args.id, STRATEGY);
    // The copy is made from a plain snapshot of the source (structuredClone cannot clone a draft).
    draft.strategies.push(duplicateStrategy(current(source), { id: args.id, name: args.name, createdAt: at }));
  }),

  /**
   * Removes a strategy. Its campaigns stay in the calendar, no longer pointing at it (nor at one of
   * its promotion items). Workshops, workshop decisions and documents that name it are left as they
   * are, as before: undo brings the strategy back and their links mean something again.
   */
  'strategy.remove': defineOperation('strategy.remove', z.object({ id }).strict(), (draft, args) => {
    requireStrategy(draft, args.id);
    draft.strategies.splice(indexById(draft.strategies, args.id), 1);
    clearCampaignLinks(draft.campaigns, (campaign) => campaign.strategyId === args.id, (campaign) => {
      campaign.strategyId = null;
      campaign.promotionItemId = null;
    });
  }),

  /** The canvas header: name, product, market, currency. */
  'strategy.update': blockUpdate('strategy.update', fieldsOf(strategySchema.shape, ['name', 'product', 'market', 'currency']), (strategy) => strategy),
};
