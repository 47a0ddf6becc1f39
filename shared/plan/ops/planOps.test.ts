import { describe, expect, it } from 'vitest';
import { operationSet } from '../../ops/registry';
import { runOperation, type RunResult } from '../../ops/runOperation';
import { createSampleWorkspace } from '../../samplePlan/samplePlan';
import type { Workspace } from '../../schema/workspace';
import { sumMonths } from '../objectives';

const at = '2026-05-20T10:00:00.000Z';
const sample = createSampleWorkspace('en', new Date('2026-05-20T09:00:00Z'));

function run(state: Workspace, op: string, args: unknown): RunResult {
  return runOperation(operationSet, state, { op, args, at });
}

function ok(state: Workspace, op: string, args: unknown): Extract<RunResult, { ok: true }> {
  const result = run(state, op, args);
  if (!result.ok) throw new Error(`${op} refused: ${result.code} ${result.en} ${JSON.stringify(result.issues)}`);
  return result;
}

/** Runs the operation, then its undo, and expects the state it started from. */
function okAndUndoable(state: Workspace, op: string, args: unknown): Workspace {
  const result = ok(state, op, args);
  expect(result.changes.length).toBeGreaterThan(0);
  const undone = ok(result.workspace, 'history.restore', { changes: result.inverse });
  expect(undone.workspace).toEqual(state);
  return result.workspace;
}

const objective = (state: Workspace, id: string) => state.marketingPlan.objectives.find((o) => o.id === id)!;
const sectionIds = (state: Workspace) => state.marketingPlan.sections.map((s) => s.id);

describe('plan.update', () => {
  it('changes the named fields only, and undoes', () => {
    const next = okAndUndoable(sample, 'plan.update', { fields: { title: 'FY plan', pageSize: 'Letter', executiveSummary: '' } });
    expect(next.marketingPlan).toEqual({ ...sample.marketingPlan, title: 'FY plan', pageSize: 'Letter', executiveSummary: '' });
  });

  it('refuses values the schema does not allow and fields it does not know', () => {
    expect(run(sample, 'plan.update', { fields: { margins: 'huge' } })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample, 'plan.update', { fields: { objectives: [] } })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample, 'plan.update', { fields: { title: 'x'.repeat(201) } })).toMatchObject({ ok: false, code: 'invalid-args' });
  });

  it('setting a field to its current value is no change', () => {
    const result = ok(sample, 'plan.update', { fields: { emptySections: sample.marketingPlan.emptySections } });
    expect(result.changes).toEqual([]);
    expect(result.workspace).toBe(sample);
  });
});

describe('plan.period.update', () => {
  it('sets the year and the quarter, each on its own', () => {
    const year = okAndUndoable(sample, 'plan.period.update', { year: 2030 });
    expect(year.marketingPlan.period).toEqual({ year: 2030, quarter: null });
    const quarter = okAndUndoable(year, 'plan.period.update', { quarter: 3 });
    expect(quarter.marketingPlan.period).toEqual({ year: 2030, quarter: 3 });
    expect(okAndUndoable(quarter, 'plan.period.update', { quarter: null }).marketingPlan.period).toEqual({ year: 2030, quarter: null });
  });

  it('refuses a year or quarter out of range', () => {
    expect(run(sample, 'plan.period.update', { year: 1999 })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample, 'plan.period.update', { quarter: 5 })).toMatchObject({ ok: false, code: 'invalid-args' });
  });
});

describe('plan.strategies.set and plan.documents.set', () => {
  const two: Workspace = { ...sample, strategies: [...sample.strategies, { ...sample.strategies[0]!, id: 'str_b', name: 'B' }] };

  it('sets the chosen strategies in order (each once), and undoes', () => {
    const next = okAndUndoable(two, 'plan.strategies.set', { strategyIds: ['str_b', 'str_kettle', 'str_b'] });
    expect(next.marketingPlan.strategyIds).toEqual(['str_b', 'str_kettle']);
    expect(okAndUndoable(next, 'plan.strategies.set', { strategyIds: [] }).marketingPlan.strategyIds).toEqual([]);
  });

  it('refuses a strategy that does not exist', () => {
    const result = run(two, 'plan.strategies.set', { strategyIds: ['str_kettle', 'str_nope'] });
    expect(result).toMatchObject({ ok: false, code: 'refused', issues: [{ path: 'marketingPlan.strategyIds[1]' }] });
  });

  it('keeps the id of a deleted strategy already in the plan (the print skips it), but refuses adding another', () => {
    const chosen = ok(two, 'plan.strategies.set', { strategyIds: ['str_kettle', 'str_b'] }).workspace;
    const deleted: Workspace = { ...chosen, strategies: chosen.strategies.filter((s) => s.id !== 'str_b') };
    // Another edit of the plan keeps the stale id: no refusal for what the operation did not add.
    const reordered = ok(deleted, 'plan.strategies.set', { strategyIds: ['str_b', 'str_kettle'] });
    expect(reordered.workspace.marketingPlan.strategyIds).toEqual(['str_b', 'str_kettle']);
    expect(ok(deleted, 'plan.update', { fields: { title: 'Still fine' } }).workspace.marketingPlan.strategyIds).toEqual(['str_kettle', 'str_b']);
    // The builder drops it when the user changes the choice.
    expect(ok(deleted, 'plan.strategies.set', { strategyIds: ['str_kettle'] }).workspace.marketingPlan.strategyIds).toEqual(['str_kettle']);
    expect(run(deleted, 'plan.strategies.set', { strategyIds: ['str_kettle', 'str_b', 'str_gone'] })).toMatchObject({ ok: false, code: 'refused' });
  });

  it('sets the appendices and refuses a document that does not exist', () => {
    expect(sample.marketingPlan.documentIds).toEqual(['doc_prd']);
    const docs = sample.documents.map((d) => d.id);
    const next = okAndUndoable(sample, 'plan.documents.set', { documentIds: [...docs].reverse() });
    expect(next.marketingPlan.documentIds).toEqual([...docs].reverse());
    expect(okAndUndoable(sample, 'plan.documents.set', { documentIds: [] }).marketingPlan.documentIds).toEqual([]);
    const result = run(sample, 'plan.documents.set', { documentIds: ['doc_prd', 'doc_gone'] });
    expect(result).toMatchObject({ ok: false, code: 'refused', issues: [{ path: 'marketingPlan.documentIds[1]' }] });
  });

  it('refuses ids that are not ids', () => {
    expect(run(sample, 'plan.documents.set', { documentIds: ['has space'] })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample, 'plan.strategies.set', { strategyIds: 'str_kettle' })).toMatchObject({ ok: false, code: 'invalid-args' });
  });
});

