import { priceTier, pricingBlock } from '../../schema/strategy';
import { blockUpdate, fieldsOf, keysBut, listOperations, requireReference } from './common';

const TIER = { en: 'price tier', zh: '价格档位' };
const SEGMENT = { en: 'segment', zh: '细分市场' };

const tiers = listOperations({
  entity: 'tier', what: TIER, item: priceTier,
  fields: fieldsOf(priceTier.shape, keysBut(priceTier.shape, 'id')),
  list: (strategy) => strategy.pricing.tiers,
  check: (strategy, fields) => requireReference(strategy.targetMarket.segments, fields.segmentId, SEGMENT),
  // The break-even chart falls back to the first tier.
  onRemove: (strategy, tierId) => {
    if (strategy.pricing.breakEvenTierId === tierId) strategy.pricing.breakEvenTierId = null;
  },
});

/** Step 4 — pricing: the strategy type, costs, the break-even tier, discount policy, notes, and the price tiers. */
export const pricingOps = {
  'strategy.pricing.update': blockUpdate(
    'strategy.pricing.update',
    fieldsOf(pricingBlock.shape, ['strategyType', 'unitVariableCost', 'fixedCosts', 'breakEvenTierId', 'discountPolicy', 'notes']),
    (strategy) => strategy.pricing,
    (strategy, fields) => requireReference(strategy.pricing.tiers, fields.breakEvenTierId, TIER),
  ),
  'strategy.tier.add': tiers.add,
  'strategy.tier.update': tiers.update,
  'strategy.tier.remove': tiers.remove,
};
