import { describe, expect, it } from 'vitest';
import { addActivity, newActivity, removeActivity, rescheduleActivity, rescheduleCampaign, shiftCampaign, updateActivity, updateCampaignFields, updateEventDetails, updateKpi } from './campaignEdits';
import { emptyCampaign } from './emptyCampaign';

function withActivity() {
  const c = emptyCampaign({ id: 'c1', name: 'C', startDate: '2026-05-01', endDate: '2026-05-10' });
  c.activities = [{ id: 'a1', level: 'milestone', title: 'Go live', startDate: '2026-05-03', endDate: '2026-05-04', owner: '', done: false }];
  return c;
}

describe('campaign edits', () => {
  it('shift moves the campaign and its activities by the same days, across months', () => {
    const c = withActivity();
    shiftCampaign(c, 30);
    expect([c.startDate, c.endDate]).toEqual(['2026-05-31', '2026-06-09']);
    expect([c.activities[0]!.startDate, c.activities[0]!.endDate]).toEqual(['2026-06-02', '2026-06-03']);
  });

  it('reschedule sets the dates and leaves the activities', () => {
    const c = withActivity();
    rescheduleCampaign(c, '2026-05-01', '2026-05-20');
    expect(c.endDate).toBe('2026-05-20');
    expect(c.activities[0]!.startDate).toBe('2026-05-03');
  });

  it('changes fields, KPIs, event details and activities', () => {
    const c = withActivity();
    updateCampaignFields(c, { name: 'D', owner: 'Wu', kind: 'event' });
    expect(c).toMatchObject({ name: 'D', owner: 'Wu', kind: 'event' });
    expect(c.event).not.toBeNull();
    updateKpi(c, 'revenue', { target: 10 });
    expect(c.kpis.revenue).toEqual({ target: 10, actual: null });
    updateEventDetails(c, { venue: 'Hall 1' });
    expect(c.event!.venue).toBe('Hall 1');
    addActivity(c, newActivity('a2', c, 'New'));
    expect(c.activities[1]).toMatchObject({ id: 'a2', level: 'task', startDate: '2026-05-01', endDate: '2026-05-01' });
    updateActivity(c, 'a2', { done: true });
    rescheduleActivity(c, 'a2', '2026-05-02', '2026-05-03');
    expect(c.activities[1]).toMatchObject({ done: true, startDate: '2026-05-02', endDate: '2026-05-03' });
    removeActivity(c, 'a1');
    expect(c.activities.map((a) => a.id)).toEqual(['a2']);
  });
});
