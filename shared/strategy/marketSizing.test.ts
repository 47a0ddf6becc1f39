import { describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../samplePlan/samplePlan';
import { chosenSegmentTotals, marketSizing } from './marketSizing';

describe('marketSizing', () => {
  it('computes the three ratios for a healthy funnel', () => {
    expect(marketSizing({ tam: 1000, sam: 250, som: 50 })).toEqual({
      samOfTamPercent: 25, somOfSamPercent: 20, somOfTamPercent: 5, problems: [],
    });
  });

  it('returns unrounded ratios', () => {
    const sizing = marketSizing({ tam: 3, sam: 1, som: 1 });
    expect(sizing.samOfTamPercent).toBeCloseTo(33.333333333, 8);
    expect(sizing.somOfSamPercent).toBe(100);
  });

  it('is all null without values', () => {
    expect(marketSizing({ tam: null, sam: null, som: null })).toEqual({
      samOfTamPercent: null, somOfSamPercent: null, somOfTamPercent: null, problems: [],
    });
  });

  it('gives null for each ratio missing a side', () => {
    expect(marketSizing({ tam: 1000, sam: null, som: 10 })).toEqual({
      samOfTamPercent: null, somOfSamPercent: null, somOfTamPercent: 1, problems: [],
    });
    expect(marketSizing({ tam: null, sam: 200, som: 10 })).toEqual({
      samOfTamPercent: null, somOfSamPercent: 5, somOfTamPercent: null, problems: [],
    });
  });

  it('gives null when the base is 0 but 0 % when the part is 0', () => {
    expect(marketSizing({ tam: 0, sam: 0, som: 0 })).toEqual({
      samOfTamPercent: null, somOfSamPercent: null, somOfTamPercent: null, problems: [],
    });
    expect(marketSizing({ tam: 100, sam: 0, som: 0 })).toEqual({
      samOfTamPercent: 0, somOfSamPercent: null, somOfTamPercent: 0, problems: [],
    });
  });

  it('allows equal sizes (TAM = SAM = SOM)', () => {
    expect(marketSizing({ tam: 7, sam: 7, som: 7 })).toEqual({
      samOfTamPercent: 100, somOfSamPercent: 100, somOfTamPercent: 100, problems: [],
    });
  });

  it('reports SAM above TAM', () => {
    expect(marketSizing({ tam: 100, sam: 150, som: 10 })).toEqual({
      samOfTamPercent: 150, somOfSamPercent: (10 / 150) * 100, somOfTamPercent: 10, problems: ['sam-above-tam'],
    });
  });

  it('reports SOM above SAM and TAM separately', () => {
    expect(marketSizing({ tam: 100, sam: 50, som: 80 }).problems).toEqual(['som-above-sam']);
    expect(marketSizing({ tam: 100, sam: 50, som: 120 }).problems).toEqual(['som-above-sam', 'som-above-tam']);
    expect(marketSizing({ tam: 100, sam: 150, som: 120 }).problems).toEqual(['sam-above-tam', 'som-above-tam']);
    expect(marketSizing({ tam: 10, sam: 20, som: 30 }).problems).toEqual(['sam-above-tam', 'som-above-sam', 'som-above-tam']);
  });

  it('still catches SOM above TAM when SAM is missing', () => {
    expect(marketSizing({ tam: 100, sam: null, som: 120 }).problems).toEqual(['som-above-tam']);
  });

  it('reports a problem against a base of 0', () => {
    expect(marketSizing({ tam: 0, sam: 5, som: null })).toEqual({
      samOfTamPercent: null, somOfSamPercent: null, somOfTamPercent: null, problems: ['sam-above-tam'],
    });
  });

  it('handles 1e15 and Number.MAX_VALUE without overflowing', () => {
    expect(marketSizing({ tam: 1e15, sam: 5e14, som: 1e13 })).toEqual({
      samOfTamPercent: 50, somOfSamPercent: 2, somOfTamPercent: 1, problems: [],
    });
    // part * 100 would be Infinity here; part / base first is exactly 100.
    expect(marketSizing({ tam: Number.MAX_VALUE, sam: Number.MAX_VALUE, som: Number.MAX_VALUE / 2 })).toEqual({
      samOfTamPercent: 100, somOfSamPercent: 50, somOfTamPercent: 50, problems: [],
    });
  });

  it('gives null rather than Infinity for a vanishing base', () => {
    expect(marketSizing({ tam: Number.MIN_VALUE, sam: Number.MAX_VALUE, som: null }).samOfTamPercent).toBeNull();
  });

  it('matches the sample plan (en: 1,470,000,000 / 315,000,000 / 7,800,000)', () => {
    const { marketSize } = createSampleWorkspace('en', new Date('2026-01-15T09:00:00Z')).strategies[0]!.targetMarket;
    expect(marketSize).toMatchObject({ tam: 1_470_000_000, sam: 315_000_000, som: 7_800_000 });
    const sizing = marketSizing(marketSize);
    expect(sizing.problems).toEqual([]);
    expect(sizing.samOfTamPercent).toBeCloseTo(21.4285714, 6);
    expect(sizing.somOfSamPercent).toBeCloseTo(2.4761905, 6);
    expect(sizing.somOfTamPercent).toBeCloseTo(0.5306122, 6);
  });
});

describe('chosenSegmentTotals', () => {
  it('is all zeros for no segments', () => {
    expect(chosenSegmentTotals([])).toEqual({ customers: 0, units: 0, revenue: 0, chosenCount: 0 });
  });

  it('sums chosen segments per unit and skips unchosen ones', () => {
    expect(chosenSegmentTotals([
      { chosen: true, sizeEstimate: 100, sizeUnit: 'customers' },
      { chosen: true, sizeEstimate: 50, sizeUnit: 'customers' },
      { chosen: false, sizeEstimate: 1000, sizeUnit: 'customers' },
      { chosen: true, sizeEstimate: 7, sizeUnit: 'units' },
      { chosen: true, sizeEstimate: 2500, sizeUnit: 'revenue' },
      { chosen: false, sizeEstimate: 9, sizeUnit: 'revenue' },
    ])).toEqual({ customers: 150, units: 7, revenue: 2500, chosenCount: 4 });
  });

  it('counts chosen but unsized segments without adding to any sum', () => {
    expect(chosenSegmentTotals([
      { chosen: true, sizeEstimate: null, sizeUnit: 'customers' },
      { chosen: true, sizeEstimate: 0, sizeUnit: 'units' },
      { chosen: false, sizeEstimate: null, sizeUnit: 'revenue' },
    ])).toEqual({ customers: 0, units: 0, revenue: 0, chosenCount: 2 });
  });

  it('does not round the sums', () => {
    expect(chosenSegmentTotals([
      { chosen: true, sizeEstimate: 0.1, sizeUnit: 'revenue' },
      { chosen: true, sizeEstimate: 0.2, sizeUnit: 'revenue' },
    ]).revenue).toBe(0.30000000000000004);
  });

  it('adds huge sizes, overflowing to Infinity only past Number.MAX_VALUE', () => {
    expect(chosenSegmentTotals([
      { chosen: true, sizeEstimate: 1e15, sizeUnit: 'customers' },
      { chosen: true, sizeEstimate: 1e15, sizeUnit: 'customers' },
    ]).customers).toBe(2e15);
    expect(chosenSegmentTotals([{ chosen: true, sizeEstimate: Number.MAX_VALUE, sizeUnit: 'revenue' }]).revenue).toBe(Number.MAX_VALUE);
    expect(chosenSegmentTotals([
      { chosen: true, sizeEstimate: Number.MAX_VALUE, sizeUnit: 'revenue' },
      { chosen: true, sizeEstimate: Number.MAX_VALUE, sizeUnit: 'revenue' },
    ]).revenue).toBe(Number.POSITIVE_INFINITY);
  });

  it('matches the sample plan: the first two segments are chosen (4.2 M + 1.6 M customers)', () => {
    const { segments } = createSampleWorkspace('en', new Date('2026-01-15T09:00:00Z')).strategies[0]!.targetMarket;
    expect(chosenSegmentTotals(segments)).toEqual({ customers: 5_800_000, units: 0, revenue: 0, chosenCount: 2 });
  });
});
