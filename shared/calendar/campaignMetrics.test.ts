import { describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../samplePlan/samplePlan';
import type { Campaign } from '../schema/campaign';
import {
  conversionRatePercent, eventCost, eventCostRatio, eventExpectedRoiPercent, type EventDetails, isOverBudget,
  plannedRoiPercent, roiPercent, roundMoney, toCents,
} from './campaignMetrics';

type Kpis = Campaign['kpis'];
const kpis = (over: Partial<Record<keyof Kpis, Partial<Kpis['leads']>>> = {}): Kpis => ({
  reach: { target: null, actual: null, ...over.reach },
  leads: { target: null, actual: null, ...over.leads },
  conversions: { target: null, actual: null, ...over.conversions },
  revenue: { target: null, actual: null, ...over.revenue },
});
const event = (over: Partial<EventDetails> = {}): EventDetails => ({
  venue: '', boothCost: null, otherCosts: null, expectedValue: null, leadsCollected: null,
  contacts: '', competitorIntel: '', brandNotes: '', ...over,
});

describe('conversionRatePercent', () => {
  it('divides conversions by leads, separately for actual and target', () => {
    const k = kpis({ leads: { actual: 1_700, target: 2_000 }, conversions: { actual: 430, target: 500 } });
    expect(conversionRatePercent(k, 'actual')).toBeCloseTo(25.294117647, 8);
    expect(conversionRatePercent(k, 'target')).toBe(25);
  });
  it('is null when leads are unknown or zero, or conversions unknown', () => {
    expect(conversionRatePercent(kpis({ leads: { actual: 0 }, conversions: { actual: 5 } }), 'actual')).toBeNull();
    expect(conversionRatePercent(kpis({ leads: { actual: null }, conversions: { actual: 5 } }), 'actual')).toBeNull();
    expect(conversionRatePercent(kpis({ leads: { actual: 10 }, conversions: { actual: null } }), 'actual')).toBeNull();
    // the other side being filled does not leak across
    expect(conversionRatePercent(kpis({ leads: { target: 10 }, conversions: { target: 5, actual: 3 } }), 'actual')).toBeNull();
  });
  it('gives 0 for zero conversions and can exceed 100', () => {
    expect(conversionRatePercent(kpis({ leads: { actual: 40 }, conversions: { actual: 0 } }), 'actual')).toBe(0);
    expect(conversionRatePercent(kpis({ leads: { actual: 4 }, conversions: { actual: 10 } }), 'actual')).toBe(250);
  });
  it('stays finite for huge values', () => {
    expect(conversionRatePercent(kpis({ leads: { actual: 1e300 }, conversions: { actual: 5e299 } }), 'actual')).toBe(50);
    expect(conversionRatePercent(kpis({ leads: { actual: 1e-300 }, conversions: { actual: 1e300 } }), 'actual')).toBeNull();
  });
});

describe('roiPercent and plannedRoiPercent', () => {
  it('computes (revenue − spend) ÷ spend × 100', () => {
    expect(roiPercent({ actualSpend: 100_000, kpis: kpis({ revenue: { actual: 270_000 } }) })).toBe(170);
    expect(roiPercent({ actualSpend: 50_000, kpis: kpis({ revenue: { actual: 20_000 } }) })).toBe(-60);
    expect(roiPercent({ actualSpend: 1, kpis: kpis({ revenue: { actual: 0 } }) })).toBe(-100);
    expect(plannedRoiPercent({ plannedBudget: 400_000, kpis: kpis({ revenue: { target: 1_200_000 } }) })).toBe(200);
  });
  it('uses actuals for roiPercent and targets for plannedRoiPercent only', () => {
    const k = kpis({ revenue: { actual: 300, target: 900 } });
    expect(roiPercent({ actualSpend: 100, kpis: k })).toBe(200);
    expect(plannedRoiPercent({ plannedBudget: 100, kpis: k })).toBe(800);
  });
  it('is null when spend/budget is 0 or revenue unknown', () => {
    expect(roiPercent({ actualSpend: 0, kpis: kpis({ revenue: { actual: 1_000 } }) })).toBeNull();
    expect(roiPercent({ actualSpend: 100, kpis: kpis({ revenue: { target: 1_000 } }) })).toBeNull();
    expect(plannedRoiPercent({ plannedBudget: 0, kpis: kpis({ revenue: { target: 1_000 } }) })).toBeNull();
    expect(plannedRoiPercent({ plannedBudget: 10, kpis: kpis({ revenue: { actual: 1_000 } }) })).toBeNull();
  });
  it('matches the sample plan numbers', () => {
    const plan = createSampleWorkspace('en', new Date('2026-05-20T09:00:00Z'));
    const launch = plan.campaigns.find((c) => c.id === 'cmp_launch')!;
    // en scales the plan by 0.15: budget 60,000; done → spend 94 %, revenue 2.7 × budget
    expect([launch.plannedBudget, launch.actualSpend, launch.kpis.revenue.actual]).toEqual([60_000, 56_400, 162_000]);
    expect(roiPercent(launch)).toBeCloseTo(187.234042553, 8);
    expect(plannedRoiPercent(launch)).toBe(200);
  });
});

describe('event figures', () => {
  it('adds booth and other costs, a null side counting as 0', () => {
    expect(eventCost(event({ boothCost: 38_000, otherCosts: 12_000 }))).toBe(50_000);
    expect(eventCost(event({ boothCost: 38_000 }))).toBe(38_000);
    expect(eventCost(event({ otherCosts: 12_000 }))).toBe(12_000);
    expect(eventCost(event({ boothCost: 0, otherCosts: null }))).toBe(0);
    expect(eventCost(event())).toBeNull();
  });
  it('gives the DOMAIN.md rule of thumb: 50,000 against 100,000 expected is 0.5', () => {
    expect(eventCostRatio(event({ boothCost: 38_000, otherCosts: 12_000, expectedValue: 100_000 }))).toBe(0.5);
    expect(eventCostRatio(event({ boothCost: 150_000, expectedValue: 100_000 }))).toBe(1.5);
    expect(eventCostRatio(event({ boothCost: 0, expectedValue: 100_000 }))).toBe(0);
  });
  it('has no ratio when cost or expected value is unknown, or expected value is 0', () => {
    expect(eventCostRatio(event({ expectedValue: 100_000 }))).toBeNull();
    expect(eventCostRatio(event({ boothCost: 10 }))).toBeNull();
    expect(eventCostRatio(event({ boothCost: 10, expectedValue: 0 }))).toBeNull();
  });
  it('computes expected ROI as (expected − cost) ÷ cost × 100', () => {
    expect(eventExpectedRoiPercent(event({ boothCost: 38_000, otherCosts: 12_000, expectedValue: 100_000 }))).toBe(100);
    expect(eventExpectedRoiPercent(event({ boothCost: 80_000, expectedValue: 20_000 }))).toBe(-75);
    expect(eventExpectedRoiPercent(event({ boothCost: 0, otherCosts: 0, expectedValue: 20_000 }))).toBeNull();
    expect(eventExpectedRoiPercent(event({ boothCost: 10 }))).toBeNull();
    expect(eventExpectedRoiPercent(event({ expectedValue: 10 }))).toBeNull();
  });
  it('works on the sample trade show', () => {
    const expo = createSampleWorkspace('zh-CN', new Date('2026-01-15T09:00:00Z')).campaigns.find((c) => c.kind === 'trade-show')!;
    // zh-CN scales money; the ratio does not depend on the scale
    expect(eventCostRatio(expo.event!)).toBe(0.5);
    expect(eventExpectedRoiPercent(expo.event!)).toBe(100);
  });
});

describe('isOverBudget', () => {
  it('is true only when spend exceeds plan by more than a cent', () => {
    expect(isOverBudget({ plannedBudget: 100, actualSpend: 100 })).toBe(false);
    expect(isOverBudget({ plannedBudget: 100, actualSpend: 100.01 })).toBe(false);
    expect(isOverBudget({ plannedBudget: 100, actualSpend: 100.02 })).toBe(true);
    expect(isOverBudget({ plannedBudget: 100, actualSpend: 99 })).toBe(false);
    expect(isOverBudget({ plannedBudget: 0, actualSpend: 0 })).toBe(false);
    expect(isOverBudget({ plannedBudget: 0, actualSpend: 5 })).toBe(true);
    expect(isOverBudget({ plannedBudget: 0.1 + 0.2, actualSpend: 0.3 })).toBe(false);
    expect(isOverBudget({ plannedBudget: 1e12, actualSpend: 1e12 + 1 })).toBe(true);
  });
});

describe('money rounding helpers', () => {
  it('rounds to cents without -0 and leaves huge values alone', () => {
    expect(roundMoney(0.1 + 0.2)).toBe(0.3);
    expect(roundMoney(1.005 + 1e-9)).toBe(1.01);
    expect(Object.is(roundMoney(-0.001), 0)).toBe(true);
    expect(roundMoney(1e300)).toBe(1e300);
    expect(roundMoney(Number.MAX_VALUE)).toBe(Number.MAX_VALUE);
    expect(toCents(12.34)).toBe(1234);
  });
});
