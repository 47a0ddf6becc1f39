/**
 * Date math for the printed campaign timeline. Positions are percentages of a date range
 * measured in whole days, both ends inclusive, so a campaign running the whole range is
 * exactly 0 % / 100 % and a one-day campaign is one day wide (never a zero-width bar).
 * Dates are "YYYY-MM-DD" calendar days, counted in UTC so no time zone moves a bar.
 */

const DAY_MS = 86_400_000;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Digits text[from..to) as a number, or -1 when one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Days since 1970-01-01, or null when the text is not a real "YYYY-MM-DD" date. Plain arithmetic
 * (H. Hinnant's days_from_civil, as in budgetRollup) rather than a RegExp and a Date: it runs
 * several times per campaign per quarter, and with Date it was most of the time a calendar of
 * 20,000 campaigns took to write.
 */
export function dayNumber(iso: string): number | null {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const y = digits(iso, 0, 4);
  const m = digits(iso, 5, 7);
  const d = digits(iso, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1) return null;
  if (d > (m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1]!)) return null;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** "YYYY-MM-DD" of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export interface TimelinePosition {
  /** Percent from the range's start to the bar's start. */
  left: number;
  /** Percent of the range the bar covers. */
  width: number;
  /** The bar goes on before the range starts / after it ends (drawn open on that side). */
  continuesBefore: boolean;
  continuesAfter: boolean;
}

/**
 * Where a bar from `start` to `end` sits in the range, or null when it does not touch the range
 * (or a date is unreadable). An end before the start counts as a one-day bar on the start.
 */
export function timelinePosition(start: string, end: string, rangeStart: string, rangeEnd: string): TimelinePosition | null {
  const from = dayNumber(start);
  const toRaw = dayNumber(end);
  const first = dayNumber(rangeStart);
  const last = dayNumber(rangeEnd);
  if (from === null || toRaw === null || first === null || last === null || last < first) return null;
  const to = Math.max(from, toRaw);
  if (to < first || from > last) return null;
  const days = last - first + 1;
  const clippedFrom = Math.max(from, first);
  const clippedTo = Math.min(to, last);
  return {
    left: ((clippedFrom - first) / days) * 100,
    width: ((clippedTo - clippedFrom + 1) / days) * 100,
    continuesBefore: from < first,
    continuesAfter: to > last,
  };
}

/** Percent of the range at the middle of `date`'s day (for a milestone marker), or null outside the range. */
export function timelinePoint(date: string, rangeStart: string, rangeEnd: string): number | null {
  const position = timelinePosition(date, date, rangeStart, rangeEnd);
  return position === null ? null : position.left + position.width / 2;
}

export interface TimelineMonth {
  /** 1..12 */
  month: number;
  year: number;
  left: number;
  width: number;
}

/** The calendar months touching the range, each with its span in percent (for the header and gridlines). */
export function timelineMonths(rangeStart: string, rangeEnd: string): TimelineMonth[] {
  const first = dayNumber(rangeStart);
  const last = dayNumber(rangeEnd);
  if (first === null || last === null || last < first) return [];
  const months: TimelineMonth[] = [];
  let year = Number(rangeStart.slice(0, 4));
  let month = Number(rangeStart.slice(5, 7));
  // A range is at most a year or so; the cap only guards against a runaway loop on odd input.
  for (let guard = 0; guard < 1_200; guard++) {
    const monthFirst = Date.UTC(year, month - 1, 1) / DAY_MS;
    if (monthFirst > last) break;
    const monthLast = Date.UTC(year, month, 0) / DAY_MS;
    const position = timelinePosition(isoOfDay(monthFirst), isoOfDay(monthLast), rangeStart, rangeEnd);
    if (position) months.push({ month, year, left: position.left, width: position.width });
    month += 1;
    if (month > 12) { month = 1; year += 1; }
  }
  return months;
}

export interface PeriodQuarter {
  /** 1-based number of the quarter within the period's year (Q1 is the period's first three months). */
  index: number;
  start: string;
  end: string;
}

/**
 * The period cut into consecutive three-month quarters from its first month (so a fiscal year
 * starting in April gives Apr–Jun, Jul–Sep …), each clipped to the period.
 */
export function periodQuarters(periodStart: string, periodEnd: string): PeriodQuarter[] {
  const first = dayNumber(periodStart);
  const last = dayNumber(periodEnd);
  if (first === null || last === null || last < first) return [];
  const quarters: PeriodQuarter[] = [];
  const year = Number(periodStart.slice(0, 4));
  const month0 = Number(periodStart.slice(5, 7)) - 1;
  for (let index = 0; index < 400; index++) {
    const quarterFirst = Date.UTC(year, month0 + index * 3, 1) / DAY_MS;
    if (quarterFirst > last) break;
    const quarterLast = Date.UTC(year, month0 + index * 3 + 3, 0) / DAY_MS;
    quarters.push({ index: index + 1, start: isoOfDay(Math.max(first, quarterFirst)), end: isoOfDay(Math.min(last, quarterLast)) });
  }
  return quarters;
}
