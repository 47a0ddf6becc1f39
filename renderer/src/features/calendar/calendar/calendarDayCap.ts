import type { EventInput } from '@fullcalendar/core';
import { addDays, daysBetween } from './calendarDates';
import type { CalendarEventRef, DateWindow } from './calendarEvents';

/**
 * Busy months: FullCalendar measures and lays out every event segment even when `dayMaxEvents`
 * hides most of them (2,000 campaigns in one month took over two seconds). So when the window
 * holds many events, only what the day cells can show is handed over, plus one "+N more" row per
 * day for the rest. The hidden events are not in FullCalendar at all, so its own "+more" popover
 * cannot list them; the "+N more" row opens the List view instead.
 */
export interface DayCapOptions {
  /** Events a day cell shows above its "+N more" row. At most 31 (one bit per row below). */
  perDay: number;
  /** Up to this many events in the window nothing is capped: FullCalendar's own "+more" popover is nicer. */
  capAbove: number;
  /** The text of a day's "+N more" row. */
  moreLabel: (count: number) => string;
}

export interface CappedEvents {
  events: EventInput[];
  /** Whether "+N more" rows were added; the grid then leaves room for perDay + 1 rows. */
  capped: boolean;
}

/** Sort key of the "+N more" rows (an extended prop): with "-moreRow" in eventOrder they come last in their day. */
export const MORE_ROW_ORDER = 'start,-duration,allDay,-moreRow,title';

/** An event as whole days inside the window: first and last day index (inclusive). */
interface Placed {
  event: EventInput;
  start: string;
  end: string;
  title: string;
  id: string;
  first: number;
  last: number;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Start date, then longer first, then title, then id: the same order every time for the same plan. */
function compare(a: Placed, b: Placed): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end > b.end ? -1 : 1;
  if (a.title !== b.title) return a.title < b.title ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Keeps at most `perDay` events on every day of the window and adds a "+N more" all-day event for
 * each day with hidden ones (N = that day's events not kept). Events are stacked like FullCalendar
 * stacks them — in the order above, each takes the lowest row free on all of its days — and kept
 * when that row is one of the first `perDay`; so a day never holds more than `perDay` kept events
 * and the grid never needs its own "+more" link. Expects all-day events with ISO date `start` and
 * exclusive `end` (as campaignsToEvents makes them). Few events (≤ capAbove) come back untouched.
 */
export function capEventsPerDay(events: EventInput[], window: DateWindow, options: DayCapOptions): CappedEvents {
  const { perDay, capAbove, moreLabel } = options;
  if (events.length <= capAbove) return { events, capped: false };
  const dayCount = daysBetween(window.start, window.end);
  const placed: Placed[] = [];
  for (const event of events) {
    const start = text(event.start).slice(0, 10);
    const end = text(event.end).slice(0, 10) || addDays(start, 1);
    const first = Math.max(0, daysBetween(window.start, start));
    const last = Math.min(dayCount - 1, daysBetween(window.start, end) - 1);
    if (last < first) continue; // outside the window: nothing to show
    placed.push({ event, start, end, title: text(event.title), id: text(event.id), first, last });
  }
  placed.sort(compare);

  // One bit per row, per day: which of the first perDay rows are taken.
  const taken = new Uint32Array(dayCount);
  const hidden = new Uint32Array(dayCount);
  const full = perDay >= 32 ? 0xffffffff : (1 << perDay) - 1;
  const kept: EventInput[] = [];
  for (const p of placed) {
    let used = 0;
    for (let day = p.first; day <= p.last; day += 1) used |= taken[day]!;
    const free = ~used & full;
    if (free === 0) {
      for (let day = p.first; day <= p.last; day += 1) hidden[day]! += 1;
      continue;
    }
    const row = free & -free; // lowest free row
    for (let day = p.first; day <= p.last; day += 1) taken[day]! |= row;
    kept.push(p.event);
  }
  if (kept.length === placed.length) return { events: kept, capped: false };

  for (let day = 0; day < dayCount; day += 1) {
    const count = hidden[day]!;
    if (count === 0) continue;
    const date = addDays(window.start, day);
    const ref: CalendarEventRef = { type: 'more', date, count };
    kept.push({
      id: `more:${date}`, title: moreLabel(count), start: date, end: addDays(date, 1), allDay: true,
      // Not a campaign: cannot be dragged or resized, and opens the List view rather than the editor.
      editable: false, startEditable: false, durationEditable: false,
      classNames: ['sb-more-event'], extendedProps: { ...ref, moreRow: 1 },
    });
  }
  return { events: kept, capped: true };
}
