import { describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../samplePlan/samplePlan';
import { workspace as workspaceSchema, type Workspace } from '../schema/workspace';
import { addAction, removeAction, updateAction, workshopCampaignId } from './actions';

const LABEL = 'Workshop actions';
const OWN = workshopCampaignId('wsh_q3');

/** The sample workspace: workshop wsh_q3 "Q3 strategy review workshop"; cmp_launch runs 2026-03-01 … 03-31. */
const sample = (): Workspace => createSampleWorkspace('en', new Date('2026-03-01T09:00:00Z'));
const session = (ws: Workspace) => ws.workshops.find((w) => w.id === 'wsh_q3')!;
const campaign = (ws: Workspace, id: string) => ws.campaigns.find((c) => c.id === id);
const ids = (n: number) => ({ activityId: `act_${n}`, campaignId: `cmp_new_${n}` });

function expectValid(ws: Workspace) {
  const parsed = workspaceSchema.safeParse(ws);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
}

describe('addAction', () => {
  it('creates a task activity in the chosen campaign', () => {
    const ws = sample();
    const campaignsBefore = ws.campaigns.length;
    const result = addAction(ws, 'wsh_q3', { id: 'ac1', title: 'Book the venue', owner: 'Mia', dueDate: '2026-03-20', campaignId: 'cmp_launch' }, ids(1), LABEL);
    expect(result).toEqual({ ok: true });
    expect(session(ws).actions).toEqual([
      { id: 'ac1', title: 'Book the venue', owner: 'Mia', dueDate: '2026-03-20', campaignId: 'cmp_launch', activityId: 'act_1' },
    ]);
    expect(campaign(ws, 'cmp_launch')!.activities.at(-1)).toEqual({
      id: 'act_1', level: 'task', title: 'Book the venue', startDate: '2026-03-20', endDate: '2026-03-20', owner: 'Mia', done: false,
    });
    // A chosen campaign keeps its own dates, and no workshop campaign appears.
    expect(campaign(ws, 'cmp_launch')).toMatchObject({ startDate: '2026-03-01', endDate: '2026-03-31' });
    expect(ws.campaigns).toHaveLength(campaignsBefore);
    expectValid(ws);
  });

  it('creates the workshop campaign on demand and widens it for later due dates', () => {
    const ws = sample();
    const before = ws.campaigns.length;
    addAction(ws, 'wsh_q3', { id: 'ac1', title: 'Survey', owner: 'Ben', dueDate: '2026-07-20', campaignId: null }, ids(1), LABEL);
    expect(ws.campaigns).toHaveLength(before + 1);
    const own = campaign(ws, OWN)!;
    expect(own).toMatchObject({
      name: 'Workshop actions: Q3 strategy review workshop', startDate: '2026-07-20', endDate: '2026-07-20',
      strategyId: 'str_kettle', status: 'planned', kind: 'campaign',
    });
    expect(own.activities.map((a) => a.id)).toEqual(['act_1']);
    expect(session(ws).actions[0]!.campaignId).toBe(OWN);

    addAction(ws, 'wsh_q3', { id: 'ac2', title: 'Price test', owner: '', dueDate: '2026-09-01', campaignId: null }, ids(2), LABEL);
    addAction(ws, 'wsh_q3', { id: 'ac3', title: 'Brief agency', owner: '', dueDate: '2026-07-10', campaignId: null }, ids(3), LABEL);
    expect(ws.campaigns).toHaveLength(before + 1);
    expect(campaign(ws, OWN)).toMatchObject({ startDate: '2026-07-10', endDate: '2026-09-01' });
    expect(campaign(ws, OWN)!.activities.map((a) => a.id)).toEqual(['act_1', 'act_2', 'act_3']);
    expectValid(ws);
  });

  it('refuses a blank title, an unreal date or an unknown campaign, changing nothing', () => {
    const ws = sample();
    const snapshot = JSON.stringify(ws);
    const base = { id: 'ac1', title: 'Do it', owner: '', dueDate: '2026-07-20', campaignId: null };
    expect(addAction(ws, 'wsh_q3', { ...base, title: '  ' }, ids(1), LABEL)).toEqual({ ok: false, reason: 'empty-title' });
    expect(addAction(ws, 'wsh_q3', { ...base, dueDate: '2026-02-30' }, ids(1), LABEL)).toEqual({ ok: false, reason: 'invalid-date' });
    expect(addAction(ws, 'wsh_q3', { ...base, dueDate: '' }, ids(1), LABEL)).toEqual({ ok: false, reason: 'invalid-date' });
    expect(addAction(ws, 'wsh_q3', { ...base, campaignId: 'cmp_nope' }, ids(1), LABEL)).toEqual({ ok: false, reason: 'unknown-campaign' });
    expect(JSON.stringify(ws)).toBe(snapshot);
  });

  it('keeps a long workshop title within the campaign name limit', () => {
    const ws = sample();
    session(ws).title = 'T'.repeat(200);
    addAction(ws, 'wsh_q3', { id: 'ac1', title: 'x', owner: '', dueDate: '2026-07-20', campaignId: null }, ids(1), LABEL);
    expect(campaign(ws, OWN)!.name).toHaveLength(200);
    expectValid(ws);
  });
});

describe('updateAction', () => {
  it('updates the activity in place', () => {
    const ws = sample();
    addAction(ws, 'wsh_q3', { id: 'ac1', title: 'Book', owner: 'Mia', dueDate: '2026-03-20', campaignId: 'cmp_launch' }, ids(1), LABEL);
    campaign(ws, 'cmp_launch')!.activities.at(-1)!.done = true;
    expect(updateAction(ws, 'wsh_q3', 'ac1', { title: 'Book the hall', dueDate: '2026-03-25' }, LABEL, ids(9))).toEqual({ ok: true });
    expect(session(ws).actions[0]).toEqual({ id: 'ac1', title: 'Book the hall', owner: 'Mia', dueDate: '2026-03-25', campaignId: 'cmp_launch', activityId: 'act_1' });
    const activities = campaign(ws, 'cmp_launch')!.activities.filter((a) => a.id === 'act_1');
    expect(activities).toEqual([{ id: 'act_1', level: 'task', title: 'Book the hall', startDate: '2026-03-25', endDate: '2026-03-25', owner: 'Mia', done: true }]);
    expectValid(ws);
  });

  it('moves the activity to another campaign and drops the emptied workshop campaign', () => {
    const ws = sample();
    addAction(ws, 'wsh_q3', { id: 'ac1', title: 'Survey', owner: '', dueDate: '2026-07-20', campaignId: null }, ids(1), LABEL);
    expect(campaign(ws, OWN)).toBeDefined();
    updateAction(ws, 'wsh_q3', 'ac1', { campaignId: 'cmp_loyalty' }, LABEL, ids(9));
    expect(campaign(ws, OWN)).toBeUndefined();
    expect(campaign(ws, 'cmp_loyalty')!.activities.filter((a) => a.id === 'act_1')).toHaveLength(1);
    expect(session(ws).actions[0]!.campaignId).toBe('cmp_loyalty');
    // And back: null means the workshop's own campaign, made again.
    updateAction(ws, 'wsh_q3', 'ac1', { campaignId: null, dueDate: '2026-08-02' }, LABEL, ids(9));
    expect(campaign(ws, 'cmp_loyalty')!.activities.some((a) => a.id === 'act_1')).toBe(false);
    expect(campaign(ws, OWN)).toMatchObject({ startDate: '2026-08-02', endDate: '2026-08-02' });
    expect(campaign(ws, OWN)!.activities.map((a) => a.id)).toEqual(['act_1']);
    expect(session(ws).actions[0]!.campaignId).toBe(OWN);
    expectValid(ws);
  });

  it('keeps the workshop campaign (and what was set on it) when its only action is edited', () => {
    const ws = sample();
    addAction(ws, 'wsh_q3', { id: 'ac1', title: 'Survey', owner: '', dueDate: '2026-07-20', campaignId: null }, ids(1), LABEL);
    campaign(ws, OWN)!.plannedBudget = 500;
    const index = ws.campaigns.findIndex((c) => c.id === OWN);
    updateAction(ws, 'wsh_q3', 'ac1', { owner: 'Ben', dueDate: '2026-10-01' }, LABEL, ids(9));
    expect(ws.campaigns.findIndex((c) => c.id === OWN)).toBe(index);
    expect(campaign(ws, OWN)).toMatchObject({ plannedBudget: 500, startDate: '2026-07-20', endDate: '2026-10-01' });
  });

  it('refuses invalid changes and leaves everything as it was', () => {
    const ws = sample();
    addAction(ws, 'wsh_q3', { id: 'ac1', title: 'Survey', owner: '', dueDate: '2026-07-20', campaignId: null }, ids(1), LABEL);
    const snapshot = JSON.stringify(ws);
    expect(updateAction(ws, 'wsh_q3', 'ac1', { title: '' }, LABEL, ids(9))).toEqual({ ok: false, reason: 'empty-title' });
    expect(updateAction(ws, 'wsh_q3', 'ac1', { dueDate: '20-07-2026' }, LABEL, ids(9))).toEqual({ ok: false, reason: 'invalid-date' });
    expect(updateAction(ws, 'wsh_q3', 'ac1', { campaignId: 'cmp_nope' }, LABEL, ids(9))).toEqual({ ok: false, reason: 'unknown-campaign' });
    expect(JSON.stringify(ws)).toBe(snapshot);
  });

  it('puts an action that had no activity (an older file) on the calendar', () => {
    const ws = sample();
    session(ws).actions.push({ id: 'old', title: 'Legacy', owner: 'Anna', dueDate: '2026-07-09', campaignId: null, activityId: null });
    updateAction(ws, 'wsh_q3', 'old', {}, LABEL, ids(5));
    expect(session(ws).actions[0]).toMatchObject({ campaignId: OWN, activityId: 'act_5' });
    expect(campaign(ws, OWN)!.activities.map((a) => a.title)).toEqual(['Legacy']);
    expectValid(ws);
  });
});

describe('removeAction', () => {
  it('removes the activity from a chosen campaign and leaves the campaign', () => {
    const ws = sample();
    const before = campaign(ws, 'cmp_launch')!.activities.length;
    addAction(ws, 'wsh_q3', { id: 'ac1', title: 'Book', owner: '', dueDate: '2026-03-20', campaignId: 'cmp_launch' }, ids(1), LABEL);
    removeAction(ws, 'wsh_q3', 'ac1');
    expect(session(ws).actions).toEqual([]);
    expect(campaign(ws, 'cmp_launch')!.activities).toHaveLength(before);
    expectValid(ws);
  });

  it('removes the workshop campaign with its last action only', () => {
    const ws = sample();
    const before = ws.campaigns.length;
    addAction(ws, 'wsh_q3', { id: 'ac1', title: 'One', owner: '', dueDate: '2026-07-20', campaignId: null }, ids(1), LABEL);
    addAction(ws, 'wsh_q3', { id: 'ac2', title: 'Two', owner: '', dueDate: '2026-07-21', campaignId: null }, ids(2), LABEL);
    removeAction(ws, 'wsh_q3', 'ac1');
    expect(campaign(ws, OWN)!.activities.map((a) => a.id)).toEqual(['act_2']);
    removeAction(ws, 'wsh_q3', 'ac2');
    expect(campaign(ws, OWN)).toBeUndefined();
    expect(ws.campaigns).toHaveLength(before);
    expect(session(ws).actions).toEqual([]);
    expectValid(ws);
  });

  it('keeps the workshop campaign when someone added their own activity to it', () => {
    const ws = sample();
    addAction(ws, 'wsh_q3', { id: 'ac1', title: 'One', owner: '', dueDate: '2026-07-20', campaignId: null }, ids(1), LABEL);
    campaign(ws, OWN)!.activities.push({ id: 'mine', level: 'milestone', title: 'Review', startDate: '2026-07-30', endDate: '2026-07-30', owner: '', done: false });
    removeAction(ws, 'wsh_q3', 'ac1');
    expect(campaign(ws, OWN)!.activities.map((a) => a.id)).toEqual(['mine']);
  });
});

describe('workshopCampaignId', () => {
  it('is a valid id even for the longest workshop id, and different per workshop', () => {
    const a = workshopCampaignId('a'.repeat(64));
    const b = workshopCampaignId(`${'a'.repeat(63)}b`);
    expect(a.length).toBeLessThanOrEqual(64);
    expect(a).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(a).not.toBe(b);
    expect(workshopCampaignId('wsh_q3')).toBe('wsc_wsh_q3');
  });
});
