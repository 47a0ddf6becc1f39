import { describe, expect, it } from 'vitest';
import { newCampaignDraft } from '../editor/campaignRecords';
import { campaignsToEvents, visibleWindow } from './calendarEvents';

function campaign() {
  const c = newCampaignDraft('c1', '2026-05-01');
  c.name = 'Spring launch';
  c.endDate = '2026-05-10';
  c.channels = ['retail'];
  c.activities = [
    { id: 'a1', level: 'milestone', title: 'Go live', startDate: '2026-05-03', endDate: '2026-05-03', owner: '', done: false },
    { id: 'a2', level: 'task', title: 'Write copy', startDate: '2026-05-01', endDate: '2026-05-02', owner: '', done: false },
  ];
  return c;
}

describe('campaignsToEvents', () => {
  it('maps a campaign to an all-day event with an exclusive end and its colour', () => {
    const [event] = campaignsToEvents([campaign()], 'channel');
    expect(event).toMatchObject({
      id: 'c:c1', title: 'Spring launch', start: '2026-05-01', end: '2026-05-11', allDay: true,
      backgroundColor: 'var(--mantine-color-teal-filled)', extendedProps: { type: 'campaign', campaignId: 'c1' },
    });
  });

  it('adds milestones only, as ◆ events, and colours by status on request', () => {
    const events = campaignsToEvents([campaign()], 'status');
    expect(events).toHaveLength(2);
    expect(events[1]).toMatchObject({
      id: 'm:c1:a1', title: '◆ Go live', start: '2026-05-03', end: '2026-05-04', durationEditable: false,
      backgroundColor: 'var(--mantine-color-blue-filled)', extendedProps: { type: 'milestone', campaignId: 'c1', activityId: 'a1' },
    });
  });

  it('maps 2,000 campaigns quickly', () => {
    const many = Array.from({ length: 2_000 }, (_, i) => ({ ...campaign(), id: `c${i}` }));
    const started = performance.now();
    expect(campaignsToEvents(many, 'channel')).toHaveLength(4_000);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('maps only what a window shows; a milestone outside its campaign still appears in its own window', () => {
    const c = campaign();
    expect(campaignsToEvents([c], 'channel', { start: '2026-06-01', end: '2026-07-01' })).toEqual([]);
    expect(campaignsToEvents([c], 'channel', { start: '2026-05-10', end: '2026-05-11' }).map((e) => e.id)).toEqual(['c:c1']);
    expect(campaignsToEvents([c], 'channel', { start: '2026-05-03', end: '2026-05-04' }).map((e) => e.id)).toEqual(['c:c1', 'm:c1:a1']);
    c.activities[0]!.startDate = '2026-07-02';
    c.activities[0]!.endDate = '2026-07-02';
    expect(campaignsToEvents([c], 'channel', visibleWindow('2026-07-01')).map((e) => e.id)).toEqual(['m:c1:a1']);
  });

  it('a window covers every day a month grid can show', () => {
    // February 2026 starts on a Sunday; a Monday-first grid starts on 26 January; six weeks end on 9 March.
    expect(visibleWindow('2026-02-01')).toEqual({ start: '2026-01-25', end: '2026-03-22' });
  });
});
