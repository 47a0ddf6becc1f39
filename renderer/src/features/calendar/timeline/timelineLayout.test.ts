import { describe, expect, it } from 'vitest';
import {
  dayNumber, localToday, monthMarks, overlapsPeriod, packRows, periodBounds, periodContaining, placeDay, placeRange, shiftPeriod,
  type Period,
} from './timelineLayout';

const q2: Period = { kind: 'quarter', year: 2026, quarter: 2 };
const y2026: Period = { kind: 'year', year: 2026, quarter: 1 };

describe('period bounds', () => {
  it('covers a quarter from its first day to the first day of the next', () => {
    const bounds = periodBounds(q2);
    expect(bounds.start).toBe(dayNumber('2026-04-01'));
    expect(bounds.end).toBe(dayNumber('2026-07-01'));
    expect(bounds.end - bounds.start).toBe(91);
  });

  it('covers Q4 up to the next new year, and a leap year has 366 days', () => {
    expect(periodBounds({ kind: 'quarter', year: 2026, quarter: 4 }).end).toBe(dayNumber('2027-01-01'));
    const leap = periodBounds({ kind: 'year', year: 2028, quarter: 1 });
    expect(leap.end - leap.start).toBe(366);
  });

  it('finds the period of a date and steps across year ends', () => {
    expect(periodContaining('2026-05-20', 'quarter')).toEqual({ kind: 'quarter', year: 2026, quarter: 2 });
    expect(shiftPeriod({ kind: 'quarter', year: 2026, quarter: 4 }, 1)).toEqual({ kind: 'quarter', year: 2027, quarter: 1 });
    expect(shiftPeriod({ kind: 'quarter', year: 2026, quarter: 1 }, -1)).toEqual({ kind: 'quarter', year: 2025, quarter: 4 });
    expect(shiftPeriod(y2026, -1).year).toBe(2025);
  });
});

describe('placeRange', () => {
  const bounds = periodBounds(q2);

  it('places a range inside the period by whole days, end day included', () => {
    const placement = placeRange('2026-04-01', '2026-04-01', bounds);
    expect(placement).toEqual({ left: 0, width: (1 / 91) * 100, clippedStart: false, clippedEnd: false });
    const whole = placeRange('2026-04-01', '2026-06-30', bounds);
    expect(whole?.width).toBeCloseTo(100);
  });

  it('clips at the period edges and says which end continues', () => {
    const before = placeRange('2026-03-15', '2026-04-10', bounds);
    expect(before?.left).toBe(0);
    expect(before?.width).toBeCloseTo((10 / 91) * 100);
    expect(before?.clippedStart).toBe(true);
    expect(before?.clippedEnd).toBe(false);
    const after = placeRange('2026-06-21', '2026-08-01', bounds);
    expect(after?.left).toBeCloseTo((81 / 91) * 100);
    expect(after!.left + after!.width).toBeCloseTo(100);
    expect(after?.clippedEnd).toBe(true);
    const spanning = placeRange('2026-01-01', '2026-12-31', bounds);
    expect(spanning).toMatchObject({ left: 0, clippedStart: true, clippedEnd: true });
    expect(spanning?.width).toBeCloseTo(100);
  });

  it('returns null outside the period, including on the day after its end', () => {
    expect(placeRange('2026-03-01', '2026-03-31', bounds)).toBeNull();
    expect(placeRange('2026-07-01', '2026-07-05', bounds)).toBeNull();
    expect(overlapsPeriod('2026-03-01', '2026-03-31', bounds)).toBe(false);
    expect(overlapsPeriod('2026-03-01', '2026-04-01', bounds)).toBe(true);
  });
});

describe('placeDay and months', () => {
  it('puts a day at its centre and is null outside', () => {
    const bounds = periodBounds(y2026);
    expect(placeDay('2026-01-01', bounds)).toBeCloseTo((0.5 / 365) * 100);
    expect(placeDay('2026-12-31', bounds)).toBeCloseTo((364.5 / 365) * 100);
    expect(placeDay('2027-01-01', bounds)).toBeNull();
    expect(placeDay('2025-12-31', bounds)).toBeNull();
  });

  it('lists the months of a quarter and of a year, edge to edge', () => {
    const months = monthMarks(q2);
    expect(months.map((m) => m.month)).toEqual([4, 5, 6]);
    expect(months[0]!.left).toBe(0);
    expect(months[1]!.left).toBeCloseTo((30 / 91) * 100);
    const year = monthMarks(y2026);
    expect(year).toHaveLength(12);
    expect(year[11]!.left + year[11]!.width).toBeCloseTo(100);
  });

  it('reads today in local time', () => {
    expect(localToday(new Date(2026, 4, 7, 23, 59))).toBe('2026-05-07');
  });
});

describe('packRows', () => {
  it('stacks overlapping items and reuses rows that have ended', () => {
    const { rows, rowCount } = packRows([
      { start: 0, end: 10 },
      { start: 5, end: 15 },
      { start: 10, end: 20 },
      { start: 12, end: 13 },
    ]);
    expect(rows).toEqual([0, 1, 0, 2]);
    expect(rowCount).toBe(3);
  });
});
