import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../samplePlan/samplePlan';
import { COLLECTION_LIMITS, type Workspace } from '../schema/workspace';
import { diffStates } from './changeSet';
import { touchedBy } from './touchedEntities';
import { validateTouched } from './validateTouched';

const sample = createSampleWorkspace('en', new Date('2026-05-20T09:00:00Z'));
const indexOf = (id: string) => sample.campaigns.findIndex((c) => c.id === id);

/** Validates `next` the way the runner does: only what differs from the sample. */
function check(next: Workspace) {
  return validateTouched(next, touchedBy(diffStates(sample, next)));
}

describe('validateTouched', () => {
  it('a valid change passes and keeps the very same state', () => {
    const next = produce(sample, (draft) => { draft.campaigns[indexOf('cmp_press')]!.name = 'Press day'; });
    expect(check(next)).toEqual({ ok: true, workspace: next });
    expect((check(next) as { workspace: Workspace }).workspace).toBe(next);
  });

  it('refuses a touched campaign that is invalid, with its path in the workspace', () => {
    const next = produce(sample, (draft) => { draft.campaigns[indexOf('cmp_gifts')]!.endDate = '2000-01-01'; });
    expect(check(next)).toEqual({ ok: false, issues: [{ path: `campaigns[${indexOf('cmp_gifts')}].endDate`, en: 'ends before it starts', zh: '结束日期早于开始日期' }] });
    const blank = produce(sample, (draft) => { draft.campaigns[indexOf('cmp_press')]!.plannedBudget = -5; });
    expect(check(blank)).toMatchObject({ ok: false, issues: [{ path: `campaigns[${indexOf('cmp_press')}].plannedBudget` }] });
  });

  it('a nested invalid item is named down to its field', () => {
    const next = produce(sample, (draft) => { draft.strategies[0]!.targetMarket.segments[1]!.name = ''; });
    expect(check(next)).toMatchObject({ ok: false, issues: [{ path: 'strategies[0].targetMarket.segments[1].name', en: 'must not be empty' }] });
  });

  it('checks only what was touched: an untouched invalid campaign is not looked at', () => {
    const broken = produce(sample, (draft) => { draft.campaigns[indexOf('cmp_gifts')]!.endDate = '2000-01-01'; });
    const next = produce(broken, (draft) => { draft.campaigns[indexOf('cmp_press')]!.name = 'Press day'; });
    const touched = touchedBy(diffStates(broken, next));
    expect(validateTouched(next, touched).ok).toBe(true);
  });

  it('refuses an inserted campaign that reuses an id', () => {
    const next = produce(sample, (draft) => { draft.campaigns.push({ ...draft.campaigns[0]!, name: 'Copy' }); });
    expect(check(next)).toEqual({ ok: false, issues: [{ path: 'campaigns', en: `uses the id ${sample.campaigns[0]!.id} twice`, zh: `ID ${sample.campaigns[0]!.id} 重复使用` }] });
  });

  it('refuses a collection over its limit', () => {
    const budget = sample.budgets[0]!;
    const next = produce(sample, (draft) => {
      draft.budgets = Array.from({ length: COLLECTION_LIMITS.budgets + 1 }, (_, i) => ({ ...budget, year: 2000 + i }));
    });
    expect(check(next)).toEqual({ ok: false, issues: [{ path: 'budgets', en: `has too many items (limit ${COLLECTION_LIMITS.budgets})`, zh: `条目过多（上限 ${COLLECTION_LIMITS.budgets}）` }] });
  });

  it('refuses a top-level field that breaks its schema, or one the workspace does not have', () => {
    const next = produce(sample, (draft) => { draft.settings.fiscalYearStartMonth = 13; });
    expect(check(next)).toMatchObject({ ok: false, issues: [{ path: 'settings.fiscalYearStartMonth' }] });
    const extra = produce(sample, (draft) => { (draft as Record<string, unknown>).extra = 1; });
    expect(check(extra)).toEqual({ ok: false, issues: [{ path: 'extra', en: 'is not part of a workspace', zh: '不属于工作区' }] });
    const plan = produce(sample, (draft) => { draft.marketingPlan.sections.push({ id: 'cover', enabled: false }); });
    expect(check(plan)).toMatchObject({ ok: false, issues: [{ path: 'marketingPlan.sections' }] });
  });

  it('a collection that is not a list is refused', () => {
    const next = { ...sample, campaigns: 'none' } as unknown as Workspace;
    expect(check(next)).toMatchObject({ ok: false, issues: [{ path: 'campaigns' }] });
  });

  it('answers the state with the schema defaults filled in, leaving the rest shared', () => {
    const next = produce(sample, (draft) => {
      const activity = { ...draft.campaigns[indexOf('cmp_press')]!.activities[0]!, id: 'act_new' } as Record<string, unknown>;
      delete activity.owner;
      draft.campaigns[indexOf('cmp_press')]!.activities.push(activity as never);
    });
    const result = check(next);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.workspace).not.toBe(next);
    expect(result.workspace.campaigns[indexOf('cmp_press')]!.activities.at(-1)).toMatchObject({ id: 'act_new', owner: '' });
    expect(next.campaigns[indexOf('cmp_press')]!.activities.at(-1)).not.toHaveProperty('owner');
    expect(result.workspace.campaigns[0]).toBe(next.campaigns[0]);
    expect(result.workspace.strategies).toBe(next.strategies);
  });

  it('a removed entity needs no check; the remaining ones are not re-checked', () => {
    const next = produce(sample, (draft) => { draft.campaigns.splice(indexOf('cmp_press'), 1); });
    expect(check(next)).toEqual({ ok: true, workspace: next });
  });
});
