import type { Strategy } from '../schema/strategy';
import { channelShareCheck } from './channelShares';

/**
 * How complete each canvas block, each of the six workshop steps and the whole strategy is.
 * Each block has a fixed list of named checks; the keys are stable strings the UI translates
 * (so they must never be renamed casually). Free-text notes fields are optional and do not
 * count, except in implementation, where the notes ARE the monitoring plan.
 *
 * Runs on every render of the canvas: one pass over each list, no sorting, no cloning.
 */

export const BLOCK_KEYS = ['research', 'targetMarket', 'positioning', 'pricing', 'channels', 'promotion', 'implementation'] as const;
export type BlockKey = (typeof BLOCK_KEYS)[number];

export const STEP_KEYS = ['research', 'targetMarket', 'positioning', 'priceChannel', 'promotion', 'implementation'] as const;
export type StepKey = (typeof STEP_KEYS)[number];

/** The six steps of the planning method; price and channel are one step with two blocks. */
export const STEP_BLOCKS: Record<StepKey, readonly BlockKey[]> = {
  research: ['research'],
  targetMarket: ['targetMarket'],
  positioning: ['positioning'],
  priceChannel: ['pricing', 'channels'],
  promotion: ['promotion'],
  implementation: ['implementation'],
};

export const RESEARCH_CHECKS = ['research.sources', 'research.findings', 'research.competitors'] as const;
export const TARGET_MARKET_CHECKS = [
  'targetMarket.segments', 'targetMarket.chosenSegment', 'targetMarket.personas', 'targetMarket.marketSize',
] as const;
export const POSITIONING_CHECKS = [
  'positioning.statement', 'positioning.differentiation', 'positioning.mapAxes', 'positioning.mapPoints',
] as const;
export const PRICING_CHECKS = ['pricing.strategyType', 'pricing.tiers', 'pricing.costs', 'pricing.discountPolicy'] as const;
export const CHANNELS_CHECKS = ['channels.channels', 'channels.shares'] as const;
export const PROMOTION_CHECKS = ['promotion.items', 'promotion.objectives', 'promotion.budgets'] as const;
export const IMPLEMENTATION_CHECKS = ['implementation.notes', 'implementation.cadence'] as const;

/** Every block's checks, in display order. */
export const BLOCK_CHECKS = {
  research: RESEARCH_CHECKS,
  targetMarket: TARGET_MARKET_CHECKS,
  positioning: POSITIONING_CHECKS,
  pricing: PRICING_CHECKS,
  channels: CHANNELS_CHECKS,
  promotion: PROMOTION_CHECKS,
  implementation: IMPLEMENTATION_CHECKS,
} as const satisfies Record<BlockKey, readonly string[]>;

export type BlockCheckKey<B extends BlockKey> = (typeof BLOCK_CHECKS)[B][number];
export type CheckKey = BlockCheckKey<BlockKey>;
/** Every check key of every block, in block order, e.g. for a translation table test. */
export const CHECK_KEYS: readonly CheckKey[] = BLOCK_KEYS.flatMap((block) => BLOCK_CHECKS[block]);

export interface Completeness {
  done: number;
  total: number;
  /** 0..100 integer, rounded down so 100 only ever means every check passes. */
  percent: number;
  /** The failing checks, in display order. */
  missing: CheckKey[];
}

const filled = (text: string): boolean => text.trim().length > 0;

/**
 * "Every item has X" checks fail on an empty list: a plan with no promotion items has not
 * given each one an objective, and counting it as done would show 2 of 3 for an empty block.
 */
const everyNonEmpty = <T>(items: readonly T[], test: (item: T) => boolean): boolean => items.length > 0 && items.every(test);

type Results<B extends BlockKey> = Record<BlockCheckKey<B>, boolean>;

function researchChecks({ research }: Strategy): Results<'research'> {
  return {
    'research.sources': research.sources.length > 0,
    // A finding row the user added but never wrote is not a finding.
    'research.findings': research.findings.some((finding) => filled(finding.text)),
    'research.competitors': research.competitors.length > 0,
  };
}

function targetMarketChecks({ targetMarket }: Strategy): Results<'targetMarket'> {
  const { tam, sam, som } = targetMarket.marketSize;
  return {
    'targetMarket.segments': targetMarket.segments.length > 0,
    'targetMarket.chosenSegment': targetMarket.segments.some((segment) => segment.chosen),
    'targetMarket.personas': targetMarket.personas.length > 0,
    // 0 is a value the user entered; only null is "not set".
    'targetMarket.marketSize': tam !== null && sam !== null && som !== null,
  };
}

