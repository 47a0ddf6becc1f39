import { describe, expect, it } from 'vitest';
import { strategy as strategySchema, type Strategy } from '../schema/strategy';
import { createSampleWorkspace } from '../samplePlan/samplePlan';
import {
  BLOCK_CHECKS, BLOCK_KEYS, CHECK_KEYS, STEP_BLOCKS, STEP_KEYS,
  blockCompleteness, overallCompleteness, stepCompleteness, type BlockKey, type CheckKey,
} from './completeness';
import { emptyStrategy } from './emptyStrategy';

const NOW = new Date('2026-01-15T09:00:00Z');
const sample = (): Strategy => createSampleWorkspace('en', NOW).strategies[0]!;

/** A strategy as the "new strategy" button creates it: valid, with nothing filled in. */
function blank(): Strategy {
  return strategySchema.parse(emptyStrategy({ id: 'str_blank', name: 'Blank', currency: 'USD', createdAt: '2026-01-15T09:00:00.000Z' }));
}

/** Freezes the whole tree so any write by the code under test throws. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** The sample with one change, and the block it should affect. */
function sampleWith(change: (s: Strategy) => void): Strategy {
  const s = sample();
  change(s);
  return s;
}

describe('keys', () => {
  it('has 22 unique check keys, each prefixed by its block', () => {
    expect(CHECK_KEYS).toHaveLength(22);
    expect(new Set(CHECK_KEYS).size).toBe(22);
    for (const block of BLOCK_KEYS) {
      for (const key of BLOCK_CHECKS[block]) expect(key.startsWith(`${block}.`)).toBe(true);
    }
    expect(CHECK_KEYS.slice(0, 4)).toEqual(['research.sources', 'research.findings', 'research.competitors', 'targetMarket.segments']);
    expect(CHECK_KEYS.at(-1)).toBe('implementation.cadence');
  });

  it('maps the six steps onto every block exactly once, in order', () => {
    expect(STEP_KEYS).toEqual(['research', 'targetMarket', 'positioning', 'priceChannel', 'promotion', 'implementation']);
    expect(STEP_BLOCKS.priceChannel).toEqual(['pricing', 'channels']);
    expect(STEP_KEYS.flatMap((step) => STEP_BLOCKS[step])).toEqual([...BLOCK_KEYS]);
  });
});

describe('blank strategy', () => {
  it('has no check done in any block', () => {
    const blocks = blockCompleteness(blank());
    for (const block of BLOCK_KEYS) {
      expect(blocks[block]).toEqual({ done: 0, total: BLOCK_CHECKS[block].length, percent: 0, missing: [...BLOCK_CHECKS[block]] });
    }
  });

  it('is 0 of 22 overall, missing everything in order', () => {
    expect(overallCompleteness(blank())).toEqual({ done: 0, total: 22, percent: 0, missing: [...CHECK_KEYS] });
  });

  it('does not count free-text notes', () => {
    const s = blank();
    s.research.notes = 'notes';
    s.targetMarket.notes = 'notes';
    s.positioning.notes = 'notes';
    s.pricing.notes = 'notes';
    s.channels.notes = 'notes';
    s.promotion.notes = 'notes';
    expect(overallCompleteness(s).done).toBe(0);
  });
});

describe('sample plan', () => {
  it('is complete in every block', () => {
    const blocks = blockCompleteness(sample());
    expect(blocks).toEqual({
      research: { done: 3, total: 3, percent: 100, missing: [] },
      targetMarket: { done: 4, total: 4, percent: 100, missing: [] },
      positioning: { done: 4, total: 4, percent: 100, missing: [] },
      pricing: { done: 4, total: 4, percent: 100, missing: [] },
      channels: { done: 2, total: 2, percent: 100, missing: [] },
      promotion: { done: 3, total: 3, percent: 100, missing: [] },
      implementation: { done: 2, total: 2, percent: 100, missing: [] },
    });
  });

  it('is complete in every step and overall, in both languages', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const s = createSampleWorkspace(language, NOW).strategies[0]!;
      const steps = stepCompleteness(s);
      expect(steps.priceChannel).toEqual({ done: 6, total: 6, percent: 100, missing: [] });
      for (const step of STEP_KEYS) expect(steps[step].percent).toBe(100);
      expect(overallCompleteness(s)).toEqual({ done: 22, total: 22, percent: 100, missing: [] });
    }
  });

  it('never writes to the strategy', () => {
    const frozen = deepFreeze(sample());
    expect(() => {
      blockCompleteness(frozen);
      stepCompleteness(frozen);
      overallCompleteness(frozen);
    }).not.toThrow();
  });
});

