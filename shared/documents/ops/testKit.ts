import { expect } from 'vitest';
import type { Change } from '../../ops/changeSet';
import { operationSet } from '../../ops/registry';
import { runOperation, type RunResult } from '../../ops/runOperation';
import { createSampleWorkspace } from '../../samplePlan/samplePlan';
import type { ProductDocument } from '../../schema/document';
import type { Workspace } from '../../schema/workspace';

/**
 * Helpers for the document operation tests (not used by app code). The sample workspace has an
 * approved, locked BRD (doc_brd, one decided change record, one version) and a draft PRD
 * (doc_prd, REQ-001…REQ-005, an appendix of the marketing plan), a strategy str_kettle with
 * segments seg_1, seg_2, and one own template tpl_launch.
 */

export const AT = '2026-05-20T10:00:00.000Z';
export const sample: Workspace = createSampleWorkspace('en', new Date('2026-05-20T09:00:00.000Z'));

export function run(state: Workspace, op: string, args: unknown, at = AT): RunResult {
  return runOperation(operationSet, state, { op, args, at });
}

export function ok(state: Workspace, op: string, args: unknown, at = AT): Extract<RunResult, { ok: true }> {
  const result = run(state, op, args, at);
  if (!result.ok) throw new Error(`${op} refused: ${result.code} ${result.en} ${JSON.stringify(result.issues)}`);
  return result;
}

/** Runs the operation, then its undo, and expects the state it started from. Answers the state after the operation. */
export function okAndUndoable(state: Workspace, op: string, args: unknown): Workspace {
  const result = ok(state, op, args);
  expect(result.changes.length).toBeGreaterThan(0);
  const undone = ok(result.workspace, 'history.restore', { changes: result.inverse });
  expect(undone.workspace).toEqual(state);
  return result.workspace;
}

/** A hand-made change set, as a replayed or tampered undo would send it. */
export function restore(state: Workspace, changes: Change[]): RunResult {
  return run(state, 'history.restore', { changes });
}

export function docOf(state: Workspace, id: string): ProductDocument {
  const doc = state.documents.find((candidate) => candidate.id === id);
  if (!doc) throw new Error(`no document ${id}`);
  return doc;
}

/** The state with one document replaced (a test setup, not an operation). */
export function withDocument(state: Workspace, id: string, change: (doc: ProductDocument) => ProductDocument): Workspace {
  return { ...state, documents: state.documents.map((doc) => (doc.id === id ? change(doc) : doc)) };
}