function positioningChecks({ positioning, research }: Strategy): Results<'positioning'> {
  const { statement, map } = positioning;
  const statementParts = [
    statement.target, statement.need, statement.product, statement.category,
    statement.benefit, statement.competitor, statement.differentiator,
  ];
  // A competitor point only counts while its competitor exists: the map does not show
  // orphans (see mapEntries), so they must not make the block look done either.
  const competitorIds = new Set(research.competitors.map((competitor) => competitor.id));
  let ownPlaced = false;
  let competitorPlaced = false;
  for (const point of map.points) {
    if (point.kind === 'own') ownPlaced = true;
    else if (point.competitorId !== null && competitorIds.has(point.competitorId)) competitorPlaced = true;
  }
  return {
    'positioning.statement': statementParts.every(filled),
    'positioning.differentiation': positioning.differentiationPoints.some((point) => filled(point.text)),
    'positioning.mapAxes': [map.xAxis.low, map.xAxis.high, map.yAxis.low, map.yAxis.high].every(filled),
    'positioning.mapPoints': ownPlaced && competitorPlaced,
  };
}

function pricingChecks({ pricing }: Strategy): Results<'pricing'> {
  return {
    'pricing.strategyType': pricing.strategyType !== null,
    'pricing.tiers': pricing.tiers.length > 0,
    'pricing.costs': pricing.unitVariableCost !== null && pricing.fixedCosts !== null,
    'pricing.discountPolicy': filled(pricing.discountPolicy),
  };
}

function channelsChecks({ channels }: Strategy): Results<'channels'> {
  return {
    'channels.channels': channels.items.length > 0,
    'channels.shares': channelShareCheck(channels.items).state === 'ok',
  };
}

function promotionChecks({ promotion }: Strategy): Results<'promotion'> {
  return {
    'promotion.items': promotion.items.length > 0,
    'promotion.objectives': everyNonEmpty(promotion.items, (item) => filled(item.objective)),
    'promotion.budgets': everyNonEmpty(promotion.items, (item) => item.budget !== null),
  };
}

function implementationChecks({ implementation }: Strategy): Results<'implementation'> {
  return {
    // The monitoring plan is the content of this step, so unlike other notes it counts.
    'implementation.notes': filled(implementation.notes),
    'implementation.cadence': implementation.reviewCadenceWeeks !== null,
  };
}

const BLOCK_EVALUATORS: { [B in BlockKey]: (strategy: Strategy) => Results<B> } = {
  research: researchChecks,
  targetMarket: targetMarketChecks,
  positioning: positioningChecks,
  pricing: pricingChecks,
  channels: channelsChecks,
  promotion: promotionChecks,
  implementation: implementationChecks,
};

function toCompleteness(done: number, total: number, missing: CheckKey[]): Completeness {
  return { done, total, percent: total === 0 ? 0 : Math.floor((done * 100) / total), missing };
}

function evaluateBlock<B extends BlockKey>(block: B, strategy: Strategy): Completeness {
  const results = BLOCK_EVALUATORS[block](strategy);
  const keys: readonly BlockCheckKey<B>[] = BLOCK_CHECKS[block];
  const missing: CheckKey[] = [];
  for (const key of keys) if (!results[key]) missing.push(key);
  return toCompleteness(keys.length - missing.length, keys.length, missing);
}

/** Sums parts in the given order; used for steps (two blocks) and the whole strategy. */
function combine(parts: readonly Completeness[]): Completeness {
  let done = 0;
  let total = 0;
  const missing: CheckKey[] = [];
  for (const part of parts) {
    done += part.done;
    total += part.total;
    missing.push(...part.missing);
  }
  return toCompleteness(done, total, missing);
}

export function blockCompleteness(strategy: Strategy): Record<BlockKey, Completeness> {
  return {
    research: evaluateBlock('research', strategy),
    targetMarket: evaluateBlock('targetMarket', strategy),
    positioning: evaluateBlock('positioning', strategy),
    pricing: evaluateBlock('pricing', strategy),
    channels: evaluateBlock('channels', strategy),
    promotion: evaluateBlock('promotion', strategy),
    implementation: evaluateBlock('implementation', strategy),
  };
}

function stepsFromBlocks(blocks: Record<BlockKey, Completeness>): Record<StepKey, Completeness> {
  const step = (key: StepKey) => combine(STEP_BLOCKS[key].map((block) => blocks[block]));
  return {
    research: step('research'),
    targetMarket: step('targetMarket'),
    positioning: step('positioning'),
    priceChannel: step('priceChannel'),
    promotion: step('promotion'),
    implementation: step('implementation'),
  };
}

export function stepCompleteness(strategy: Strategy): Record<StepKey, Completeness> {
  return stepsFromBlocks(blockCompleteness(strategy));
}

/**
 * Every check of every block counts once, so a block with four checks weighs more than one
 * with two; percent is therefore not the average of the block percentages.
 */
export function overallCompleteness(strategy: Strategy): Completeness {
  const blocks = blockCompleteness(strategy);
  return combine(BLOCK_KEYS.map((block) => blocks[block]));
}
