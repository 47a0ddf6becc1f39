import { describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../samplePlan/samplePlan';
import { compareWorkspaces, sameJson } from './compareWorkspaces';

const base = () => createSampleWorkspace('en', new Date('2026-12-01T09:00:00Z'));

describe('compareWorkspaces', () => {
  it('finds nothing between a workspace and its copy, or a reordered list', () => {
    const mine = base();
    const theirs = structuredClone(mine);
    theirs.campaigns.reverse();
    const result = compareWorkspaces(mine, theirs);
    expect(result.entities).toEqual([]);
    expect(result.sections).toEqual([]);
  });

  it('names each changed entity with the fields that differ, and counts added and removed ones', () => {
    const mine = base();
    const theirs = structuredClone(mine);
    const [first, second] = theirs.campaigns;
    first!.name = 'Spring launch';
    first!.plannedBudget = (first!.plannedBudget ?? 0) + 1000;
    theirs.campaigns.push({ ...structuredClone(second!), id: 'new-1', name: 'Added A' }, { ...structuredClone(second!), id: 'new-2', name: 'Added B' });
    theirs.documents.splice(0, 1);
    theirs.company.name = 'Other Co';

    const result = compareWorkspaces(mine, theirs);
    const changed = result.entities.find((e) => e.change === 'changed' && e.kind === 'campaign');
    expect(changed).toMatchObject({ id: mine.campaigns[0]!.id, label: mine.campaigns[0]!.name, fields: ['name', 'plannedBudget'] });
    expect(result.counts.campaign).toEqual({ added: 2, removed: 0, changed: 1 });
    expect(result.counts.document.removed).toBe(1);
    expect(result.sections).toEqual(['company']);
  });

  it('compares JSON structurally', () => {
    expect(sameJson({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
  });
});