describe('plan sections', () => {
  it('leaves a section out and puts it back, by id', () => {
    const next = okAndUndoable(sample, 'plan.section.setEnabled', { sectionId: 'kpis', enabled: false });
    expect(next.marketingPlan.sections.find((s) => s.id === 'kpis')!.enabled).toBe(false);
    expect(next.marketingPlan.sections.filter((s) => !s.enabled)).toHaveLength(1);
    expect(run(sample, 'plan.section.setEnabled', { sectionId: 'nope', enabled: false })).toMatchObject({ ok: false, code: 'invalid-args' });
  });

  it('moves a section up or down one place, by id, on whatever order the plan has now', () => {
    const up = okAndUndoable(sample, 'plan.section.move', { sectionId: 'budget', direction: 'up' });
    expect(sectionIds(up)).toEqual(['cover', 'executive-summary', 'contents', 'market-analysis', 'objectives', 'strategy', 'budget', 'promotion-calendar', 'kpis', 'sales-handoff', 'appendices']);
    const down = okAndUndoable(up, 'plan.section.move', { sectionId: 'cover', direction: 'down' });
    expect(sectionIds(down).slice(0, 3)).toEqual(['executive-summary', 'cover', 'contents']);
  });

  it('does nothing at either end', () => {
    expect(ok(sample, 'plan.section.move', { sectionId: 'cover', direction: 'up' }).changes).toEqual([]);
    expect(ok(sample, 'plan.section.move', { sectionId: 'appendices', direction: 'down' }).changes).toEqual([]);
  });

  it('a section missing from the list is a conflict', () => {
    const without: Workspace = { ...sample, marketingPlan: { ...sample.marketingPlan, sections: sample.marketingPlan.sections.filter((s) => s.id !== 'kpis') } };
    expect(run(without, 'plan.section.setEnabled', { sectionId: 'kpis', enabled: true })).toMatchObject({ ok: false, code: 'conflict' });
    expect(run(without, 'plan.section.move', { sectionId: 'kpis', direction: 'up' })).toMatchObject({ ok: false, code: 'conflict' });
  });
});

