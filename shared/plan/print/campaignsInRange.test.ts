import { describe, expect, it } from 'vitest';
import { budgetRollup } from '../../calendar/budgetRollup';
import { emptyCampaign } from '../../calendar/emptyCampaign';
import { campaignsInRange } from './campaignsInRange';

const campaign = (id: string, startDate: string, endDate: string, plannedBudget: number, actualSpend: number) =>
  emptyCampaign({ id, name: id, startDate, endDate, plannedBudget, actualSpend, channels: ['retail'] });

describe('campaignsInRange', () => {
  it('keeps the days inside the range with their share of the money', () => {
    // 2026-03-22..2026-04-10 is 20 days; 10 of them fall in March.
    const [piece] = campaignsInRange([campaign('c1', '2026-03-22', '2026-04-10', 2_000, 1_000)], '2026-01-01', '2026-03-31');
    expect(piece).toMatchObject({ id: 'c1', startDate: '2026-03-22', endDate: '2026-03-31', plannedBudget: 1_000, actualSpend: 500 });
  });

  it('leaves out campaigns outside the range and unreadable ones', () => {
    const pieces = campaignsInRange([
      campaign('before', '2025-11-01', '2025-12-31', 1, 1),
      campaign('after', '2026-04-01', '2026-04-02', 1, 1),
      { ...campaign('bad', '2026-02-01', '2026-02-02', 1, 1), startDate: '2026-02-30' },
      campaign('inside', '2026-02-01', '2026-02-02', 1, 1),
    ], '2026-01-01', '2026-03-31');
    expect(pieces.map((p) => p.id)).toEqual(['inside']);
  });

  it('rolls up to the same month figures as the whole-year rollup', () => {
    const campaigns = [campaign('a', '2026-02-10', '2026-05-20', 9_900, 4_400), campaign('b', '2026-03-31', '2026-04-01', 100, 100)];
    const year = budgetRollup({ campaigns, budgets: [] }, 2026);
    const q1 = budgetRollup({ campaigns: campaignsInRange(campaigns, '2026-01-01', '2026-03-31'), budgets: [] }, 2026);
    for (const month of [1, 2, 3]) {
      expect(q1.byMonth[month - 1]!.planned).toBeCloseTo(year.byMonth[month - 1]!.planned, 2);
      expect(q1.byMonth[month - 1]!.actual).toBeCloseTo(year.byMonth[month - 1]!.actual, 2);
    }
    expect(q1.byMonth[3]!.planned).toBe(0);
    const q1Retail = q1.byChannel.find((line) => line.channel === 'retail')!;
    expect(q1Retail.planned).toBeCloseTo(year.byMonth.slice(0, 3).reduce((sum, line) => sum + line.planned, 0), 1);
  });
});
