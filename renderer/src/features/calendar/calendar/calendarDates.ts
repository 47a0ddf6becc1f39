import { addDays } from '../../../../../shared/calendar/dateMath';

/**
 * Calendar dates as the views need them ("YYYY-MM-DD"; the arithmetic itself is shared with the
 * calendar operations, in UTC so no time zone or daylight-saving change can shift a campaign by a day).
 */

export { addDays, daysBetween } from '../../../../../shared/calendar/dateMath';

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
