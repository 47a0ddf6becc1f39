import type { RunResult } from '../../ops/runOperation';
import { runOperation } from '../../ops/runOperation';
import { operationSet, type OperationArgs, type OperationName } from '../../ops/registry';
import { createSampleWorkspace } from '../../samplePlan/samplePlan';
import type { Strategy } from '../../schema/strategy';
import type { Workspace } from '../../schema/workspace';

/**
 * For the strategy operations' tests: the sample workspace (strategy str_kettle with sources
 * src_1‥3, findings fnd_1‥3, competitors cpt_1‥3, segments seg_1‥4, tiers tier_1‥3, channels
 * chn_1‥5, promotion items pro_1‥6 linked to the sample campaigns), and a run through the real
 * pipeline (schema check of what was touched, every area's invariants).
 */
export const AT = '2026-03-02T10:00:00.000Z';
export const SID = 'str_kettle';

export function sample(): Workspace {
  return createSampleWorkspace('en', new Date('2026-03-01T09:00:00Z'));
}

export function run<N extends OperationName>(workspace: Workspace, op: N, args: OperationArgs<N>): RunResult {
  return runOperation(operationSet, workspace, { op, args, at: AT });
}

/** Runs an operation that must succeed and answers the new workspace (and the result, for undo). */
export function applied<N extends OperationName>(workspace: Workspace, op: N, args: OperationArgs<N>): { next: Workspace; result: Extract<RunResult, { ok: true }> } {
  const result = run(workspace, op, args);
  if (!result.ok) throw new Error(`${op} was refused: ${result.code} ${result.en} ${JSON.stringify(result.issues)}`);
  return { next: result.workspace, result };
}

/** The state after undoing `result` (its inverse run as history.restore). */
export function undone(result: Extract<RunResult, { ok: true }>): Workspace {
  const back = runOperation(operationSet, result.workspace, { op: 'history.restore', args: { changes: result.inverse }, at: AT });
  if (!back.ok) throw new Error(`undo was refused: ${back.code} ${back.en}`);
  return back.workspace;
}

export function strategyOf(workspace: Workspace, id = SID): Strategy {
  const found = workspace.strategies.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no strategy ${id}`);
  return found;
}

/** The code of a refused run, or 'ok'. */
export function codeOf(result: RunResult): string {
  return result.ok ? 'ok' : result.code;
}
