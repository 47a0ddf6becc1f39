import { describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../samplePlan/samplePlan';
import type { Campaign, MarketingBudget } from '../schema/campaign';
import { budgetRollup } from './budgetRollup';
import { emptyCampaign } from './emptyCampaign';

let seq = 0;
function make(over: Partial<Campaign>): Campaign {
  seq += 1;
  return emptyCampaign({ id: `c${seq}`, name: `Campaign ${seq}`, channels: ['online-store'], startDate: '2026-03-01', endDate: '2026-03-31', ...over });
}
const budget = (over: Partial<MarketingBudget> = {}): MarketingBudget => ({ year: 2026, total: 0, byChannel: [], byMonth: [], ...over });
const months = (r: ReturnType<typeof budgetRollup>, field: 'planned' | 'actual') => r.byMonth.map((m) => m[field]);
const channel = (r: ReturnType<typeof budgetRollup>, id: string) => r.byChannel.find((c) => c.channel === id);

describe('budgetRollup', () => {
  it('puts a one-month campaign in its month and splits it evenly across its channels', () => {
    const r = budgetRollup({ campaigns: [make({ plannedBudget: 3_100, actualSpend: 1_550, channels: ['online-store', 'marketplace'] })], budgets: [] }, 2026);
    expect(months(r, 'planned')).toEqual([0, 0, 3_100, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(months(r, 'actual')).toEqual([0, 0, 1_550, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(r.byMonth.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(channel(r, 'online-store')).toEqual({ channel: 'online-store', allocated: null, planned: 1_550, actual: 775, over: false });
    expect(channel(r, 'marketplace')).toMatchObject({ planned: 1_550, actual: 775 });
    expect(r.byChannel.map((c) => c.channel)).toEqual(['online-store', 'marketplace', 'retail', 'distributor', 'direct-sales', 'partner']);
    expect([r.plannedTotal, r.actualTotal, r.total, r.remaining]).toEqual([3_100, 1_550, null, null]);
  });

  it('spreads a campaign over the days of each month it spans (inclusive end)', () => {
    // 2026-01-30 .. 2026-02-02 = 4 days: 2 in January, 2 in February
    const r = budgetRollup({ campaigns: [make({ startDate: '2026-01-30', endDate: '2026-02-02', plannedBudget: 400, actualSpend: 100 })], budgets: [] }, 2026);
    expect(months(r, 'planned').slice(0, 3)).toEqual([200, 200, 0]);
    expect(months(r, 'actual').slice(0, 3)).toEqual([50, 50, 0]);
  });

  it('counts a one-day campaign fully in its day', () => {
    const r = budgetRollup({ campaigns: [make({ startDate: '2026-12-31', endDate: '2026-12-31', plannedBudget: 99.99 })], budgets: [] }, 2026);
    expect(r.byMonth[11]!.planned).toBe(99.99);
    expect(r.plannedTotal).toBe(99.99);
  });

  it('counts only the days inside the year for a campaign spanning two years', () => {
    // 2025-12-01 .. 2026-01-31 = 62 days, 31 in each year
    const c = make({ startDate: '2025-12-01', endDate: '2026-01-31', plannedBudget: 6_200, actualSpend: 620, channels: ['retail'] });
    const r2026 = budgetRollup({ campaigns: [c], budgets: [] }, 2026);
    const r2025 = budgetRollup({ campaigns: [c], budgets: [] }, 2025);
    expect(months(r2026, 'planned')).toEqual([3_100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(months(r2025, 'planned')).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3_100]);
    expect([r2026.plannedTotal, r2026.actualTotal]).toEqual([3_100, 310]);
    expect(channel(r2026, 'retail')).toMatchObject({ planned: 3_100, actual: 310 });
    expect(budgetRollup({ campaigns: [c], budgets: [] }, 2027).plannedTotal).toBe(0);
  });

  it('handles a campaign running across several whole years, leap days included', () => {
    // 2027-01-01 .. 2029-12-31 = 365 + 366 + 365 = 1,096 days at 1 a day
    const c = make({ startDate: '2027-01-01', endDate: '2029-12-31', plannedBudget: 1_096 });
    const r = budgetRollup({ campaigns: [c], budgets: [] }, 2028);
    expect(months(r, 'planned')).toEqual([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(r.plannedTotal).toBe(366);
  });

  it('takes actual spend but no planned budget from cancelled campaigns', () => {
    const r = budgetRollup({ campaigns: [
      make({ status: 'cancelled', plannedBudget: 1_000, actualSpend: 310 }),
      make({ status: 'done', plannedBudget: 500, actualSpend: 0 }),
    ], budgets: [] }, 2026);
    expect([r.plannedTotal, r.actualTotal]).toEqual([500, 310]);
    expect(r.byMonth[2]).toMatchObject({ planned: 500, actual: 310 });
    expect(r.overBudgetCampaignIds).toEqual([]);
  });

  it("adds a 'none' line only when a campaign in the year has no channel", () => {
    const noChannel = make({ channels: [], plannedBudget: 700, actualSpend: 70 });
    const withNone = budgetRollup({ campaigns: [noChannel], budgets: [] }, 2026);
    expect(withNone.byChannel).toHaveLength(7);
    expect(withNone.byChannel[6]).toEqual({ channel: 'none', allocated: null, planned: 700, actual: 70, over: false });
    expect(budgetRollup({ campaigns: [noChannel], budgets: [] }, 2025).byChannel.map((c) => c.channel)).not.toContain('none');
    expect(budgetRollup({ campaigns: [], budgets: [] }, 2026).byChannel).toHaveLength(6);
  });

  it('reads allocations from the year budget and flags lines over them by more than a cent', () => {
    const budgets = [
      budget({ year: 2025, total: 1, byChannel: [{ channel: 'retail', amount: 1 }], byMonth: [1, 1, 1] }),
      budget({
        total: 10_000,
        byChannel: [{ channel: 'online-store', amount: 600 }, { channel: 'online-store', amount: 400 }, { channel: 'marketplace', amount: 1_549.99 }],
        byMonth: [100, 100, 3_000],
      }),
    ];
    const campaigns = [make({ plannedBudget: 2_000, actualSpend: 3_100.02, channels: ['online-store', 'marketplace'] })];
    const r = budgetRollup({ campaigns, budgets }, 2026);
    expect(r.total).toBe(10_000);
    expect(r.remaining).toBe(6_899.98);
    expect(channel(r, 'online-store')).toEqual({ channel: 'online-store', allocated: 1_000, planned: 1_000, actual: 1_550.01, over: true });
    // 1,550.01 against 1,549.99: two cents over
    expect(channel(r, 'marketplace')).toMatchObject({ allocated: 1_549.99, over: true });
    expect(channel(r, 'retail')).toMatchObject({ allocated: null, actual: 0, over: false });
    expect(r.byMonth[0]).toMatchObject({ allocated: 100, over: false });
    expect(r.byMonth[2]).toMatchObject({ allocated: 3_000, actual: 3_100.02, over: true });
    expect(r.byMonth[3]).toMatchObject({ allocated: null, over: false });
    expect(r.overBudgetCampaignIds).toEqual([campaigns[0]!.id]);
  });

  it('tolerates one cent over an allocation', () => {
    const campaigns = [make({ actualSpend: 100.01, plannedBudget: 100 })];
    const r = budgetRollup({ campaigns, budgets: [budget({ total: 100, byMonth: [0, 0, 100], byChannel: [{ channel: 'online-store', amount: 100 }] })] }, 2026);
    expect(r.byMonth[2]!.over).toBe(false);
    expect(channel(r, 'online-store')!.over).toBe(false);
    expect(r.overBudgetCampaignIds).toEqual([]);
    expect(r.remaining).toBe(-0.01);
  });

  it('reports spend with no allocation as not over, and zero allocations as over once anything is spent', () => {
    const r = budgetRollup({ campaigns: [make({ actualSpend: 5 })], budgets: [budget({ byMonth: [0, 0, 0], byChannel: [{ channel: 'online-store', amount: 0 }] })] }, 2026);
    expect(r.byMonth[2]).toMatchObject({ allocated: 0, actual: 5, over: true });
    expect(r.byMonth[0]).toMatchObject({ allocated: 0, actual: 0, over: false });
    expect(channel(r, 'online-store')!.over).toBe(true);
  });

  it('rounds to cents only at the end, so float noise does not show', () => {
    const campaigns = Array.from({ length: 3 }, () => make({ plannedBudget: 0.1, actualSpend: 0.1 }));
    const r = budgetRollup({ campaigns, budgets: [] }, 2026);
    expect(r.plannedTotal).toBe(0.3);
    expect(r.byMonth[2]!.actual).toBe(0.3);
    // 100 over 3 days: each share is 33.333…, summed back before rounding
    const thirds = budgetRollup({ campaigns: [make({ startDate: '2026-01-31', endDate: '2026-02-02', plannedBudget: 100 })], budgets: [] }, 2026);
    expect(months(thirds, 'planned').slice(0, 2)).toEqual([33.33, 66.67]);
    expect(thirds.plannedTotal).toBe(100);
  });

  it('keeps huge amounts exact enough', () => {
    const r = budgetRollup({ campaigns: [make({ startDate: '2026-01-01', endDate: '2026-12-31', plannedBudget: 365e9, actualSpend: 1e15 })], budgets: [budget({ total: 2e15 })] }, 2026);
    expect(r.byMonth[1]!.planned).toBe(28e9);
    expect(r.plannedTotal).toBe(365e9);
    expect(r.actualTotal).toBe(1e15);
    expect(r.remaining).toBe(1e15);
  });

  it('rolls up the sample plan: totals, months and channels agree', () => {
    const plan = createSampleWorkspace('en', new Date('2026-05-20T09:00:00Z'));
    const r = budgetRollup(plan, 2026);
    expect(r.total).toBe(plan.budgets[0]!.total);
    const planned = plan.campaigns.filter((c) => c.status !== 'cancelled').reduce((s, c) => s + c.plannedBudget, 0);
    const actual = plan.campaigns.reduce((s, c) => s + c.actualSpend, 0);
    expect(r.plannedTotal).toBe(planned);
    expect(r.actualTotal).toBe(actual);
    expect(r.remaining).toBe(plan.budgets[0]!.total - actual);
    expect(r.byMonth.reduce((s, m) => s + m.planned, 0)).toBeCloseTo(planned, 1);
    expect(r.byChannel.reduce((s, m) => s + m.planned, 0)).toBeCloseTo(planned, 1);
    expect(r.byMonth.map((m) => m.allocated)).toEqual(plan.budgets[0]!.byMonth);
    expect(channel(r, 'direct-sales')!.allocated).toBeNull();
    expect(r.byChannel.map((c) => c.channel)).not.toContain('none');
  });

  it('handles 5,000 campaigns spread over several years', () => {
    const campaigns = Array.from({ length: 5_000 }, (_, i) => make({
      startDate: `${2025 + (i % 3)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
      endDate: `${2025 + (i % 3)}-${String((i % 12) + 1).padStart(2, '0')}-10`,
      plannedBudget: 1_000, actualSpend: i % 2 === 0 ? 1_000 : 1_200,
      status: i % 10 === 0 ? 'cancelled' : 'planned',
      channels: i % 7 === 0 ? [] : ['retail'],
    }));
    const r = budgetRollup({ campaigns, budgets: [] }, 2026);
    const inYear = campaigns.filter((c) => c.startDate.startsWith('2026'));
    expect(inYear).toHaveLength(1_667);
    expect(r.plannedTotal).toBe(inYear.filter((c) => c.status !== 'cancelled').length * 1_000);
    expect(r.actualTotal).toBe(inYear.reduce((s, c) => s + c.actualSpend, 0));
    expect(r.overBudgetCampaignIds).toEqual(inYear.filter((c) => c.actualSpend > c.plannedBudget).map((c) => c.id));
    expect(channel(r, 'none')!.planned + channel(r, 'retail')!.planned).toBe(r.plannedTotal);
  });
});

describe('budgetRollup date arithmetic', () => {
  it('agrees with Date.UTC on day counts across centuries and leap years', () => {
    // 1 a day over a span: the year's total is exactly the number of its days inside the span
    for (const [start, end, year, days] of [
      ['1999-12-31', '2000-03-01', 2000, 61], ['2099-06-01', '2100-03-01', 2100, 60], ['2000-01-01', '2000-12-31', 2000, 366],
      ['2023-02-28', '2024-02-29', 2024, 60], ['2026-12-31', '2027-01-01', 2026, 1],
    ] as const) {
      const span = (Date.UTC(+end.slice(0, 4), +end.slice(5, 7) - 1, +end.slice(8)) - Date.UTC(+start.slice(0, 4), +start.slice(5, 7) - 1, +start.slice(8))) / 86_400_000 + 1;
      const r = budgetRollup({ campaigns: [make({ startDate: start, endDate: end, plannedBudget: span })], budgets: [] }, year);
      expect(r.plannedTotal).toBe(days);
    }
  });

  it('skips records whose dates are not ISO dates instead of failing', () => {
    const r = budgetRollup({ campaigns: [make({ startDate: '2026/03/01', plannedBudget: 5 }), make({ endDate: '', plannedBudget: 5 })], budgets: [] }, 2026);
    expect(r.plannedTotal).toBe(0);
  });
});
