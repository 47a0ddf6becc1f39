import type { EventInput } from '@fullcalendar/core';
import type { Campaign } from '../../../../../shared/schema/campaign';
import { campaignColor, type ColorBy } from '../colors';
import { addDays, toExclusiveEnd } from './calendarDates';

/** Dates a view can show, as ISO dates; end exclusive. */
export interface DateWindow {
  start: string;
  end: string;
}

/**
 * Every day a month or week grid showing `currentStart` (the 1st of the month, or the week's first
 * day) can display, with room to spare: a month grid starts at most 6 days before the 1st and
 * shows at most 6 weeks.
 */
export function visibleWindow(currentStart: string): DateWindow {
  return { start: addDays(currentStart, -7), end: addDays(currentStart, 49) };
}

function overlaps(start: string, inclusiveEnd: string, window: DateWindow | undefined): boolean {
  return window === undefined || (start < window.end && inclusiveEnd >= window.start);
}

/** What a calendar event stands for, kept in its extendedProps. */
export type CalendarEventRef =
  | { type: 'campaign'; campaignId: string }
  | { type: 'milestone'; campaignId: string; activityId: string }
  /** The "+N more" row of a busy day (see calendarDayCap.ts): stands for events not given to FullCalendar. */
  | { type: 'more'; date: string; count: number };

export const MILESTONE_MARK = '◆';

/** Mantine palette name → the CSS variables of its filled colour, so light and dark both fit. */
function paletteVars(color: string): { backgroundColor: string; borderColor: string; textColor: string } {
  return {
    backgroundColor: `var(--mantine-color-${color}-filled)`,
    borderColor: `var(--mantine-color-${color}-filled)`,
    textColor: color === 'yellow' || color === 'lime' ? 'var(--mantine-color-black)' : 'var(--mantine-color-white)',
  };
}

/**
 * FullCalendar events for campaigns (all-day, end made exclusive) and for their milestones
 * (small all-day events "◆ title" in the campaign's colour). One pass, no sorting: this runs for
 * thousands of campaigns and is memoised by the caller. With a window, only what overlaps it is
 * mapped: FullCalendar then lays out the visible few hundred events, not the whole year's thousands.
 */
export function campaignsToEvents(campaigns: readonly Campaign[], colorBy: ColorBy, window?: DateWindow): EventInput[] {
  const events: EventInput[] = [];
  for (const campaign of campaigns) {
    const inWindow = overlaps(campaign.startDate, campaign.endDate, window);
    // Activities stay inside their campaign in practice, but a milestone may be dated outside it.
    if (!inWindow && !campaign.activities.some((a) => a.level === 'milestone' && overlaps(a.startDate, a.endDate, window))) continue;
    const colors = paletteVars(campaignColor(campaign, colorBy));
    const ref: CalendarEventRef = { type: 'campaign', campaignId: campaign.id };
    if (inWindow) events.push({
      id: `c:${campaign.id}`, title: campaign.name, start: campaign.startDate, end: toExclusiveEnd(campaign.endDate),
      allDay: true, ...colors, classNames: ['sb-campaign-event'], extendedProps: ref,
    });
    for (const activity of campaign.activities) {
      if (activity.level !== 'milestone' || !overlaps(activity.startDate, activity.endDate, window)) continue;
      const milestone: CalendarEventRef = { type: 'milestone', campaignId: campaign.id, activityId: activity.id };
      events.push({
        id: `m:${campaign.id}:${activity.id}`, title: `${MILESTONE_MARK} ${activity.title}`, start: activity.startDate,
        end: toExclusiveEnd(activity.endDate), allDay: true, ...colors, classNames: ['sb-milestone-event'],
        // Milestones sort after their campaign bars and are not stretched by resizing.
        durationEditable: false, extendedProps: milestone,
      });
    }
  }
  return events;
}
