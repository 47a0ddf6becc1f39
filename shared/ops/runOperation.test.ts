import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createSampleWorkspace } from '../samplePlan/samplePlan';
import type { Workspace } from '../schema/workspace';
import { defineInvariant } from './defineInvariant';
import { defineOperation, OperationRefused } from './defineOperation';
import { requireItem } from './findById';
import { historyOperations } from './historyOps';
import { runOperation, type OperationSet, type RunResult } from './runOperation';

const at = '2026-05-20T10:00:00.000Z';
const sample = createSampleWorkspace('en', new Date('2026-05-20T09:00:00Z'));
const CAMPAIGN = { en: 'campaign', zh: '活动' };

/** Operations made for these tests only, so the runner is tested apart from any area's rules. */
const testOperations = {
  'test.campaign.rename': defineOperation('test.campaign.rename', z.object({ campaignId: z.string(), name: z.string() }).strict(), (draft, { campaignId, name }) => {
    requireItem(draft.campaigns, campaignId, CAMPAIGN).name = name;
  }),
  'test.campaign.endBeforeStart': defineOperation('test.campaign.endBeforeStart', z.object({ campaignId: z.string() }).strict(), (draft, { campaignId }) => {
    const campaign = requireItem(draft.campaigns, campaignId, CAMPAIGN);
    campaign.endDate = '2000-01-01';
  }),
  'test.refuse': defineOperation('test.refuse', z.object({}).strict(), () => {
    throw new OperationRefused('refused', 'Not allowed.', '不允许。');
  }),
  'test.crash': defineOperation('test.crash', z.object({}).strict(), () => {
    throw new TypeError('a bug');
  }),
  'test.defaults': defineOperation('test.defaults', z.object({ note: z.string().default('(none)'), campaignId: z.string() }).strict(), (draft, { note, campaignId }) => {
    const campaign = requireItem(draft.campaigns, campaignId, CAMPAIGN);
    campaign.notes = note;
    // An activity without its owner: the schema's default ('') fills it in.
    campaign.activities.push({ id: 'act_new', level: 'task', title: 'Call', startDate: '2026-03-02', endDate: '2026-03-02', done: false } as never);
  }),
  'test.noop': defineOperation('test.noop', z.object({}).strict(), (draft) => {
    draft.name = `${draft.name}`;
  }),
  'test.document.rename': defineOperation('test.document.rename', z.object({ documentId: z.string(), title: z.string() }).strict(), (draft, { documentId, title }) => {
    requireItem(draft.documents, documentId, { en: 'document', zh: '文档' }).title = title;
  }),
  'test.stamp': defineOperation('test.stamp', z.object({}).strict(), (draft, _args, context) => {
    draft.createdAt = context.at;
  }),
};

function setWith(invariants: OperationSet['invariants'] = []): OperationSet {
  return { operations: { ...testOperations, ...historyOperations }, invariants };
}

const run = (set: OperationSet, op: string, args: unknown, state: Workspace = sample): RunResult => runOperation(set, state, { op, args, at });
const indexOf = (id: string) => sample.campaigns.findIndex((c) => c.id === id);

