import type { EventInput } from '@fullcalendar/core';
import { describe, expect, it } from 'vitest';
import { newCampaignDraft } from '../editor/campaignRecords';
import { addDays } from './calendarDates';
import { capEventsPerDay, type DayCapOptions } from './calendarDayCap';
import { campaignsToEvents, visibleWindow, type DateWindow } from './calendarEvents';

const WINDOW: DateWindow = { start: '2026-05-01', end: '2026-05-08' };
const OPTIONS: DayCapOptions = { perDay: 2, capAbove: 0, moreLabel: (count) => `+${count} more` };

/** An all-day event as campaignsToEvents makes it: inclusive last day in, exclusive end out. */
function ev(id: string, start: string, last: string, title = id): EventInput {
  return { id, title, start, end: addDays(last, 1), allDay: true };
}

function ids(events: EventInput[]): string[] {
  return events.filter((e) => !String(e.id).startsWith('more:')).map((e) => String(e.id));
}

function mores(events: EventInput[]): Record<string, string> {
  return Object.fromEntries(events.filter((e) => String(e.id).startsWith('more:')).map((e) => [String(e.start), String(e.title)]));
}

/** Kept events covering each day of the window. */
function perDay(events: EventInput[], window: DateWindow): number[] {
  const counts: number[] = [];
  for (let day = window.start; day < window.end; day = addDays(day, 1)) {
    counts.push(events.filter((e) => !String(e.id).startsWith('more:') && String(e.start) <= day && day < String(e.end)).length);
  }
  return counts;
}

