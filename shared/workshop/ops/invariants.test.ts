import { describe, expect, it } from 'vitest';
import { runOperation } from '../../ops/runOperation';
import type { Workspace } from '../../schema/workspace';
import { actionTaskLinks, decisionCanvasLinks } from './invariants';
import { apply, applyAndUndo, at, run, sample, set, T0, W, withNotes, workshop } from './testKit';

const addAction = { workshopId: W, actionId: 'wac_1', activityId: 'act_1', title: 'Survey', owner: '', dueDate: '2026-07-20', campaignId: 'cmp_loyalty', campaignLabel: 'Workshop actions' };
const promote = { workshopId: W, source: { noteId: 'n1' }, target: 'segment', text: 'Quiet kettle buyers', strategyId: 'str_kettle', itemId: 'seg_w', decisionId: 'dec_w' };

/** A state changed by hand from `state` (as a buggy or hostile operation might), with the checks to run on it. */
function settleBy(state: Workspace, change: (draft: Workspace) => void) {
  const next = structuredClone(state);
  change(next);
  return { next, checkActions: () => actionTaskLinks.check(next, touchedWorkshop(), state), checkDecisions: () => decisionCanvasLinks.check(next, touchedWorkshop(), state) };
}
const touchedWorkshop = () => ({ entities: new Map([['workshops', new Set([W])]]), collections: new Set<string>(), fields: new Set<string>() });

describe('workshop actions ↔ calendar tasks', () => {
  it('accepts the links the action operations make', () => {
    const ws = apply(sample(), 'workshop.action.add', addAction);
    expect(actionTaskLinks.check(ws, touchedWorkshop(), sample())).toEqual([]);
  });

  it('refuses an action that an operation points at a campaign or a task that does not exist', () => {
    const base = apply(sample(), 'workshop.action.add', addAction);
    const wrongCampaign = settleBy(base, (d) => { d.workshops[0]!.actions[0]!.campaignId = 'cmp_gone'; });
    expect(wrongCampaign.checkActions()[0]).toMatchObject({ path: `workshops.${W}.actions.wac_1` });
    const wrongTask = settleBy(base, (d) => { d.workshops[0]!.actions[0]!.activityId = 'act_gone'; });
    expect(wrongTask.checkActions()[0]!.en).toContain('act_gone');
    const newDangling = settleBy(sample(), (d) => { d.workshops[0]!.actions.push({ ...d.workshops[0]!.actions[0]!, ...{ id: 'wac_9', title: 'x', owner: '', dueDate: '2026-07-01', campaignId: 'cmp_loyalty', activityId: 'act_gone' } }); });
    expect(newDangling.checkActions()).toHaveLength(1);
    const noCampaign = settleBy(sample(), (d) => { d.workshops[0]!.actions.push({ id: 'wac_9', title: 'x', owner: '', dueDate: '2026-07-01', campaignId: null, activityId: 'act_1' }); });
    expect(noCampaign.checkActions()).toHaveLength(1);
  });

  it('tolerates a link left dangling by the calendar: other changes to the workshop still go through', () => {
    let ws = apply(sample(), 'workshop.action.add', addAction);
    ws = { ...ws, campaigns: ws.campaigns.filter((c) => c.id !== 'cmp_loyalty') }; // deleted on the calendar
    ws = applyAndUndo(ws, 'workshop.update', { workshopId: W, fields: { title: 'Still fine' } });
    expect(workshop(ws).actions[0]!.campaignId).toBe('cmp_loyalty');
    // Removing the action (its task is gone already) works too.
    expect(run(ws, 'workshop.action.remove', { workshopId: W, actionId: 'wac_1' }).ok).toBe(true);
  });

  it('refuses an undo that would point an action at a campaign deleted since', () => {
    const first = run(sample(), 'workshop.action.add', addAction);
    if (!first.ok) throw new Error(first.en);
    let ws = first.workspace;
    const moved = run(ws, 'workshop.action.update', { workshopId: W, actionId: 'wac_1', activityId: 'x', fields: { campaignId: 'cmp_press' }, campaignLabel: 'L' });
    if (!moved.ok) throw new Error(moved.en);
    ws = { ...moved.workspace, campaigns: moved.workspace.campaigns.filter((c) => c.id !== 'cmp_loyalty') };
    const undo = runOperation(set, ws, { op: 'history.restore', args: { changes: moved.inverse }, at: T0 });
    expect(undo.ok).toBe(false);
  });

  it('a workshop brought back whole keeps its links as they were', () => {
    let ws = apply(sample(), 'workshop.action.add', addAction);
    const removed = run(ws, 'workshop.remove', { workshopId: W });
    if (!removed.ok) throw new Error(removed.en);
    ws = { ...removed.workspace, campaigns: removed.workspace.campaigns.filter((c) => c.id !== 'cmp_loyalty') };
    const undo = runOperation(set, ws, { op: 'history.restore', args: { changes: removed.inverse }, at: T0 });
    expect(undo.ok && workshop(undo.workspace).actions[0]!.campaignId).toBe('cmp_loyalty');
  });
});

describe('decisions ↔ canvas items', () => {
  it('accepts the link a promotion makes', () => {
    const before = withNotes();
    const ws = apply(before, 'workshop.note.promote', promote, at(5));
    expect(decisionCanvasLinks.check(ws, touchedWorkshop(), before)).toEqual([]);
  });

  it('refuses a decision an operation points at a strategy or item that does not exist', () => {
    const base = apply(withNotes(), 'workshop.note.promote', promote);
    expect(settleBy(base, (d) => { d.workshops[0]!.decisions[0]!.itemId = 'seg_gone'; }).checkDecisions()[0]!.en).toContain('seg_gone');
    expect(settleBy(base, (d) => { d.workshops[0]!.decisions[0]!.strategyId = 'str_gone'; }).checkDecisions()[0]!.en).toContain('str_gone');
    expect(settleBy(base, (d) => { d.workshops[0]!.decisions[0]!.target = 'channel'; }).checkDecisions()).toHaveLength(1);
  });

  it('a canvas item removed on the canvas leaves its decision in the record; the workshop still changes', () => {
    let ws = apply(withNotes(), 'workshop.note.promote', promote);
    ws = structuredClone(ws);
    ws.strategies[0]!.targetMarket.segments = ws.strategies[0]!.targetMarket.segments.filter((s) => s.id !== 'seg_w');
    ws = applyAndUndo(ws, 'workshop.note.add', { workshopId: W, noteId: 'n9', agendaItemId: 'agd_1', text: 'More', participantId: null });
    expect(workshop(ws).decisions).toHaveLength(1);
  });

  it('is refused through the runner too (an undo that re-creates a decision whose item is gone)', () => {
    const promoted = run(withNotes(), 'workshop.note.promote', promote);
    if (!promoted.ok) throw new Error(promoted.en);
    const undone = runOperation(set, promoted.workspace, { op: 'history.restore', args: { changes: promoted.inverse }, at: T0 });
    if (!undone.ok) throw new Error(undone.en);
    // Redo with only the decision (the canvas item left out) — a dangling link made by an operation.
    const decisionOnly = promoted.changes.filter((change) => change.path[0] === 'workshops');
    const redo = runOperation(set, undone.workspace, { op: 'history.restore', args: { changes: decisionOnly }, at: T0 });
    expect(redo.ok).toBe(false);
    if (!redo.ok) expect(redo.code).toBe('refused');
  });
});
