import { describe, expect, it } from 'vitest';
import type { MarketingBudget } from '../schema/campaign';
import { marketingBudget } from '../schema/campaign';
import { setBudgetTotal, setChannelAllocation, setMonthAllocation } from './budgetEdits';

function draft(budgets: MarketingBudget[] = []) {
  return { budgets };
}

describe('budget edits', () => {
  it('creates the year on first edit, in year order, with no monthly allocation yet', () => {
    const d = draft([{ year: 2027, total: 5, byChannel: [], byMonth: [] }]);
    setBudgetTotal(d, 2026, 1000);
    expect(d.budgets.map((b) => b.year)).toEqual([2026, 2027]);
    expect(d.budgets[0]).toEqual({ year: 2026, total: 1000, byChannel: [], byMonth: [] });
    expect(marketingBudget.safeParse(d.budgets[0]).success).toBe(true);
  });

  it('keeps byMonth at exactly 12 entries once a month is set', () => {
    const d = draft();
    setMonthAllocation(d, 2026, 3, 500);
    expect(d.budgets[0]!.byMonth).toEqual([0, 0, 500, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    setMonthAllocation(d, 2026, 12, 7);
    expect(d.budgets[0]!.byMonth).toHaveLength(12);
    expect(d.budgets[0]!.byMonth[11]).toBe(7);
  });

  it('sets, replaces and removes a channel allocation, folding duplicates', () => {
    const d = draft([{ year: 2026, total: 0, byChannel: [{ channel: 'retail', amount: 1 }, { channel: 'retail', amount: 2 }], byMonth: [] }]);
    setChannelAllocation(d, 2026, 'retail', 10);
    expect(d.budgets[0]!.byChannel).toEqual([{ channel: 'retail', amount: 10 }]);
    setChannelAllocation(d, 2026, 'partner', 4);
    expect(d.budgets[0]!.byChannel).toEqual([{ channel: 'retail', amount: 10 }, { channel: 'partner', amount: 4 }]);
    setChannelAllocation(d, 2026, 'retail', null);
    expect(d.budgets[0]!.byChannel).toEqual([{ channel: 'partner', amount: 4 }]);
  });
});