describe('plan objectives', () => {
  it('adds an objective at the end with no target and an even split', () => {
    const next = okAndUndoable(sample, 'plan.objective.add', { objectiveId: 'obj_new', name: 'New objective' });
    expect(next.marketingPlan.objectives.at(-1)).toEqual({ id: 'obj_new', name: 'New objective', unit: '', annualTarget: null, monthlyTargets: null, notes: '' });
  });

  it('refuses a duplicate id, a blank name and a 51st objective', () => {
    expect(run(sample, 'plan.objective.add', { objectiveId: 'obj_units', name: 'Again' })).toMatchObject({ ok: false, code: 'refused' });
    expect(run(sample, 'plan.objective.add', { objectiveId: 'obj_new', name: '  ' })).toMatchObject({ ok: false, code: 'invalid-args' });
    const full: Workspace = {
      ...sample,
      marketingPlan: { ...sample.marketingPlan, objectives: Array.from({ length: 50 }, (_, i) => ({ ...sample.marketingPlan.objectives[1]!, id: `obj_${i}` })) },
    };
    expect(run(full, 'plan.objective.add', { objectiveId: 'obj_new', name: 'One more' })).toMatchObject({ ok: false, code: 'refused' });
  });

  it('updates the named fields of one objective', () => {
    const next = okAndUndoable(sample, 'plan.objective.update', { objectiveId: 'obj_units', fields: { name: 'Kettles sold', unit: 'pcs', annualTarget: 30_000 } });
    expect(objective(next, 'obj_units')).toEqual({ ...objective(sample, 'obj_units'), name: 'Kettles sold', unit: 'pcs', annualTarget: 30_000 });
    expect(okAndUndoable(next, 'plan.objective.update', { objectiveId: 'obj_units', fields: { annualTarget: null } }).marketingPlan.objectives[1]!.annualTarget).toBeNull();
    expect(run(sample, 'plan.objective.update', { objectiveId: 'obj_units', fields: { annualTarget: -1 } })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample, 'plan.objective.update', { objectiveId: 'obj_units', fields: { id: 'x' } })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample, 'plan.objective.update', { objectiveId: 'obj_gone', fields: { name: 'x' } })).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('refuses an annual target that differs from the months of a month-by-month objective', () => {
    const revenue = objective(sample, 'obj_revenue');
    expect(revenue.monthlyTargets).not.toBeNull();
    expect(run(sample, 'plan.objective.update', { objectiveId: 'obj_revenue', fields: { annualTarget: 1 } })).toMatchObject({ ok: false, code: 'refused' });
  });

  it('switches to month by month starting from the even split the plan prints, and back to even with their sum', () => {
    const withOdd = ok(sample, 'plan.objective.update', { objectiveId: 'obj_units', fields: { annualTarget: 100 } }).workspace;
    const custom = okAndUndoable(withOdd, 'plan.objective.setSplit', { objectiveId: 'obj_units', split: 'custom' });
    const months = objective(custom, 'obj_units').monthlyTargets!;
    expect(months).toHaveLength(12);
    expect(months[0]).toBe(8.34);
    expect(months[11]).toBe(8.33);
    expect(sumMonths(months)).toBe(100);
    expect(objective(custom, 'obj_units').annualTarget).toBe(100);

    const edited = okAndUndoable(custom, 'plan.objective.month.set', { objectiveId: 'obj_units', month: 12, amount: 20.67 });
    expect(objective(edited, 'obj_units').monthlyTargets![11]).toBe(20.67);
    expect(objective(edited, 'obj_units').annualTarget).toBe(112.34);

    const even = okAndUndoable(edited, 'plan.objective.setSplit', { objectiveId: 'obj_units', split: 'even' });
    expect(objective(even, 'obj_units')).toMatchObject({ annualTarget: 112.34, monthlyTargets: null });
  });

  it('a split that is already chosen is no change', () => {
    expect(ok(sample, 'plan.objective.setSplit', { objectiveId: 'obj_revenue', split: 'custom' }).changes).toEqual([]);
    expect(ok(sample, 'plan.objective.setSplit', { objectiveId: 'obj_units', split: 'even' }).changes).toEqual([]);
  });

  it('switching an objective without a target to month by month gives twelve zeros', () => {
    const added = ok(sample, 'plan.objective.add', { objectiveId: 'obj_new', name: 'New' }).workspace;
    expect(objective(ok(added, 'plan.objective.setSplit', { objectiveId: 'obj_new', split: 'custom' }).workspace, 'obj_new').monthlyTargets).toEqual(Array(12).fill(0));
  });

  it('refuses a month outside 1–12, a negative amount, and a month of an evenly split objective (conflict)', () => {
    expect(run(sample, 'plan.objective.month.set', { objectiveId: 'obj_revenue', month: 0, amount: 1 })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample, 'plan.objective.month.set', { objectiveId: 'obj_revenue', month: 13, amount: 1 })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample, 'plan.objective.month.set', { objectiveId: 'obj_revenue', month: 1, amount: -1 })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample, 'plan.objective.month.set', { objectiveId: 'obj_units', month: 1, amount: 1 })).toMatchObject({ ok: false, code: 'conflict' });
    expect(run(sample, 'plan.objective.month.set', { objectiveId: 'obj_gone', month: 1, amount: 1 })).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('removes an objective by id, and undo puts it back in its place', () => {
    const next = okAndUndoable(sample, 'plan.objective.remove', { objectiveId: 'obj_units' });
    expect(next.marketingPlan.objectives.map((o) => o.id)).toEqual(['obj_revenue', 'obj_awareness']);
    expect(run(next, 'plan.objective.remove', { objectiveId: 'obj_units' })).toMatchObject({ ok: false, code: 'conflict' });
  });

  it('the undo of a removal still works after another objective changed meanwhile', () => {
    const removed = ok(sample, 'plan.objective.remove', { objectiveId: 'obj_units' });
    const renamed = ok(removed.workspace, 'plan.objective.update', { objectiveId: 'obj_awareness', fields: { name: 'Brand awareness' } }).workspace;
    const undone = ok(renamed, 'history.restore', { changes: removed.inverse }).workspace;
    expect(undone.marketingPlan.objectives.map((o) => [o.id, o.name])).toEqual([
      ['obj_revenue', objective(sample, 'obj_revenue').name],
      ['obj_units', objective(sample, 'obj_units').name],
      ['obj_awareness', 'Brand awareness'],
    ]);
  });
});
