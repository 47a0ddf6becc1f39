import { describe, expect, it } from 'vitest';
import type { Strategy } from '../schema/strategy';
import { createSampleWorkspace } from '../samplePlan/samplePlan';
import { priceComparison } from './priceComparison';

const NOW = new Date('2026-01-15T09:00:00Z');
const sample = (language: 'en' | 'zh-CN' = 'en'): Strategy => createSampleWorkspace(language, NOW).strategies[0]!;

describe('priceComparison', () => {
  it('lists own tiers then priced competitors for the sample plan (en, prices x 0.15 rounded)', () => {
    expect(priceComparison(sample())).toEqual([
      { key: 'tier:tier_1', label: 'S2 Basic', price: 60, kind: 'own' },
      { key: 'tier:tier_2', label: 'S2 Connect', price: 75, kind: 'own' },
      { key: 'tier:tier_3', label: 'S2 Gift set', price: 90, kind: 'own' },
      { key: 'competitor:cpt_1', label: 'Kettlo', price: 69, kind: 'competitor' },
      { key: 'competitor:cpt_2', label: 'PureBoil', price: 39, kind: 'competitor' },
      { key: 'competitor:cpt_3', label: 'Aurum Living', price: 150, kind: 'competitor' },
    ]);
  });

  it('uses the zh-CN sample prices unscaled', () => {
    expect(priceComparison(sample('zh-CN')).map((bar) => bar.price)).toEqual([399, 499, 599, 459, 259, 999]);
  });

  it('is empty without tiers or competitors', () => {
    const s = sample();
    s.pricing.tiers = [];
    s.research.competitors = [];
    expect(priceComparison(s)).toEqual([]);
  });

  it('skips competitors without a price but keeps a price of 0', () => {
    const s = sample();
    s.research.competitors[0]!.price = null;
    s.research.competitors[2]!.price = 0;
    s.pricing.tiers[0]!.price = 0;
    expect(priceComparison(s).map((bar) => [bar.key, bar.price])).toEqual([
      ['tier:tier_1', 0], ['tier:tier_2', 75], ['tier:tier_3', 90], ['competitor:cpt_2', 39], ['competitor:cpt_3', 0],
    ]);
  });

  it('lists competitors even when there are no tiers', () => {
    const s = sample();
    s.pricing.tiers = [];
    expect(priceComparison(s).map((bar) => bar.kind)).toEqual(['competitor', 'competitor', 'competitor']);
  });

  it('keeps the keys unique when a tier and a competitor share an id', () => {
    const s = sample();
    s.research.competitors[0]!.id = 'tier_1';
    const keys = priceComparison(s).map((bar) => bar.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('tier:tier_1');
    expect(keys).toContain('competitor:tier_1');
  });

  it('passes huge prices through unchanged', () => {
    const s = sample();
    s.pricing.tiers[0]!.price = 1e15;
    s.research.competitors[0]!.price = Number.MAX_VALUE;
    const bars = priceComparison(s);
    expect(bars[0]!.price).toBe(1e15);
    expect(bars[3]!.price).toBe(Number.MAX_VALUE);
  });

  it('keeps tier order as stored, not sorted by price', () => {
    const s = sample();
    s.pricing.tiers.reverse();
    expect(priceComparison(s).slice(0, 3).map((bar) => bar.price)).toEqual([90, 75, 60]);
  });
});
