import { describe, expect, it } from 'vitest';
import { evenSplit, monthlyBreakdown, objectiveAnnual, quarterlyBreakdown, sumMonths } from './objectives';

const cents = (values: number[]) => values.reduce((sum, v) => sum + Math.round(v * 100), 0);
const objective = (annualTarget: number | null, monthlyTargets: number[] | null = null) => ({ annualTarget, monthlyTargets });

describe('monthlyBreakdown', () => {
  it('splits a round annual target evenly', () => {
    expect(monthlyBreakdown(objective(24_000))).toEqual(Array(12).fill(2_000));
  });

  it.each([10_000, 100, 0.05, 0.13, 1_000_000.07, 333.33, 999_999_999.99, 7])('splits %s into 12 months that add up exactly (in cents)', (annual) => {
    const months = monthlyBreakdown(objective(annual));
    expect(months).toHaveLength(12);
    expect(cents(months)).toBe(Math.round(annual * 100));
    for (const m of months) expect(Math.abs(m * 100 - Math.round(m * 100))).toBeLessThan(1e-6); // at most two decimals
    expect(Math.max(...months) - Math.min(...months)).toBeLessThanOrEqual(0.0100001);
  });

  it('gives the leftover cents to the first months', () => {
    expect(monthlyBreakdown(objective(10_000)).slice(0, 5)).toEqual([833.34, 833.34, 833.34, 833.34, 833.33]);
    expect(monthlyBreakdown(objective(0.05))).toEqual([0.01, 0.01, 0.01, 0.01, 0.01, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('keeps explicit monthly targets as given, even when they do not match the annual target', () => {
    const months = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12.5];
    expect(monthlyBreakdown(objective(999, months))).toEqual(months);
    expect(monthlyBreakdown(objective(null, months))).not.toBe(months);
  });

  it('is twelve zeros without any target', () => {
    expect(monthlyBreakdown(objective(null))).toEqual(Array(12).fill(0));
  });

  it('splits amounts too large for cents in whole units, still adding up', () => {
    const months = monthlyBreakdown(objective(1e15));
    expect(months.reduce((a, b) => a + b, 0)).toBe(1e15);
    expect(months.every(Number.isInteger)).toBe(true);
  });
});

describe('quarterlyBreakdown', () => {
  it('sums three months per quarter without float noise', () => {
    expect(quarterlyBreakdown(objective(null, [0.1, 0.2, 0.3, 1, 1, 1, 0, 0, 0, 5, 5, 5.01]))).toEqual([0.6, 3, 0, 15.01]);
  });

  it('adds up to the annual target for an awkward even split', () => {
    const quarters = quarterlyBreakdown(objective(1_000_000.07));
    expect(quarters).toEqual([250_000.02, 250_000.02, 250_000.02, 250_000.01]);
    expect(cents(quarters)).toBe(100_000_007);
  });
});

describe('objectiveAnnual', () => {
  it('prefers the annual target, else sums the months, else null', () => {
    expect(objectiveAnnual(objective(500, Array(12).fill(1)))).toBe(500);
    expect(objectiveAnnual(objective(null, [0.1, 0.2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBe(0.3);
    expect(objectiveAnnual(objective(null))).toBeNull();
    expect(objectiveAnnual(objective(0))).toBe(0);
  });
});

describe('evenSplit and sumMonths', () => {
  it('splits into any number of parts', () => {
    expect(evenSplit(1, 3)).toEqual([0.34, 0.33, 0.33]);
    expect(sumMonths([0.1, 0.2])).toBe(0.3);
  });
});
