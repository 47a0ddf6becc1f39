import { describe, expect, it } from 'vitest';
import { dayNumber, periodQuarters, timelineMonths, timelinePoint, timelinePosition } from './timelinePosition';

describe('timelinePosition', () => {
  it('places a bar by whole days, both ends inclusive', () => {
    // Q1 2026 has 90 days; Feb 1 is day 31 of it, Feb 28 day 58 → 28 days wide.
    const position = timelinePosition('2026-02-01', '2026-02-28', '2026-01-01', '2026-03-31')!;
    expect(position.left).toBeCloseTo((31 / 90) * 100, 10);
    expect(position.width).toBeCloseTo((28 / 90) * 100, 10);
    expect(position.continuesBefore).toBe(false);
    expect(position.continuesAfter).toBe(false);
  });

  it('covers the whole range exactly and gives a one-day campaign one day', () => {
    expect(timelinePosition('2026-01-01', '2026-03-31', '2026-01-01', '2026-03-31')).toEqual({ left: 0, width: 100, continuesBefore: false, continuesAfter: false });
    const oneDay = timelinePosition('2026-03-31', '2026-03-31', '2026-01-01', '2026-03-31')!;
    expect(oneDay.width).toBeCloseTo(100 / 90, 10);
    expect(oneDay.left + oneDay.width).toBeCloseTo(100, 10);
  });

  it('clips a campaign running across the range edges and says so', () => {
    const position = timelinePosition('2025-12-15', '2026-04-10', '2026-01-01', '2026-03-31')!;
    expect(position).toEqual({ left: 0, width: 100, continuesBefore: true, continuesAfter: true });
    const tail = timelinePosition('2026-03-20', '2026-05-01', '2026-01-01', '2026-03-31')!;
    expect(tail.left).toBeCloseTo((78 / 90) * 100, 10);
    expect(tail.width).toBeCloseTo((12 / 90) * 100, 10);
    expect(tail.continuesAfter).toBe(true);
  });

  it('is null outside the range and for unreadable dates', () => {
    expect(timelinePosition('2026-04-01', '2026-04-30', '2026-01-01', '2026-03-31')).toBeNull();
    expect(timelinePosition('2025-12-01', '2025-12-31', '2026-01-01', '2026-03-31')).toBeNull();
    expect(timelinePosition('2026-02-30', '2026-03-01', '2026-01-01', '2026-03-31')).toBeNull();
    expect(timelinePosition('soon', '2026-03-01', '2026-01-01', '2026-03-31')).toBeNull();
    expect(timelinePosition('2026-02-01', '2026-02-02', '2026-03-31', '2026-01-01')).toBeNull();
  });

  it('treats an end before the start as a one-day bar on the start', () => {
    const position = timelinePosition('2026-01-10', '2026-01-02', '2026-01-01', '2026-01-31')!;
    expect(position.left).toBeCloseTo((9 / 31) * 100, 10);
    expect(position.width).toBeCloseTo((1 / 31) * 100, 10);
  });

  it('counts leap days', () => {
    const position = timelinePosition('2028-02-29', '2028-02-29', '2028-01-01', '2028-03-31')!;
    expect(position.left).toBeCloseTo((59 / 91) * 100, 10);
  });
});

describe('timelinePoint', () => {
  it('marks the middle of the day', () => {
    expect(timelinePoint('2026-01-01', '2026-01-01', '2026-01-10')).toBeCloseTo(5, 10);
    expect(timelinePoint('2026-01-10', '2026-01-01', '2026-01-10')).toBeCloseTo(95, 10);
    expect(timelinePoint('2026-01-11', '2026-01-01', '2026-01-10')).toBeNull();
  });
});

describe('timelineMonths', () => {
  it('splits a quarter into its months by days', () => {
    const months = timelineMonths('2026-04-01', '2026-06-30');
    expect(months.map((m) => m.month)).toEqual([4, 5, 6]);
    expect(months[0]!.left).toBe(0);
    expect(months[1]!.left).toBeCloseTo((30 / 91) * 100, 10);
    expect(months[2]!.width).toBeCloseTo((30 / 91) * 100, 10);
    expect(months.reduce((sum, m) => sum + m.width, 0)).toBeCloseTo(100, 10);
  });

  it('clips partial months and crosses the year end', () => {
    const months = timelineMonths('2026-12-16', '2027-01-15');
    expect(months.map((m) => [m.year, m.month])).toEqual([[2026, 12], [2027, 1]]);
    expect(months[0]!.width).toBeCloseTo((16 / 31) * 100, 10);
  });
});

describe('periodQuarters', () => {
  it('cuts a year into four calendar quarters', () => {
    expect(periodQuarters('2026-01-01', '2026-12-31')).toEqual([
      { index: 1, start: '2026-01-01', end: '2026-03-31' },
      { index: 2, start: '2026-04-01', end: '2026-06-30' },
      { index: 3, start: '2026-07-01', end: '2026-09-30' },
      { index: 4, start: '2026-10-01', end: '2026-12-31' },
    ]);
  });

  it('gives one quarter for a quarter, and follows a fiscal year from its first month', () => {
    expect(periodQuarters('2026-04-01', '2026-06-30')).toEqual([{ index: 1, start: '2026-04-01', end: '2026-06-30' }]);
    expect(periodQuarters('2026-04-01', '2027-03-31').map((q) => [q.start, q.end])).toEqual([
      ['2026-04-01', '2026-06-30'], ['2026-07-01', '2026-09-30'], ['2026-10-01', '2026-12-31'], ['2027-01-01', '2027-03-31'],
    ]);
  });

  it('is empty for a broken period', () => {
    expect(periodQuarters('2026-12-31', '2026-01-01')).toEqual([]);
    expect(periodQuarters('x', '2026-01-01')).toEqual([]);
  });
});

describe('dayNumber', () => {
  it('counts days from 1970-01-01 and refuses impossible dates', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2026-02-29')).toBeNull();
    expect(dayNumber('2026-1-01')).toBeNull();
    expect(dayNumber('2028-02-29')).toBe(Date.UTC(2028, 1, 29) / 86_400_000);
    expect(dayNumber('2000-02-29')).not.toBeNull();
    expect(dayNumber('2100-02-29')).toBeNull();
    expect(dayNumber('2026-04-31')).toBeNull();
    expect(dayNumber('2026-13-01')).toBeNull();
    expect(dayNumber('2026-12-31')).toBe(Date.UTC(2026, 11, 31) / 86_400_000);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2026-0a-01')).toBeNull();
  });
});
