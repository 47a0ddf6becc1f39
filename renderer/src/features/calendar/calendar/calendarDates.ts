/**
 * Calendar-date arithmetic on "YYYY-MM-DD" strings. Done in UTC so no time zone or daylight-saving
 * change can shift a campaign by a day.
 */

const DAY_MS = 86_400_000;

function toUtc(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)));
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  return fromUtc(toUtc(isoDate) + days * DAY_MS);
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b) - toUtc(a)) / DAY_MS);
}

/** FullCalendar's all-day end is exclusive: a campaign ending on the 5th ends at the 6th there. */
export function toExclusiveEnd(inclusiveEnd: string): string {
  return addDays(inclusiveEnd, 1);
}

/** Back from FullCalendar: the exclusive end, or the start when FullCalendar gives none (one-day event). */
export function fromExclusiveEnd(start: string, exclusiveEnd: string | null | undefined): string {
  if (!exclusiveEnd) return start;
  const end = addDays(exclusiveEnd.slice(0, 10), -1);
  return end < start ? start : end;
}

/** Today in the user's own time zone, as the calendar shows it. */
export function localToday(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
