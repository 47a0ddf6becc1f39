import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../../../../shared/schema/campaign';
import { budgetYears, channelAllocation, sumOf } from './budgetModel';

describe('budget sums', () => {
  it('a channel listed twice (from an imported file) shows as the sum; none is null', () => {
    const budget = { year: 2026, total: 0, byChannel: [{ channel: 'retail' as const, amount: 1 }, { channel: 'retail' as const, amount: 2 }], byMonth: [] };
    expect(channelAllocation(budget, 'retail')).toBe(3);
    expect(channelAllocation(budget, 'partner')).toBeNull();
    expect(channelAllocation(null, 'retail')).toBeNull();
  });

  it('sums money without float noise', () => {
    expect(sumOf([0.1, 0.2])).toBe(0.3);
  });
});

describe('budgetYears', () => {
  it('offers this year and the next, budget years and the years campaigns touch', () => {
    const campaign = { startDate: '2024-12-01', endDate: '2025-01-31' } as Campaign;
    expect(budgetYears([campaign], [{ year: 2028, total: 0, byChannel: [], byMonth: [] }], 2026)).toEqual([2024, 2025, 2026, 2027, 2028]);
  });
});