describe('runOperation', () => {
  it('runs an operation: the new state, its changes by id, the inverse and what it touched', () => {
    const result = run(setWith(), 'test.campaign.rename', { campaignId: 'cmp_press', name: 'Press day' });
    if (!result.ok) throw new Error(result.en);
    expect(result.workspace.campaigns[indexOf('cmp_press')]!.name).toBe('Press day');
    expect(sample.campaigns[indexOf('cmp_press')]!.name).not.toBe('Press day');
    expect(result.changes).toEqual([{ kind: 'set', path: ['campaigns', { id: 'cmp_press' }, 'name'], before: { value: sample.campaigns[indexOf('cmp_press')]!.name }, after: { value: 'Press day' } }]);
    expect(result.inverse).toEqual([{ kind: 'set', path: ['campaigns', { id: 'cmp_press' }, 'name'], before: { value: 'Press day' }, after: { value: sample.campaigns[indexOf('cmp_press')]!.name } }]);
    expect(result.touched.entities).toEqual(new Map([['campaigns', new Set(['cmp_press'])]]));
    expect(result.workspace.campaigns[0]).toBe(sample.campaigns[0]);
    const undone = run(setWith(), 'history.restore', { changes: result.inverse }, result.workspace);
    expect(undone.ok && undone.workspace).toEqual(sample);
  });

  it('refuses an unknown operation, also one named like an Object method', () => {
    expect(run(setWith(), 'test.nope', {})).toMatchObject({ ok: false, code: 'unknown-operation', issues: [] });
    expect(run(setWith(), 'toString', {})).toMatchObject({ ok: false, code: 'unknown-operation' });
    expect(run(setWith(), '__proto__', {})).toMatchObject({ ok: false, code: 'unknown-operation' });
  });

  it('refuses invalid arguments and says which', () => {
    const result = run(setWith(), 'test.campaign.rename', { campaignId: 'cmp_press', name: 42 });
    expect(result).toMatchObject({ ok: false, code: 'invalid-args', issues: [{ path: 'name' }] });
    expect(run(setWith(), 'test.campaign.rename', { campaignId: 'cmp_press', name: 'x', extra: 1 })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(setWith(), 'test.campaign.rename', null)).toMatchObject({ ok: false, code: 'invalid-args' });
  });

  it('maps OperationRefused to its code and both messages', () => {
    expect(run(setWith(), 'test.refuse', {})).toEqual({ ok: false, code: 'refused', en: 'Not allowed.', zh: '不允许。', issues: [] });
    const gone = run(setWith(), 'test.campaign.rename', { campaignId: 'cmp_gone', name: 'x' });
    expect(gone).toMatchObject({ ok: false, code: 'conflict' });
    expect(gone.ok ? '' : gone.en).toMatch(/campaign no longer exists/);
    expect(gone.ok ? '' : gone.zh).toMatch(/活动已不存在/);
  });

  it('lets any other error through (a bug is not a refusal)', () => {
    expect(() => run(setWith(), 'test.crash', {})).toThrow(TypeError);
  });

  it('refuses a result the schema does not allow, naming the place', () => {
    const result = run(setWith(), 'test.campaign.endBeforeStart', { campaignId: 'cmp_festival' });
    expect(result).toMatchObject({ ok: false, code: 'invalid-change', issues: [{ path: `campaigns[${indexOf('cmp_festival')}].endDate`, en: 'ends before it starts' }] });
    expect(run(setWith(), 'test.campaign.rename', { campaignId: 'cmp_press', name: '   ' })).toMatchObject({ ok: false, code: 'invalid-change', issues: [{ path: `campaigns[${indexOf('cmp_press')}].name` }] });
  });

  it('fills in the schema defaults of what it touched, and the changes say so', () => {
    const result = run(setWith(), 'test.defaults', { campaignId: 'cmp_press' });
    if (!result.ok) throw new Error(result.en);
    const campaign = result.workspace.campaigns[indexOf('cmp_press')]!;
    expect(campaign.notes).toBe('(none)');
    expect(campaign.activities.at(-1)).toMatchObject({ id: 'act_new', owner: '' });
    const insert = result.changes.find((c) => c.kind === 'insert');
    expect(insert).toMatchObject({ path: ['campaigns', { id: 'cmp_press' }, 'activities'], id: 'act_new', value: { owner: '' } });
    const undone = run(setWith(), 'history.restore', { changes: result.inverse }, result.workspace);
    expect(undone.ok && undone.workspace).toEqual(sample);
  });

  it('no change is a success with no changes, and the same state', () => {
    expect(run(setWith(), 'test.noop', {})).toMatchObject({ ok: true, workspace: sample, changes: [], inverse: [] });
    const same = run(setWith(), 'test.campaign.rename', { campaignId: 'cmp_press', name: sample.campaigns[indexOf('cmp_press')]!.name });
    expect(same).toMatchObject({ ok: true, changes: [] });
    expect(same.ok && same.workspace).toBe(sample);
  });

  it('gives the operation the time of the call', () => {
    const result = run(setWith(), 'test.stamp', {});
    expect(result.ok && result.workspace.createdAt).toBe(at);
  });

  it('checks only the invariants that watch what was touched, with the new and the old state', () => {
    const onCampaigns = vi.fn(() => []);
    const onDocuments = vi.fn(() => []);
    const set = setWith([defineInvariant('campaigns', ['campaigns'], onCampaigns), defineInvariant('documents', ['documents', 'marketingPlan'], onDocuments)]);
    const result = run(set, 'test.campaign.rename', { campaignId: 'cmp_press', name: 'Press day' });
    expect(result.ok).toBe(true);
    expect(onCampaigns).toHaveBeenCalledTimes(1);
    expect(onDocuments).not.toHaveBeenCalled();
    const [next, touched, before] = onCampaigns.mock.calls[0]! as unknown as [Workspace, { entities: Map<string, Set<string>> }, Workspace];
    expect(next).toBe(result.ok && result.workspace);
    expect(before).toBe(sample);
    expect(touched.entities.get('campaigns')).toEqual(new Set(['cmp_press']));

    run(set, 'test.noop', {});
    expect(onCampaigns).toHaveBeenCalledTimes(1);
    run(set, 'test.document.rename', { documentId: sample.documents[0]!.id, title: 'Renamed' });
    expect(onDocuments).toHaveBeenCalledTimes(1);
    expect(onCampaigns).toHaveBeenCalledTimes(1);
  });

  it('refuses when an invariant finds a problem, with its first problem in the message and all of them as issues', () => {
    const problems = [{ path: 'campaigns[1].name', en: 'is taken', zh: '已被占用' }, { path: 'campaigns[2].name', en: 'is also taken', zh: '也已被占用' }];
    const set = setWith([defineInvariant('names', ['campaigns'], () => problems)]);
    const result = run(set, 'test.campaign.rename', { campaignId: 'cmp_press', name: 'Press day' });
    expect(result).toEqual({ ok: false, code: 'refused', en: 'The change was not made: campaigns[1].name is taken.', zh: '未执行更改：campaigns[1].name 已被占用。', issues: problems });
  });

  it('runs undo (history.restore) through the same checks: a change set that breaks the schema is refused', () => {
    const changes = [{ kind: 'set', path: ['campaigns', { id: 'cmp_press' }, 'endDate'], before: null, after: { value: '1999-01-01' } }];
    expect(run(setWith(), 'history.restore', { changes })).toMatchObject({ ok: false, code: 'invalid-change' });
    expect(run(setWith(), 'history.restore', { changes: [{ kind: 'set', path: ['__proto__', 'x'], before: null, after: { value: 1 } }] })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(setWith(), 'history.restore', { changes: [{ kind: 'set', path: ['surprise'], before: null, after: { value: 1 } }] })).toMatchObject({
      ok: false, code: 'invalid-change', issues: [{ path: 'surprise', en: 'is not part of a workspace' }],
    });
  });

  it('undo whose entity is gone restores the rest and skips it', () => {
    const renamed = run(setWith(), 'test.campaign.rename', { campaignId: 'cmp_press', name: 'Press day' });
    if (!renamed.ok) throw new Error(renamed.en);
    const deleted: Workspace = { ...renamed.workspace, campaigns: renamed.workspace.campaigns.filter((c) => c.id !== 'cmp_press') };
    expect(run(setWith(), 'history.restore', { changes: renamed.inverse }, deleted)).toMatchObject({ ok: true, changes: [] });
  });
});
