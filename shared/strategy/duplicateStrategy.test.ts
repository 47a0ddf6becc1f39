import { describe, expect, it } from 'vitest';
import { strategy as strategySchema, type Strategy } from '../schema/strategy';
import { workspace as workspaceSchema } from '../schema/workspace';
import { createSampleWorkspace } from '../samplePlan/samplePlan';
import { duplicateStrategy } from './duplicateStrategy';

const NOW = new Date('2026-01-15T09:00:00Z');
const OPTIONS = { id: 'str_copy', name: 'Smart kettle (copy)', createdAt: '2026-02-01T10:30:00.000Z' };

/** Every object and array reachable from `value`. */
function objectsIn(value: unknown, into = new Set<object>()): Set<object> {
  if (value !== null && typeof value === 'object') {
    into.add(value);
    for (const child of Object.values(value)) objectsIn(child, into);
  }
  return into;
}

function deepFreeze<T>(value: T): T {
  for (const object of objectsIn(value)) Object.freeze(object);
  return value;
}

describe('duplicateStrategy', () => {
  it('copies everything under the new id, name and creation time, without campaign links', () => {
    const source = createSampleWorkspace('en', NOW).strategies[0]!;
    const copy = duplicateStrategy(source, OPTIONS);
    expect(copy.id).toBe('str_copy');
    expect(copy.name).toBe('Smart kettle (copy)');
    expect(copy.createdAt).toBe('2026-02-01T10:30:00.000Z');
    expect(copy.promotion.items.map((item) => item.campaignIds)).toEqual([[], [], [], [], [], []]);

    // Apart from those four things the copy equals the source.
    const expected: Strategy = {
      ...source, ...OPTIONS,
      promotion: { ...source.promotion, items: source.promotion.items.map((item) => ({ ...item, campaignIds: [] })) },
    };
    expect(copy).toEqual(expected);
  });

  it('keeps ids inside the strategy, so its internal links still resolve', () => {
    const source = createSampleWorkspace('en', NOW).strategies[0]!;
    const copy = duplicateStrategy(source, OPTIONS);
    expect(copy.pricing.breakEvenTierId).toBe('tier_2');
    expect(copy.pricing.tiers.map((t) => t.segmentId)).toEqual(['seg_1', 'seg_2', 'seg_1']);
    expect(copy.positioning.map.points.map((p) => p.competitorId)).toEqual([null, 'cpt_1', 'cpt_2', 'cpt_3']);
    expect(copy.research.findings.map((f) => f.sourceId)).toEqual(['src_1', 'src_2', 'src_3']);
  });

  it('validates against the strategy schema, and in the workspace next to the original', () => {
    const sample = createSampleWorkspace('zh-CN', NOW);
    const copy = duplicateStrategy(sample.strategies[0]!, OPTIONS);
    expect(strategySchema.safeParse(copy).success).toBe(true);
    expect(workspaceSchema.safeParse({ ...sample, strategies: [...sample.strategies, copy] }).success).toBe(true);
  });

  it('leaves the source and its campaign links untouched', () => {
    const source = createSampleWorkspace('en', NOW).strategies[0]!;
    const before = JSON.stringify(source);
    duplicateStrategy(source, OPTIONS);
    expect(JSON.stringify(source)).toBe(before);
    expect(source.id).toBe('str_kettle');
    expect(source.promotion.items[2]!.campaignIds).toEqual(['cmp_tasting', 'cmp_festival']);
  });

  it('never writes to the source (works on a frozen strategy)', () => {
    const source = deepFreeze(createSampleWorkspace('en', NOW).strategies[0]!);
    const copy = duplicateStrategy(source, OPTIONS);
    expect(Object.isFrozen(copy)).toBe(false);
    expect(copy.id).toBe('str_copy');
  });

  it('shares no object or array with the source', () => {
    const source = createSampleWorkspace('en', NOW).strategies[0]!;
    const sourceObjects = objectsIn(source);
    const copyObjects = objectsIn(duplicateStrategy(source, OPTIONS));
    // Sanity: both trees are big, so the check below covers a lot.
    expect(copyObjects.size).toBe(sourceObjects.size);
    expect(copyObjects.size).toBeGreaterThan(50);
    for (const object of copyObjects) expect(sourceObjects.has(object)).toBe(false);
  });

  it('lets the copy be mutated deeply without changing the source', () => {
    const source = createSampleWorkspace('en', NOW).strategies[0]!;
    const before = JSON.stringify(source);
    const copy = duplicateStrategy(source, OPTIONS);
    copy.research.competitors.push({ id: 'cpt_4', name: 'New', website: '', priceLevel: 'low', price: 1, strengths: '', weaknesses: '' });
    copy.research.competitors[0]!.name = 'Renamed';
    copy.targetMarket.marketSize.tam = 1;
    copy.positioning.statement.target = 'someone else';
    copy.positioning.map.points[0]!.x = 0;
    copy.positioning.map.xAxis.low = 'changed';
    copy.pricing.tiers[1]!.price = 1e15;
    copy.channels.items.pop();
    copy.promotion.items[0]!.campaignIds.push('cmp_new');
    copy.implementation.reviewCadenceWeeks = 52;
    expect(JSON.stringify(source)).toBe(before);
  });

  it('copies a blank strategy', () => {
    const source = createSampleWorkspace('en', NOW).strategies[0]!;
    const blank: Strategy = {
      ...source,
      research: { sources: [], findings: [], competitors: [], notes: '' },
      targetMarket: { segments: [], personas: [], marketSize: { tam: null, sam: null, som: null, unit: 'units' }, notes: '' },
      pricing: { ...source.pricing, tiers: [], unitVariableCost: null, fixedCosts: null, breakEvenTierId: null },
      channels: { items: [], notes: '' },
      promotion: { items: [], notes: '' },
      implementation: { notes: '', reviewCadenceWeeks: null },
    };
    const copy = duplicateStrategy(blank, OPTIONS);
    expect(copy).toEqual({ ...blank, ...OPTIONS });
    expect(copy.promotion.items).not.toBe(blank.promotion.items);
  });
});
