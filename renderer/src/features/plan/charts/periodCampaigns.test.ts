import { describe, expect, it } from 'vitest';
import { budgetRollup } from '../../../../../shared/calendar/budgetRollup';
import { createSampleWorkspace } from '../../../../../shared/samplePlan/samplePlan';
import type { Campaign } from '../../../../../shared/schema/campaign';
import { campaignsInMonths, monthRuns } from './periodCampaigns';

const sample = createSampleWorkspace('en', new Date(Date.UTC(2026, 2, 1)));
const base = sample.campaigns[0]!;
const campaign = (over: Partial<Campaign>): Campaign => ({ ...base, id: 'cmp_t', channels: ['retail'], status: 'planned', ...over });

describe('monthRuns', () => {
  it('groups consecutive months, sorted, without repeats or invalid months', () => {
    expect(monthRuns([7, 1, 2, 3, 3, 13, 0, 2.5])).toEqual([[1, 3], [7, 7]]);
    expect(monthRuns([])).toEqual([]);
  });
});

describe('campaignsInMonths', () => {
  it('cuts a campaign at the period edge and scales its money to the days inside', () => {
    // 15 March – 14 April is 31 days; 14 of them fall in Q2.
    const [piece, ...rest] = campaignsInMonths([campaign({ startDate: '2026-03-15', endDate: '2026-04-14', plannedBudget: 3100, actualSpend: 310 })], 2026, [4, 5, 6]);
    expect(rest).toEqual([]);
    expect(piece).toMatchObject({ id: 'cmp_t', startDate: '2026-04-01', endDate: '2026-04-14', channels: ['retail'] });
    expect(piece!.plannedBudget).toBeCloseTo(1400, 6);
    expect(piece!.actualSpend).toBeCloseTo(140, 6);
  });

  it('leaves out campaigns outside the period and ones with unreadable dates', () => {
    const pieces = campaignsInMonths([
      campaign({ id: 'cmp_jan', startDate: '2026-01-05', endDate: '2026-01-30' }),
      campaign({ id: 'cmp_bad', startDate: '2026-4-01', endDate: '2026-04-30' }),
      campaign({ id: 'cmp_last_year', startDate: '2025-05-01', endDate: '2025-05-30' }),
    ], 2026, [4, 5, 6]);
    expect(pieces).toEqual([]);
  });

  it('makes one piece per run of months the campaign touches', () => {
    const pieces = campaignsInMonths([campaign({ startDate: '2026-01-01', endDate: '2026-12-31', plannedBudget: 365 })], 2026, [1, 12]);
    expect(pieces.map((p) => [p.startDate, p.endDate, Math.round(p.plannedBudget)])).toEqual([
      ['2026-01-01', '2026-01-31', 31],
      ['2026-12-01', '2026-12-31', 31],
    ]);
  });

  it('gives the rollup the same money per month as the whole campaign does', () => {
    const months = [4, 5, 6];
    const whole = budgetRollup(sample, 2026);
    const cut = budgetRollup({ campaigns: campaignsInMonths(sample.campaigns, 2026, months), budgets: [] }, 2026);
    for (const month of months) {
      expect(cut.byMonth[month - 1]!.planned).toBeCloseTo(whole.byMonth[month - 1]!.planned, 1);
      expect(cut.byMonth[month - 1]!.actual).toBeCloseTo(whole.byMonth[month - 1]!.actual, 1);
    }
    expect(cut.byMonth[0]!.planned).toBe(0);
    const quarterPlanned = months.reduce((sum, month) => sum + whole.byMonth[month - 1]!.planned, 0);
    expect(cut.plannedTotal).toBeCloseTo(quarterPlanned, 1);
  });
});
