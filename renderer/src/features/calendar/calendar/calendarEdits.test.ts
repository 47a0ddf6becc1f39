import { describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../../../../../shared/samplePlan/samplePlan';
import { changeActivityDates, changeCampaignDates } from './calendarEdits';

function workspaceWithCampaign() {
  const ws = createSampleWorkspace('en', new Date('2026-03-01T00:00:00Z'));
  const c = ws.campaigns[0]!;
  c.startDate = '2026-05-01';
  c.endDate = '2026-05-10';
  c.activities = [{ id: 'a1', level: 'milestone', title: 'Go live', startDate: '2026-05-03', endDate: '2026-05-04', owner: '', done: false }];
  return { ws, c };
}

describe('changeCampaignDates', () => {
  it('moving shifts the campaign and its activities by the same days', () => {
    const { ws, c } = workspaceWithCampaign();
    expect(changeCampaignDates(ws, c.id, '2026-05-08', '2026-05-17')).toBeNull();
    expect([c.startDate, c.endDate]).toEqual(['2026-05-08', '2026-05-17']);
    expect([c.activities[0]!.startDate, c.activities[0]!.endDate]).toEqual(['2026-05-10', '2026-05-11']);
  });

  it('resizing changes the end only and leaves the activities', () => {
    const { ws, c } = workspaceWithCampaign();
    expect(changeCampaignDates(ws, c.id, '2026-05-01', '2026-05-20')).toBeNull();
    expect(c.endDate).toBe('2026-05-20');
    expect(c.activities[0]!.startDate).toBe('2026-05-03');
  });

  it('refuses an end before the start and unknown campaigns, changing nothing', () => {
    const { ws, c } = workspaceWithCampaign();
    expect(changeCampaignDates(ws, c.id, '2026-05-10', '2026-05-01')).toBe('end-before-start');
    expect(changeCampaignDates(ws, 'nope', '2026-05-01', '2026-05-02')).toBe('not-found');
    expect([c.startDate, c.endDate]).toEqual(['2026-05-01', '2026-05-10']);
  });
});

describe('changeActivityDates', () => {
  it('moves one activity and validates its dates', () => {
    const { ws, c } = workspaceWithCampaign();
    expect(changeActivityDates(ws, c.id, 'a1', '2026-05-06', '2026-05-07')).toBeNull();
    expect(c.activities[0]!.startDate).toBe('2026-05-06');
    expect(changeActivityDates(ws, c.id, 'a1', '2026-05-06', '2026-05-05')).toBe('end-before-start');
    expect(changeActivityDates(ws, c.id, 'zz', '2026-05-06', '2026-05-07')).toBe('not-found');
  });
});
