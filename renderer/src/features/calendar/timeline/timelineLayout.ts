/**
 * Pure position math of the timeline: which days a period covers, and where a date range sits
 * in it as left/width percentages. Days are counted in UTC from "YYYY-MM-DD" strings, so a
 * calendar date never shifts with the time zone or a daylight-saving change.
 */

export type PeriodKind = 'quarter' | 'year';

export interface Period {
  kind: PeriodKind;
  year: number;
  /** 1–4; ignored for a year. */
  quarter: number;
}

export interface PeriodBounds {
  /** First day of the period (day number). */
  start: number;
  /** First day after the period (exclusive). */
  end: number;
}

export interface Placement {
  /** Percent of the period width from its left edge. */
  left: number;
  width: number;
  /** The range starts before the period: its left end is cut off. */
  clippedStart: boolean;
  /** The range continues after the period. */
  clippedEnd: boolean;
}

export interface MonthMark {
  year: number;
  /** 1–12 */
  month: number;
  left: number;
  width: number;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a "YYYY-MM-DD" date (NaN when it is not one). */
export function dayNumber(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return Number.NaN;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
}

function monthStart(year: number, month: number): number {
  // Date.UTC rolls month 13 over into January of the next year.
  return Date.UTC(year, month - 1, 1) / DAY_MS;
}

export function periodBounds(period: Period): PeriodBounds {
  if (period.kind === 'year') return { start: monthStart(period.year, 1), end: monthStart(period.year + 1, 1) };
  const firstMonth = (period.quarter - 1) * 3 + 1;
  return { start: monthStart(period.year, firstMonth), end: monthStart(period.year, firstMonth + 3) };
}

/** The period holding a date: its quarter, or its year. */
export function periodContaining(isoDate: string, kind: PeriodKind): Period {
  const [year, month] = isoDate.split('-').map(Number) as [number, number];
  return { kind, year, quarter: Math.floor((month - 1) / 3) + 1 };
}

/** The previous (step −1) or next (+1) period of the same kind. */
export function shiftPeriod(period: Period, step: number): Period {
  if (period.kind === 'year') return { ...period, year: period.year + step };
  const index = period.year * 4 + (period.quarter - 1) + step;
  return { kind: 'quarter', year: Math.floor(index / 4), quarter: (((index % 4) + 4) % 4) + 1 };
}

/** Whether an inclusive date range shares at least one day with the period. */
export function overlapsPeriod(startDate: string, endDate: string, bounds: PeriodBounds): boolean {
  return dayNumber(startDate) < bounds.end && dayNumber(endDate) + 1 > bounds.start;
}

/**
 * Where an inclusive date range (whole days, start to end) sits in the period, cut at its edges;
 * null when it lies wholly outside. An end before the start is treated as a one-day range.
 */
export function placeRange(startDate: string, endDate: string, bounds: PeriodBounds): Placement | null {
  const from = dayNumber(startDate);
  const to = Math.max(dayNumber(endDate), from) + 1;
  if (!(from < bounds.end && to > bounds.start)) return null;
  const length = bounds.end - bounds.start;
  const left = Math.max(from, bounds.start);
  const right = Math.min(to, bounds.end);
  return {
    left: ((left - bounds.start) / length) * 100,
    width: ((right - left) / length) * 100,
    clippedStart: from < bounds.start,
    clippedEnd: to > bounds.end,
  };
}

/** A single day's centre (a milestone, today) as a percentage, or null outside the period. */
export function placeDay(isoDate: string, bounds: PeriodBounds): number | null {
  const day = dayNumber(isoDate);
  if (!(day >= bounds.start && day < bounds.end)) return null;
  return ((day - bounds.start + 0.5) / (bounds.end - bounds.start)) * 100;
}

/** The months of the period, for gridlines and labels. */
export function monthMarks(period: Period): MonthMark[] {
  const bounds = periodBounds(period);
  const length = bounds.end - bounds.start;
  const first = period.kind === 'year' ? 1 : (period.quarter - 1) * 3 + 1;
  const count = period.kind === 'year' ? 12 : 3;
  return Array.from({ length: count }, (_, index) => {
    const month = first + index;
    const start = monthStart(period.year, month);
    const end = monthStart(period.year, month + 1);
    return { year: period.year, month, left: ((start - bounds.start) / length) * 100, width: ((end - start) / length) * 100 };
  });
}

/** Today as "YYYY-MM-DD" in the user's own time zone (the day they see on their wall calendar). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface RowItem {
  start: number;
  end: number;
}

/**
 * Greedy row packing for the channel lanes: each item (sorted by start) goes into the first row
 * whose last item has ended, so bars in one lane never overlap. Returns each item's row index.
 */
export function packRows(items: readonly RowItem[]): { rows: number[]; rowCount: number } {
  const order = items.map((_, index) => index).sort((a, b) => items[a]!.start - items[b]!.start || a - b);
  const rowEnds: number[] = [];
  const rows = new Array<number>(items.length).fill(0);
  for (const index of order) {
    const item = items[index]!;
    let row = rowEnds.findIndex((end) => end <= item.start);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(item.end);
    } else {
      rowEnds[row] = item.end;
    }
    rows[index] = row;
  }
  return { rows, rowCount: rowEnds.length };
}