/** Each case breaks exactly one check of the otherwise complete sample. */
const SINGLE_FAILURES: Array<[string, CheckKey, (s: Strategy) => void]> = [
  ['no sources', 'research.sources', (s) => { s.research.sources = []; }],
  ['only blank findings', 'research.findings', (s) => { for (const f of s.research.findings) f.text = '  \n'; }],
  ['no findings', 'research.findings', (s) => { s.research.findings = []; }],
  // Dropping all competitors or segments also fails a dependent check: tested below.
  ['no segment chosen', 'targetMarket.chosenSegment', (s) => { for (const seg of s.targetMarket.segments) seg.chosen = false; }],
  ['no personas', 'targetMarket.personas', (s) => { s.targetMarket.personas = []; }],
  ['no SOM', 'targetMarket.marketSize', (s) => { s.targetMarket.marketSize.som = null; }],
  ['no TAM', 'targetMarket.marketSize', (s) => { s.targetMarket.marketSize.tam = null; }],
  ['one blank statement part', 'positioning.statement', (s) => { s.positioning.statement.differentiator = ' '; }],
  ['no differentiation points', 'positioning.differentiation', (s) => { s.positioning.differentiationPoints = []; }],
  ['only blank differentiation points', 'positioning.differentiation', (s) => { for (const d of s.positioning.differentiationPoints) d.text = ''; }],
  ['one blank axis label', 'positioning.mapAxes', (s) => { s.positioning.map.yAxis.high = '\t'; }],
  ['own product not placed', 'positioning.mapPoints', (s) => { s.positioning.map.points = s.positioning.map.points.filter((p) => p.kind !== 'own'); }],
  ['no competitor placed', 'positioning.mapPoints', (s) => { s.positioning.map.points = s.positioning.map.points.filter((p) => p.kind === 'own'); }],
  ['only orphaned competitor points', 'positioning.mapPoints', (s) => {
    for (const p of s.positioning.map.points) if (p.kind === 'competitor') p.competitorId = 'cpt_deleted';
  }],
  ['no strategy type', 'pricing.strategyType', (s) => { s.pricing.strategyType = null; }],
  ['no tiers', 'pricing.tiers', (s) => { s.pricing.tiers = []; }],
  ['no fixed costs', 'pricing.costs', (s) => { s.pricing.fixedCosts = null; }],
  ['no unit variable cost', 'pricing.costs', (s) => { s.pricing.unitVariableCost = null; }],
  ['blank discount policy', 'pricing.discountPolicy', (s) => { s.pricing.discountPolicy = '   '; }],
  ['shares under 100', 'channels.shares', (s) => { s.channels.items[0]!.targetSharePercent = 29; }],
  ['shares over 100', 'channels.shares', (s) => { s.channels.items[0]!.targetSharePercent = 31; }],
  ['a share unset', 'channels.shares', (s) => { s.channels.items[4]!.targetSharePercent = null; }],
  ['one blank objective', 'promotion.objectives', (s) => { s.promotion.items[3]!.objective = ''; }],
  ['one missing budget', 'promotion.budgets', (s) => { s.promotion.items[5]!.budget = null; }],
  ['blank implementation notes', 'implementation.notes', (s) => { s.implementation.notes = ' '; }],
  ['no review cadence', 'implementation.cadence', (s) => { s.implementation.reviewCadenceWeeks = null; }],
];

describe.each(SINGLE_FAILURES)('sample with %s', (_name, key, change) => {
  it(`misses only ${key}`, () => {
    const s = sampleWith(change);
    const block = key.split('.')[0] as BlockKey;
    const total = BLOCK_CHECKS[block].length;
    expect(blockCompleteness(s)[block]).toEqual({
      done: total - 1, total, percent: Math.floor(((total - 1) * 100) / total), missing: [key],
    });
    expect(overallCompleteness(s)).toEqual({ done: 21, total: 22, percent: 95, missing: [key] });
  });
});

describe('percentages', () => {
  it('round down, so 2 of 3 is 66 and 100 always means complete', () => {
    expect(blockCompleteness(sampleWith((s) => { s.research.sources = []; })).research.percent).toBe(66);
    expect(blockCompleteness(sampleWith((s) => { s.research.sources = []; s.research.findings = []; })).research.percent).toBe(33);
    expect(blockCompleteness(sampleWith((s) => { s.pricing.tiers = []; })).pricing.percent).toBe(75);
    expect(blockCompleteness(sampleWith((s) => { s.implementation.notes = ''; })).implementation.percent).toBe(50);
  });

  it('weigh every check once overall (not the average of block percentages)', () => {
    const s = sampleWith((x) => { x.implementation.notes = ''; x.implementation.reviewCadenceWeeks = null; });
    // Block average would be 6/7 = 85.7 %; by checks it is 20/22 = 90.9 %.
    expect(overallCompleteness(s)).toEqual({
      done: 20, total: 22, percent: 90, missing: ['implementation.notes', 'implementation.cadence'],
    });
  });
});

