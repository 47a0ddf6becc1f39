import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, fromExclusiveEnd, localToday, toExclusiveEnd } from './calendarDates';

describe('calendar dates', () => {
  it('adds days across months, leap days and years', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('counts days between dates, negative backwards, across DST changes', () => {
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-04-01', '2026-03-01')).toBe(-31);
    expect(daysBetween('2026-10-20', '2026-11-03')).toBe(14);
  });

  it('turns an inclusive end into FullCalendar’s exclusive end and back', () => {
    expect(toExclusiveEnd('2026-05-05')).toBe('2026-05-06');
    expect(fromExclusiveEnd('2026-05-01', '2026-05-06')).toBe('2026-05-05');
    expect(fromExclusiveEnd('2026-05-01', '2026-05-06T00:00:00')).toBe('2026-05-05');
    expect(fromExclusiveEnd('2026-05-01', null)).toBe('2026-05-01');
    // A one-day event's exclusive end is its start + 1; never an end before the start.
    expect(fromExclusiveEnd('2026-05-01', '2026-05-01')).toBe('2026-05-01');
  });

  it('gives today in local time', () => {
    expect(localToday(new Date(2026, 0, 9, 23, 30))).toBe('2026-01-09');
  });
});
