import { daysBetween } from './calendarDates';
import type { CalendarEventRef } from './calendarEvents';

/** Dates of an event on the grid (inclusive end). */
export interface DateSpan {
  start: string;
  end: string;
}

/** The one operation a drag or a resize on the calendar grid stands for. */
export type GridDateChange =
  | { op: 'campaign.shift'; args: { campaignId: string; days: number } }
  | { op: 'campaign.reschedule'; args: { campaignId: string; startDate: string; endDate: string } }
  | { op: 'campaign.activity.reschedule'; args: { campaignId: string; activityId: string; startDate: string; endDate: string } };

/** Why a date change is not made; the caller says so and runs nothing. */
export type DateChangeProblem = 'end-before-start';

/**
 * A campaign moved whole (start and end by the same days) shifts with all its activities, so
 * milestones keep their place inside it; a resize that keeps the start (or changes the length)
 * sets the dates and leaves the activities alone. A milestone gets its new dates.
 */
export function gridDateChange(ref: Exclude<CalendarEventRef, { type: 'more' }>, before: DateSpan, after: DateSpan): GridDateChange | DateChangeProblem {
  if (after.end < after.start) return 'end-before-start';
  if (ref.type === 'milestone') {
    return { op: 'campaign.activity.reschedule', args: { campaignId: ref.campaignId, activityId: ref.activityId, startDate: after.start, endDate: after.end } };
  }
  const days = daysBetween(before.start, after.start);
  if (days !== 0 && daysBetween(before.end, after.end) === days) return { op: 'campaign.shift', args: { campaignId: ref.campaignId, days } };
  return { op: 'campaign.reschedule', args: { campaignId: ref.campaignId, startDate: after.start, endDate: after.end } };
}