describe('edge cases', () => {
  it('counts 0 as a set value (market size, costs, budgets, cadence)', () => {
    const s = sampleWith((x) => {
      x.targetMarket.marketSize = { tam: 0, sam: 0, som: 0, unit: 'revenue' };
      x.pricing.unitVariableCost = 0;
      x.pricing.fixedCosts = 0;
      for (const item of x.promotion.items) item.budget = 0;
      x.implementation.reviewCadenceWeeks = 0;
    });
    expect(overallCompleteness(s)).toEqual({ done: 22, total: 22, percent: 100, missing: [] });
  });

  it('accepts shares within the 0.01 tolerance (33.33 x 3)', () => {
    const s = sampleWith((x) => {
      x.channels.items = x.channels.items.slice(0, 3);
      for (const c of x.channels.items) c.targetSharePercent = 33.33;
    });
    expect(blockCompleteness(s).channels).toEqual({ done: 2, total: 2, percent: 100, missing: [] });
  });

  it('fails both channel checks without channels', () => {
    expect(blockCompleteness(sampleWith((x) => { x.channels.items = []; })).channels).toEqual({
      done: 0, total: 2, percent: 0, missing: ['channels.channels', 'channels.shares'],
    });
  });

  it('fails every promotion check without items ("every item" is not vacuously true)', () => {
    expect(blockCompleteness(sampleWith((x) => { x.promotion.items = []; })).promotion).toEqual({
      done: 0, total: 3, percent: 0, missing: ['promotion.items', 'promotion.objectives', 'promotion.budgets'],
    });
  });

  it('counts one non-blank finding among blank ones', () => {
    const s = sampleWith((x) => { x.research.findings[0]!.text = ''; x.research.findings[1]!.text = ''; });
    expect(blockCompleteness(s).research.missing).toEqual([]);
  });

  it('counts one placed competitor among orphans', () => {
    const s = sampleWith((x) => {
      x.positioning.map.points[1]!.competitorId = 'cpt_deleted';
      x.positioning.map.points[2]!.competitorId = null;
    });
    expect(blockCompleteness(s).positioning.missing).toEqual([]);
  });

  it('fails competitors and, through orphaned points, the map when competitors are removed', () => {
    const s = sampleWith((x) => { x.research.competitors = []; });
    expect(blockCompleteness(s).research.missing).toEqual(['research.competitors']);
    expect(blockCompleteness(s).positioning.missing).toEqual(['positioning.mapPoints']);
    expect(overallCompleteness(s)).toEqual({ done: 20, total: 22, percent: 90, missing: ['research.competitors', 'positioning.mapPoints'] });
  });

  it('fails the chosen-segment check too when there are no segments', () => {
    const s = sampleWith((x) => { x.targetMarket.segments = []; });
    expect(blockCompleteness(s).targetMarket).toEqual({
      done: 2, total: 4, percent: 50, missing: ['targetMarket.segments', 'targetMarket.chosenSegment'],
    });
  });

  it('combines pricing and channels into the price-and-channel step, pricing first', () => {
    const s = sampleWith((x) => { x.channels.items = []; x.pricing.discountPolicy = ''; });
    expect(stepCompleteness(s).priceChannel).toEqual({
      done: 3, total: 6, percent: 50, missing: ['pricing.discountPolicy', 'channels.channels', 'channels.shares'],
    });
    expect(stepCompleteness(s).research).toEqual({ done: 3, total: 3, percent: 100, missing: [] });
  });

  it('reports the blank strategy per step', () => {
    const steps = stepCompleteness(blank());
    expect(steps.priceChannel).toEqual({
      done: 0, total: 6, percent: 0,
      missing: ['pricing.strategyType', 'pricing.tiers', 'pricing.costs', 'pricing.discountPolicy', 'channels.channels', 'channels.shares'],
    });
    expect(steps.implementation).toEqual({ done: 0, total: 2, percent: 0, missing: ['implementation.notes', 'implementation.cadence'] });
  });

  it('returns fresh missing arrays, so a caller mutating one cannot corrupt another', () => {
    const first = overallCompleteness(blank());
    first.missing.length = 0;
    expect(overallCompleteness(blank()).missing).toHaveLength(22);
    expect(blockCompleteness(blank()).research.missing).toHaveLength(3);
  });
});
