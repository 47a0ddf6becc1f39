import { describe, expect, it } from 'vitest';
import { monthsInPeriod, planPeriod } from './planPeriod';

const plan = (year: number, quarter: number | null) => ({ period: { year, quarter } });

describe('planPeriod', () => {
  it('covers the whole year', () => {
    expect(planPeriod(plan(2027, null), 'en')).toEqual({ start: '2027-01-01', end: '2027-12-31', label: '2027' });
    expect(planPeriod(plan(2027, null), 'zh-CN').label).toBe('2027 年');
  });

  it('labels quarters in both languages', () => {
    expect(planPeriod(plan(2027, 2), 'en').label).toBe('Q2 2027');
    expect(planPeriod(plan(2027, 2), 'zh-CN').label).toBe('2027 年第二季度');
    expect([1, 2, 3, 4].map((q) => planPeriod(plan(2027, q), 'zh-CN').label)).toEqual([
      '2027 年第一季度', '2027 年第二季度', '2027 年第三季度', '2027 年第四季度',
    ]);
  });

  it('ends each quarter on its real last day', () => {
    expect([1, 2, 3, 4].map((q) => [planPeriod(plan(2027, q), 'en').start, planPeriod(plan(2027, q), 'en').end])).toEqual([
      ['2027-01-01', '2027-03-31'], ['2027-04-01', '2027-06-30'], ['2027-07-01', '2027-09-30'], ['2027-10-01', '2027-12-31'],
    ]);
  });
});

describe('monthsInPeriod', () => {
  it('lists the months of the year or of the quarter', () => {
    expect(monthsInPeriod({ year: 2027, quarter: null })).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(monthsInPeriod({ year: 2027, quarter: 3 })).toEqual([7, 8, 9]);
  });
});
