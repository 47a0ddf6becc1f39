import { marketSize, persona, segment, targetMarketBlock } from '../../schema/strategy';
import { blockUpdate, fieldsOf, keysBut, listOperations } from './common';

const SEGMENT = { en: 'segment', zh: '细分市场' };
const PERSONA = { en: 'persona', zh: '用户画像' };

const segments = listOperations({
  entity: 'segment', what: SEGMENT, item: segment,
  fields: fieldsOf(segment.shape, keysBut(segment.shape, 'id')),
  list: (strategy) => strategy.targetMarket.segments,
  // Price tiers aimed at the segment stay, aimed at no segment.
  onRemove: (strategy, segmentId) => {
    for (const tier of strategy.pricing.tiers) if (tier.segmentId === segmentId) tier.segmentId = null;
  },
});

const personas = listOperations({
  entity: 'persona', what: PERSONA, item: persona,
  fields: fieldsOf(persona.shape, keysBut(persona.shape, 'id')),
  list: (strategy) => strategy.targetMarket.personas,
});

/** Step 2 — target market: notes, segments, personas and the market size (TAM / SAM / SOM). */
export const targetMarketOps = {
  'strategy.targetMarket.update': blockUpdate('strategy.targetMarket.update', fieldsOf(targetMarketBlock.shape, ['notes']), (strategy) => strategy.targetMarket),
  'strategy.marketSize.update': blockUpdate('strategy.marketSize.update', fieldsOf(marketSize.shape, ['tam', 'sam', 'som', 'unit']), (strategy) => strategy.targetMarket.marketSize),
  'strategy.segment.add': segments.add,
  'strategy.segment.update': segments.update,
  'strategy.segment.remove': segments.remove,
  'strategy.persona.add': personas.add,
  'strategy.persona.update': personas.update,
  'strategy.persona.remove': personas.remove,
};
