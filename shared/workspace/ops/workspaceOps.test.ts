import { describe, expect, it } from 'vitest';
import { operationSet } from '../../ops/registry';
import { runOperation, type RunResult } from '../../ops/runOperation';
import { createSampleWorkspace } from '../../samplePlan/samplePlan';
import type { Workspace } from '../../schema/workspace';

const at = '2026-05-20T10:00:00.000Z';
const sample = createSampleWorkspace('en', new Date('2026-05-20T09:00:00Z'));
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAACCAIAAADwyuo0AAAAEElEQVR4nGOQizoBRwzIHAB8ygoBb1TmcAAAAABJRU5ErkJggg==';

function run(state: Workspace, op: string, args: unknown): RunResult {
  return runOperation(operationSet, state, { op, args, at });
}

/** Runs the operation, checks its undo gives the state back, and answers the new state. */
function okAndUndoable(state: Workspace, op: string, args: unknown): Workspace {
  const result = run(state, op, args);
  if (!result.ok) throw new Error(`${op} refused: ${result.code} ${result.en}`);
  expect(result.changes.length).toBeGreaterThan(0);
  const undone = run(result.workspace, 'history.restore', { changes: result.inverse });
  expect(undone.ok && undone.workspace).toEqual(state);
  return result.workspace;
}

describe('workspace.rename', () => {
  it('renames the workspace and undoes', () => {
    expect(okAndUndoable(sample, 'workspace.rename', { name: 'FY27' }).name).toBe('FY27');
  });

  it('refuses a blank or missing name', () => {
    expect(run(sample, 'workspace.rename', { name: '   ' })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample, 'workspace.rename', {})).toMatchObject({ ok: false, code: 'invalid-args' });
  });
});

describe('company.update', () => {
  it('changes one field of the company profile, the others stay', () => {
    const next = okAndUndoable(sample, 'company.update', { name: 'Lumen Tea Company' });
    expect(next.company).toEqual({ ...sample.company, name: 'Lumen Tea Company' });
    expect(okAndUndoable(next, 'company.update', { website: '', description: 'Tea.' }).company).toEqual({ ...sample.company, name: 'Lumen Tea Company', website: '', description: 'Tea.' });
  });

  it('sets and removes the logo (a checked image data URL)', () => {
    const withLogo = okAndUndoable(sample, 'company.update', { logoDataUrl: PNG });
    expect(withLogo.company.logoDataUrl).toBe(PNG);
    expect(okAndUndoable(withLogo, 'company.update', { logoDataUrl: null }).company.logoDataUrl).toBeNull();
  });

  it('refuses a logo that is not an image data URL, a blank name and unknown fields', () => {
    expect(run(sample, 'company.update', { logoDataUrl: 'data:text/html;base64,PHNjcmlwdD4=' })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample, 'company.update', { logoDataUrl: 'javascript:alert(1)' })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample, 'company.update', { name: '' })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample, 'company.update', { industry: 'x'.repeat(201) })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample, 'company.update', { ceo: 'Ada' })).toMatchObject({ ok: false, code: 'invalid-args' });
  });

  it('the same value is no change', () => {
    const result = run(sample, 'company.update', { name: sample.company.name });
    expect(result).toMatchObject({ ok: true, changes: [] });
  });
});

describe('settings.update', () => {
  it('changes the currency, the fiscal year start and the priority scheme', () => {
    expect(okAndUndoable(sample, 'settings.update', { currency: 'EUR' }).settings).toEqual({ ...sample.settings, currency: 'EUR' });
    expect(okAndUndoable(sample, 'settings.update', { fiscalYearStartMonth: 4 }).settings.fiscalYearStartMonth).toBe(4);
    expect(okAndUndoable(sample, 'settings.update', { requirementPriorityScheme: 'p0-p3' }).settings.requirementPriorityScheme).toBe('p0-p3');
  });

  it('refuses values outside the schema', () => {
    expect(run(sample, 'settings.update', { currency: 'euro' })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample, 'settings.update', { fiscalYearStartMonth: 13 })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample, 'settings.update', { fiscalYearStartMonth: 1.5 })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample, 'settings.update', { requirementPriorityScheme: 'p1' })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(sample, 'settings.update', { theme: 'dark' })).toMatchObject({ ok: false, code: 'invalid-args' });
  });
});
