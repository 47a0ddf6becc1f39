import { describe, expect, it } from 'vitest';
import { operationSet } from '../../../../../shared/ops/registry';
import { runOperation } from '../../../../../shared/ops/runOperation';
import { createSampleWorkspace } from '../../../../../shared/samplePlan/samplePlan';
import type { Workspace } from '../../../../../shared/schema/workspace';
import { gridDateChange, type GridDateChange } from './calendarEdits';

function workspaceWithCampaign(): Workspace {
  const ws = createSampleWorkspace('en', new Date('2026-03-01T00:00:00Z'));
  const c = ws.campaigns[0]!;
  c.startDate = '2026-05-01';
  c.endDate = '2026-05-10';
  c.activities = [{ id: 'a1', level: 'milestone', title: 'Go live', startDate: '2026-05-03', endDate: '2026-05-04', owner: '', done: false }];
  return ws;
}

function apply(ws: Workspace, change: GridDateChange | string): Workspace {
  if (typeof change === 'string') throw new Error(change);
  const result = runOperation(operationSet, ws, { op: change.op, args: change.args, at: '2026-03-02T00:00:00.000Z' });
  if (!result.ok) throw new Error(result.en);
  return result.workspace;
}

const span = (start: string, end: string) => ({ start, end });

describe('gridDateChange', () => {
  it('a move is a shift of the campaign and its activities by the same days', () => {
    const ws = workspaceWithCampaign();
    const id = ws.campaigns[0]!.id;
    const change = gridDateChange({ type: 'campaign', campaignId: id }, span('2026-05-01', '2026-05-10'), span('2026-05-08', '2026-05-17'));
    expect(change).toEqual({ op: 'campaign.shift', args: { campaignId: id, days: 7 } });
    const c = apply(ws, change).campaigns[0]!;
    expect([c.startDate, c.endDate]).toEqual(['2026-05-08', '2026-05-17']);
    expect([c.activities[0]!.startDate, c.activities[0]!.endDate]).toEqual(['2026-05-10', '2026-05-11']);
  });

  it('a resize changes the end only and leaves the activities', () => {
    const ws = workspaceWithCampaign();
    const id = ws.campaigns[0]!.id;
    const change = gridDateChange({ type: 'campaign', campaignId: id }, span('2026-05-01', '2026-05-10'), span('2026-05-01', '2026-05-20'));
    expect(change).toMatchObject({ op: 'campaign.reschedule' });
    const c = apply(ws, change).campaigns[0]!;
    expect(c.endDate).toBe('2026-05-20');
    expect(c.activities[0]!.startDate).toBe('2026-05-03');
  });

  it('refuses an end before the start', () => {
    expect(gridDateChange({ type: 'campaign', campaignId: 'c' }, span('2026-05-01', '2026-05-10'), span('2026-05-10', '2026-05-01'))).toBe('end-before-start');
    expect(gridDateChange({ type: 'milestone', campaignId: 'c', activityId: 'a1' }, span('2026-05-03', '2026-05-04'), span('2026-05-06', '2026-05-05'))).toBe('end-before-start');
  });

  it('moves one milestone', () => {
    const ws = workspaceWithCampaign();
    const id = ws.campaigns[0]!.id;
    const change = gridDateChange({ type: 'milestone', campaignId: id, activityId: 'a1' }, span('2026-05-03', '2026-05-04'), span('2026-05-06', '2026-05-07'));
    expect(apply(ws, change).campaigns[0]!.activities[0]!.startDate).toBe('2026-05-06');
  });
});
