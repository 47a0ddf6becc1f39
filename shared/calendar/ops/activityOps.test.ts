import { describe, expect, it } from 'vitest';
import { campaignOf, run, runOk, sample } from './testKit';

const task = { id: 'act_new', level: 'task', title: 'Book the venue', startDate: '2026-06-01', endDate: '2026-06-02', owner: '', done: false };

describe('campaign activities', () => {
  it('adds an activity at the end; undo removes it', () => {
    const ws = sample();
    const { next, undone } = runOk(ws, 'campaign.activity.add', { campaignId: 'cmp_expo', activity: task });
    expect(campaignOf(next, 'cmp_expo')!.activities.map((a) => a.id)).toEqual(['cmp_expo_act1', 'cmp_expo_act2', 'act_new']);
    expect(undone).toEqual(ws);
  });

  it('refuses an activity id used already, a blank title, an end before the start and a campaign that is gone', () => {
    const ws = sample();
    expect(run(ws, 'campaign.activity.add', { campaignId: 'cmp_expo', activity: { ...task, id: 'cmp_expo_act1' } })).toMatchObject({ ok: false, code: 'refused' });
    expect(run(ws, 'campaign.activity.add', { campaignId: 'cmp_expo', activity: { ...task, title: ' ' } })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(ws, 'campaign.activity.add', { campaignId: 'cmp_expo', activity: { ...task, endDate: '2026-05-01' } })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(ws, 'campaign.activity.add', { campaignId: 'cmp_gone', activity: task })).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('updates level, title, owner and done (marking done); undo restores them', () => {
    const ws = sample();
    const { next, undone } = runOk(ws, 'campaign.activity.update', { campaignId: 'cmp_expo', activityId: 'cmp_expo_act2', fields: { done: true, title: 'Show days', level: 'milestone', owner: 'Li' } });
    expect(campaignOf(next, 'cmp_expo')!.activities[1]).toMatchObject({ done: true, title: 'Show days', level: 'milestone', owner: 'Li' });
    expect(undone).toEqual(ws);
    expect(run(ws, 'campaign.activity.update', { campaignId: 'cmp_expo', activityId: 'act_gone', fields: { done: true } })).toMatchObject({ ok: false, code: 'conflict' });
    expect(run(ws, 'campaign.activity.update', { campaignId: 'cmp_expo', activityId: 'cmp_expo_act2', fields: { startDate: '2026-01-01' } })).toMatchObject({ ok: false, code: 'invalid-args' });
  });

  it('reschedules one activity, refusing an end before the start', () => {
    const ws = sample();
    const { next, undone } = runOk(ws, 'campaign.activity.reschedule', { campaignId: 'cmp_expo', activityId: 'cmp_expo_act1', startDate: '2026-07-02', endDate: '2026-07-03' });
    expect(campaignOf(next, 'cmp_expo')!.activities[0]).toMatchObject({ startDate: '2026-07-02', endDate: '2026-07-03' });
    expect(campaignOf(next, 'cmp_expo')!.activities[1]).toEqual(campaignOf(ws, 'cmp_expo')!.activities[1]);
    expect(undone).toEqual(ws);
    expect(run(ws, 'campaign.activity.reschedule', { campaignId: 'cmp_expo', activityId: 'cmp_expo_act1', startDate: '2026-07-03', endDate: '2026-07-02' })).toMatchObject({ ok: false, code: 'refused' });
    expect(run(ws, 'campaign.activity.reschedule', { campaignId: 'cmp_expo', activityId: 'act_gone', startDate: '2026-07-02', endDate: '2026-07-03' })).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('removes one activity; undo puts it back in its place', () => {
    const ws = sample();
    const { next, undone } = runOk(ws, 'campaign.activity.remove', { campaignId: 'cmp_expo', activityId: 'cmp_expo_act1' });
    expect(campaignOf(next, 'cmp_expo')!.activities.map((a) => a.id)).toEqual(['cmp_expo_act2']);
    expect(undone).toEqual(ws);
    expect(run(ws, 'campaign.activity.remove', { campaignId: 'cmp_expo', activityId: 'act_gone' })).toMatchObject({ ok: false, code: 'conflict' });
  });
});