describe('capEventsPerDay', () => {
  it('leaves a quiet window exactly as it is', () => {
    const events = [ev('a', '2026-05-01', '2026-05-01'), ev('b', '2026-05-01', '2026-05-01'), ev('c', '2026-05-01', '2026-05-01')];
    const result = capEventsPerDay(events, WINDOW, { ...OPTIONS, capAbove: 3 });
    expect(result).toEqual({ events, capped: false });
    expect(result.events).toBe(events);
  });

  it('returns everything, without "+N more", when every day fits', () => {
    const events = [ev('a', '2026-05-01', '2026-05-03'), ev('b', '2026-05-02', '2026-05-02'), ev('c', '2026-05-04', '2026-05-04')];
    const result = capEventsPerDay(events, WINDOW, OPTIONS);
    expect(result.capped).toBe(false);
    expect(ids(result.events).sort()).toEqual(['a', 'b', 'c']);
  });

  it('keeps perDay events a day in the order start, longer first, name, and counts the rest per day', () => {
    const events = [
      ev('zeta', '2026-05-01', '2026-05-01'),
      ev('alpha', '2026-05-01', '2026-05-01'),
      ev('long', '2026-05-01', '2026-05-03'), // longer: first on the 1st
      ev('beta', '2026-05-01', '2026-05-01'),
      ev('second', '2026-05-02', '2026-05-02'),
      ev('third', '2026-05-02', '2026-05-02'),
      ev('late', '2026-05-03', '2026-05-04'),
    ];
    const result = capEventsPerDay(events, WINDOW, OPTIONS);
    expect(result.capped).toBe(true);
    // 1st: long, alpha | beta, zeta hidden. 2nd: long, second | third hidden. 3rd: long, late. 4th: late.
    expect(ids(result.events)).toEqual(['long', 'alpha', 'second', 'late']);
    expect(perDay(result.events, WINDOW)).toEqual([2, 2, 2, 1, 0, 0, 0]);
    expect(mores(result.events)).toEqual({ '2026-05-01': '+2 more', '2026-05-02': '+1 more' });
  });

  it('counts a hidden multi-day event on each of its days', () => {
    const events = [
      ev('a', '2026-05-02', '2026-05-02'),
      ev('b', '2026-05-02', '2026-05-02'),
      ev('c', '2026-05-02', '2026-05-04'), // started with two ahead of it on the 2nd: hidden on all its days
      ev('d', '2026-05-03', '2026-05-03'),
    ];
    const result = capEventsPerDay(events, WINDOW, OPTIONS);
    // c is longer than a and b, so it sorts first on the 2nd and is kept; the 2nd then shows c and a.
    expect(ids(result.events)).toEqual(['c', 'a', 'd']);
    expect(mores(result.events)).toEqual({ '2026-05-02': '+1 more' });

    const shortFirst = [ev('a', '2026-05-01', '2026-05-02'), ev('b', '2026-05-01', '2026-05-02'), ev('c', '2026-05-02', '2026-05-04')];
    const capped = capEventsPerDay(shortFirst, WINDOW, OPTIONS);
    // a and b hold both rows on the 2nd, so c cannot start there: FullCalendar would not show it either.
    expect(ids(capped.events)).toEqual(['a', 'b']);
    expect(mores(capped.events)).toEqual({ '2026-05-02': '+1 more', '2026-05-03': '+1 more', '2026-05-04': '+1 more' });
  });

  it('never keeps more than perDay on a day, and each day\'s kept + hidden is all of its events', () => {
    // 300 events of 1 to 3 days over a week, in a scrambled order.
    const events = Array.from({ length: 300 }, (_, i) => {
      const start = addDays(WINDOW.start, (i * 3) % 7);
      return ev(`e${(i * 37) % 300}`, start, addDays(start, i % 3), `Campaign ${(i * 53) % 300}`);
    });
    const options = { ...OPTIONS, perDay: 4 };
    const result = capEventsPerDay(events, WINDOW, options);
    const kept = perDay(result.events, WINDOW);
    const all = perDay(events, WINDOW);
    const more = mores(result.events);
    kept.forEach((count, day) => {
      expect(count).toBeLessThanOrEqual(4);
      const date = addDays(WINDOW.start, day);
      const hidden = all[day]! - count;
      expect(more[date]).toBe(hidden > 0 ? `+${hidden} more` : undefined);
    });
  });

  it('chooses the same events whatever order they come in', () => {
    const events = Array.from({ length: 60 }, (_, i) => ev(`e${i}`, addDays(WINDOW.start, i % 5), addDays(WINDOW.start, (i % 5) + (i % 2)), `Name ${i % 7}`));
    const first = capEventsPerDay(events, WINDOW, OPTIONS);
    const again = capEventsPerDay([...events].reverse(), WINDOW, OPTIONS);
    expect(ids(again.events).sort()).toEqual(ids(first.events).sort());
    expect(mores(again.events)).toEqual(mores(first.events));
  });

  it('clips events to the window and counts only days inside it', () => {
    const events = [
      ev('before', '2026-04-20', '2026-05-01'),
      ev('a', '2026-05-01', '2026-05-01'),
      ev('b', '2026-05-01', '2026-05-01'),
      ev('after', '2026-05-07', '2026-05-20'),
      ev('outside', '2026-06-01', '2026-06-01'),
    ];
    const result = capEventsPerDay(events, WINDOW, OPTIONS);
    expect(ids(result.events)).toEqual(['before', 'a', 'after']);
    expect(mores(result.events)).toEqual({ '2026-05-01': '+1 more' });
  });

  it('makes "+N more" a fixed all-day event that sorts last in its day and points at the list', () => {
    const events = [ev('a', '2026-05-01', '2026-05-01'), ev('b', '2026-05-01', '2026-05-01'), ev('c', '2026-05-01', '2026-05-01')];
    const more = capEventsPerDay(events, WINDOW, OPTIONS).events.find((e) => e.id === 'more:2026-05-01');
    expect(more).toEqual({
      id: 'more:2026-05-01', title: '+1 more', start: '2026-05-01', end: '2026-05-02', allDay: true,
      editable: false, startEditable: false, durationEditable: false, classNames: ['sb-more-event'],
      extendedProps: { type: 'more', date: '2026-05-01', count: 1, moreRow: 1 },
    });
  });

  it('caps 2,000 campaigns in one month to a few hundred events, quickly', () => {
    const campaigns = Array.from({ length: 2_000 }, (_, i) => {
      const day = (i % 27) + 1;
      const c = newCampaignDraft(`c${i}`, `2026-05-${String(day).padStart(2, '0')}`);
      c.name = `Campaign ${i}`;
      c.endDate = `2026-05-${String(day + (i % 3)).padStart(2, '0')}`;
      c.activities = [{ id: 'm', level: 'milestone', title: 'Go', startDate: c.startDate, endDate: c.startDate, owner: '', done: false }];
      return c;
    });
    const window = visibleWindow('2026-05-01');
    const all = campaignsToEvents(campaigns, 'channel', window);
    const started = performance.now();
    const result = capEventsPerDay(all, window, { perDay: 4, capAbove: 200, moreLabel: (n) => `+${n}` });
    expect(performance.now() - started).toBeLessThan(100);
    expect(result.capped).toBe(true);
    expect(result.events.length).toBeLessThan(200);
    expect(Math.max(...perDay(result.events, window))).toBe(4);
    const hiddenTotal = result.events.filter((e) => String(e.id).startsWith('more:')).length;
    expect(hiddenTotal).toBe(29); // 1–29 May each have hidden events
  });
});
