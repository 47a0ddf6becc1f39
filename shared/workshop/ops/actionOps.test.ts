import { describe, expect, it } from 'vitest';
import type { Workspace } from '../../schema/workspace';
import { workshopCampaignId } from '../actions';
import { runOperation } from '../../ops/runOperation';
import { apply, applyAndUndo, expectRefused, run, sample, set, T0, W, workshop } from './testKit';

const OWN = workshopCampaignId(W);
const add = { workshopId: W, actionId: 'wac_1', activityId: 'act_1', title: 'Survey', owner: 'Mia', dueDate: '2026-07-20', campaignId: null, campaignLabel: 'Workshop actions' };
const campaign = (ws: Workspace, id: string) => ws.campaigns.find((c) => c.id === id);
const task = (ws: Workspace, id: string) => ws.campaigns.flatMap((c) => c.activities.map((a) => ({ ...a, campaignId: c.id }))).find((a) => a.id === id);

describe('workshop.action.*', () => {
  it('adds an action with its task in the workshop’s own campaign, made on demand', () => {
    const ws = applyAndUndo(sample(), 'workshop.action.add', add);
    expect(workshop(ws).actions).toEqual([{ id: 'wac_1', title: 'Survey', owner: 'Mia', dueDate: '2026-07-20', campaignId: OWN, activityId: 'act_1' }]);
    expect(campaign(ws, OWN)).toMatchObject({ name: 'Workshop actions: Q3 strategy review workshop', startDate: '2026-07-20', endDate: '2026-07-20' });
    expect(task(ws, 'act_1')).toMatchObject({ level: 'task', title: 'Survey', owner: 'Mia', startDate: '2026-07-20', done: false, campaignId: OWN });
  });

  it('adds into a chosen campaign', () => {
    const ws = applyAndUndo(sample(), 'workshop.action.add', { ...add, campaignId: 'cmp_loyalty' });
    expect(task(ws, 'act_1')!.campaignId).toBe('cmp_loyalty');
    expect(campaign(ws, OWN)).toBeUndefined();
  });

  it('refuses a blank title, an unreal date, a campaign that is gone and used ids', () => {
    expectRefused(sample(), 'workshop.action.add', { ...add, title: ' ' }, 'refused');
    expectRefused(sample(), 'workshop.action.add', { ...add, dueDate: '2026-02-30' }, 'refused');
    expectRefused(sample(), 'workshop.action.add', { ...add, campaignId: 'cmp_gone' }, 'conflict');
    expectRefused(sample(), 'workshop.action.add', { ...add, activityId: 'cmp_loyalty_act1' }, 'refused');
    expectRefused(sample(), 'workshop.action.add', { ...add, workshopId: 'wsh_gone' }, 'conflict');
    expectRefused(sample(), 'workshop.action.add', { ...add, campaignLabel: undefined }, 'invalid-args');
    const ws = apply(sample(), 'workshop.action.add', add);
    expectRefused(ws, 'workshop.action.add', { ...add, activityId: 'act_2' }, 'refused');
  });

  it('updates an action and its task together; moving it out drops the emptied own campaign', () => {
    let ws = apply(sample(), 'workshop.action.add', add);
    ws = applyAndUndo(ws, 'workshop.action.update', { workshopId: W, actionId: 'wac_1', activityId: 'act_new', fields: { title: 'Run survey', dueDate: '2026-07-25', campaignId: 'cmp_loyalty' }, campaignLabel: 'Workshop actions' });
    expect(workshop(ws).actions[0]).toMatchObject({ title: 'Run survey', dueDate: '2026-07-25', campaignId: 'cmp_loyalty', activityId: 'act_1' });
    expect(task(ws, 'act_1')).toMatchObject({ title: 'Run survey', startDate: '2026-07-25', campaignId: 'cmp_loyalty' });
    expect(campaign(ws, OWN)).toBeUndefined();
    expectRefused(ws, 'workshop.action.update', { workshopId: W, actionId: 'wac_1', activityId: 'x', fields: { campaignId: 'cmp_gone' }, campaignLabel: 'L' }, 'conflict');
    expectRefused(ws, 'workshop.action.update', { workshopId: W, actionId: 'wac_gone', activityId: 'x', fields: {}, campaignLabel: 'L' }, 'conflict');
    expectRefused(ws, 'workshop.action.update', { workshopId: W, actionId: 'wac_1', activityId: 'x', fields: { done: true }, campaignLabel: 'L' }, 'invalid-args');
  });

  it('an action whose campaign was deleted on the calendar moves to the workshop’s own campaign when saved', () => {
    let ws = apply(sample(), 'workshop.action.add', { ...add, campaignId: 'cmp_loyalty' });
    ws = { ...ws, campaigns: ws.campaigns.filter((c) => c.id !== 'cmp_loyalty') }; // the calendar's delete
    const result = run(ws, 'workshop.action.update', { workshopId: W, actionId: 'wac_1', activityId: 'act_x', fields: { title: 'Survey!' }, campaignLabel: 'Workshop actions' });
    if (!result.ok) throw new Error(result.en);
    expect(workshop(result.workspace).actions[0]).toMatchObject({ campaignId: OWN, activityId: 'act_1' });
    expect(task(result.workspace, 'act_1')).toMatchObject({ title: 'Survey!', campaignId: OWN });
    // Undo would point the action at the deleted campaign again: a link the invariant does not let an operation make.
    const undo = runOperation(set, result.workspace, { op: 'history.restore', args: { changes: result.inverse }, at: T0 });
    expect(undo.ok).toBe(false);
    if (!undo.ok) expect(undo.code).toBe('refused');
  });

  it('removes an action with its task, and the own campaign once empty', () => {
    let ws = apply(sample(), 'workshop.action.add', add);
    ws = apply(ws, 'workshop.action.add', { ...add, actionId: 'wac_2', activityId: 'act_2', dueDate: '2026-08-20' });
    ws = applyAndUndo(ws, 'workshop.action.remove', { workshopId: W, actionId: 'wac_2' });
    expect(campaign(ws, OWN)!.activities.map((a) => a.id)).toEqual(['act_1']);
    ws = applyAndUndo(ws, 'workshop.action.remove', { workshopId: W, actionId: 'wac_1' });
    expect(campaign(ws, OWN)).toBeUndefined();
    expect(workshop(ws).actions).toEqual([]);
    expectRefused(ws, 'workshop.action.remove', { workshopId: W, actionId: 'wac_1' }, 'conflict');
  });
});
