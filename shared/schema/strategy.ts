import { z } from 'zod';
import {
  confidence, count, currencyCode, id, isoDate, isoDateTime, list, longText, mediumText,
  money, optionalMoney, percent, requiredName, shortText,
} from './primitives';

/** Block 0 — market research 市场调研: sources, findings and the competitor list. */
export const researchSource = z.object({
  id, title: requiredName, url: shortText.default(''), date: isoDate.nullable(),
  confidence, notes: mediumText.default(''),
});
export const researchFinding = z.object({
  id, text: mediumText, date: isoDate.nullable(), confidence, sourceId: id.nullable(),
});
export const priceLevel = z.enum(['low', 'mid', 'high', 'premium']);
export const competitor = z.object({
  id, name: requiredName, website: shortText.default(''), priceLevel,
  /** Their typical price, in the strategy's currency, for the price comparison (added in v3). */
  price: optionalMoney,
  strengths: mediumText.default(''), weaknesses: mediumText.default(''),
});
export const researchBlock = z.object({
  sources: list(researchSource, 1_000),
  findings: list(researchFinding, 1_000),
  competitors: list(competitor, 200),
  notes: longText,
});

/** Block 1 — target market 目标市场. */
export const sizeUnit = z.enum(['customers', 'units', 'revenue']);
export const segment = z.object({
  id, name: requiredName, description: mediumText.default(''),
  sizeEstimate: optionalMoney, sizeUnit, growthPercent: z.number().finite().min(-100).max(1000).nullable(),
  attractiveness: z.number().int().min(1).max(5), chosen: z.boolean(),
});
export const persona = z.object({
  id, name: requiredName, role: shortText.default(''), goals: mediumText.default(''),
  pains: mediumText.default(''), buyingCriteria: mediumText.default(''), channels: mediumText.default(''),
});
export const marketSize = z.object({ tam: optionalMoney, sam: optionalMoney, som: optionalMoney, unit: sizeUnit });
export const targetMarketBlock = z.object({
  segments: list(segment, 500), personas: list(persona, 200), marketSize, notes: longText,
});

/** Block 2 — positioning 定位. */
export const positioningStatement = z.object({
  target: shortText, need: shortText, product: shortText, category: shortText,
  benefit: shortText, competitor: shortText, differentiator: shortText,
});
export const mapPoint = z.object({
  id, kind: z.enum(['own', 'competitor']), competitorId: id.nullable(), label: shortText,
  x: z.number().finite().min(0).max(10), y: z.number().finite().min(0).max(10),
});
export const perceptualMap = z.object({
  xAxis: z.object({ low: shortText, high: shortText }),
  yAxis: z.object({ low: shortText, high: shortText }),
  points: list(mapPoint, 200),
});
export const positioningBlock = z.object({
  statement: positioningStatement,
  differentiationPoints: list(z.object({ id, text: mediumText, competitorId: id.nullable() }), 200),
  map: perceptualMap,
  notes: longText,
});

/** Block 3 — pricing 价格策略. */
export const pricingStrategyType = z.enum([
  'penetration', 'skimming', 'value-based', 'cost-plus', 'competitive', 'tiered-freemium',
]);
export const priceTier = z.object({
  id, name: requiredName, price: money, segmentId: id.nullable(), includes: mediumText.default(''),
});
export const pricingBlock = z.object({
  strategyType: pricingStrategyType.nullable(),
  tiers: list(priceTier, 100),
  unitVariableCost: optionalMoney,
  fixedCosts: optionalMoney,
  /** The tier whose price the break-even chart uses; null = the first tier (added in v3). */
  breakEvenTierId: id.nullable(),
  discountPolicy: mediumText,
  notes: longText,
});

/** Block 4 — channels 营销渠道. */
export const channelType = z.enum(['online-store', 'marketplace', 'retail', 'distributor', 'direct-sales', 'partner']);
export const channel = z.object({
  id, type: channelType, name: requiredName, role: shortText.default(''),
  costPercent: percent.nullable(), targetSharePercent: percent.nullable(), owner: shortText.default(''),
});
export const channelsBlock = z.object({ items: list(channel, 100), notes: longText });

/** Block 5 — promotion 促销. Items link to campaigns by id (the calendar owns campaigns). */
export const promotionType = z.enum(['advertising', 'pr', 'sales-promotion', 'direct-marketing', 'events', 'content-social']);
export const promotionItem = z.object({
  id, type: promotionType, objective: mediumText.default(''), keyMessage: mediumText.default(''),
  budget: optionalMoney, kpi: shortText.default(''), campaignIds: list(id, 1_000),
});
export const promotionBlock = z.object({ items: list(promotionItem, 200), notes: longText });

/** Step 6 — implementation and monitoring 实施与监控. */
export const implementationBlock = z.object({ notes: longText, reviewCadenceWeeks: count.nullable() });

export const strategy = z.object({
  id,
  name: requiredName,
  product: shortText,
  market: shortText,
  currency: currencyCode,
  createdAt: isoDateTime,
  research: researchBlock,
  targetMarket: targetMarketBlock,
  positioning: positioningBlock,
  pricing: pricingBlock,
  channels: channelsBlock,
  promotion: promotionBlock,
  implementation: implementationBlock,
});
export type Strategy = z.infer<typeof strategy>;
