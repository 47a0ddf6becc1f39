import { operationSet } from '../../ops/registry';
import { runOperation, type RunResult } from '../../ops/runOperation';
import { createSampleWorkspace } from '../../samplePlan/samplePlan';
import type { Workspace } from '../../schema/workspace';

/** For the calendar operations' tests: the sample workspace, a run, and the undo of a run. */

export const AT = '2026-03-02T09:00:00.000Z';

export function sample(): Workspace {
  return createSampleWorkspace('en', new Date('2026-03-01T00:00:00Z'));
}

export function run(workspace: Workspace, op: string, args: unknown): RunResult {
  return runOperation(operationSet, workspace, { op, args, at: AT });
}

/** Runs and expects success; answers the new workspace and the state its undo gives back. */
export function runOk(workspace: Workspace, op: string, args: unknown): { next: Workspace; undone: Workspace } {
  const result = run(workspace, op, args);
  if (!result.ok) throw new Error(`${op} was refused: ${result.code} ${result.en} ${JSON.stringify(result.issues)}`);
  const undo = runOperation(operationSet, result.workspace, { op: 'history.restore', args: { changes: result.inverse }, at: AT });
  if (!undo.ok) throw new Error(`undo of ${op} was refused: ${undo.code} ${undo.en}`);
  return { next: result.workspace, undone: undo.workspace };
}

export function campaignOf(workspace: Workspace, id: string) {
  return workspace.campaigns.find((c) => c.id === id);
}

export function itemOf(workspace: Workspace, strategyId: string, itemId: string) {
  return workspace.strategies.find((s) => s.id === strategyId)?.promotion.items.find((i) => i.id === itemId);
}
