import { produce } from 'immer';
import type { Workspace } from '../schema/workspace';
import { summarizeIssues, type IssueSummary } from '../validation/issues';
import { safeParseReportingInput } from '../workspace/boundedIssues';
import { diffStates, invertChanges, type Change } from './changeSet';
import { OperationRefused, type Operation, type OperationContext } from './defineOperation';
import type { Invariant } from './defineInvariant';
import { touchedBy, touches, type Touched } from './touchedEntities';
import { validateTouched } from './validateTouched';

/** One call: an operation's name, its arguments, and when the user made it. */
export interface OperationCall {
  op: string;
  args: unknown;
  at: string;
}

export type RunRefusal = {
  ok: false;
  code: 'unknown-operation' | 'invalid-args' | 'conflict' | 'refused' | 'invalid-change';
  en: string;
  zh: string;
  issues: IssueSummary[];
};
export type RunResult =
  | { ok: true; workspace: Workspace; changes: Change[]; inverse: Change[]; touched: Touched }
  | RunRefusal;

export interface OperationSet {
  operations: Readonly<Record<string, Operation>>;
  invariants: readonly Invariant[];
}

function refusal(code: RunRefusal['code'], en: string, zh: string, issues: IssueSummary[] = []): RunRefusal {
  return { ok: false, code, en, zh, issues };
}

/**
 * Runs one operation on a state: validate the arguments → apply → diff what changed (by id) →
 * validate what was touched → check the invariants that watch it. Pure: the same call on the same
 * state gives the same result in the renderer and in the service. Nothing changed is a success
 * with no changes (the caller records no undo step).
 */
export function runOperation(set: OperationSet, state: Workspace, call: OperationCall): RunResult {
  const operation = Object.prototype.hasOwnProperty.call(set.operations, call.op) ? set.operations[call.op] : undefined;
  if (!operation) return refusal('unknown-operation', `Unknown operation "${call.op}".`, `未知操作“${call.op}”。`);
  const args = safeParseReportingInput(operation.args, call.args);
  if (!args.success) {
    return refusal('invalid-args', `The change was not made: ${call.op} got invalid arguments.`, `未执行更改：${call.op} 的参数无效。`, summarizeIssues(args.error.issues));
  }
  const context: OperationContext = { at: call.at };
  let next: Workspace;
  try {
    next = produce(state, (draft) => { operation.apply(draft, args.data, context); });
  } catch (error) {
    if (error instanceof OperationRefused) return refusal(error.code, error.en, error.zh);
    throw error;
  }
  return settle(set, state, next);
}

/** Checks a new state made from `state` and describes the difference both ways. */
export function settle(set: OperationSet, state: Workspace, candidate: Workspace): RunResult {
  const raw = diffStates(state, candidate);
  if (raw.length === 0) return { ok: true, workspace: state, changes: [], inverse: [], touched: touchedBy([]) };
  const touched = touchedBy(raw);
  const checked = validateTouched(candidate, touched);
  if (!checked.ok) {
    return refusal('invalid-change', 'The change would make the workspace invalid; nothing was changed.', '此更改会使工作区无效，未做任何更改。', checked.issues);
  }
  const next = checked.workspace;
  for (const invariant of set.invariants) {
    if (!touches(touched, invariant.watches)) continue;
    const problems = invariant.check(next, touched, state);
    if (problems.length > 0) {
      const [first] = problems;
      return refusal('refused', `The change was not made: ${first!.path} ${first!.en}.`, `未执行更改：${first!.path} ${first!.zh}。`, problems);
    }
  }
  const changes = next === candidate ? raw : diffStates(state, next);
  return { ok: true, workspace: next, changes, inverse: invertChanges(changes), touched };
}
