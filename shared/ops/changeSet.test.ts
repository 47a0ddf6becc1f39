import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../samplePlan/samplePlan';
import type { Workspace } from '../schema/workspace';
import { applyChangesToDraft, changeSetSchema, diffStates, invertChanges, jsonEqual, type Change } from './changeSet';

const sample = createSampleWorkspace('en', new Date('2026-05-20T09:00:00Z'));

/** Applies changes to a copy (the way history.restore does, on an immer draft); answers the result and how many were skipped. */
function applied<T>(state: T, changes: readonly Change[]): { state: T; skipped: number } {
  let skipped = 0;
  const next = produce(state, (draft) => { skipped = applyChangesToDraft(draft, changes); });
  return { state: next, skipped };
}

const item = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: id.toUpperCase(), ...extra });

describe('diffStates on objects', () => {
  it('reports a changed field at its path, with before and after', () => {
    expect(diffStates({ a: 1, b: { c: 'x' } }, { a: 1, b: { c: 'y' } })).toEqual([
      { kind: 'set', path: ['b', 'c'], before: { value: 'x' }, after: { value: 'y' } },
    ]);
  });

  it('a key added has no before; a key deleted has no after', () => {
    expect(diffStates({ a: 1 }, { a: 1, b: 2 })).toEqual([{ kind: 'set', path: ['b'], before: null, after: { value: 2 } }]);
    expect(diffStates({ a: 1, b: 2 }, { a: 1 })).toEqual([{ kind: 'set', path: ['b'], before: { value: 2 }, after: null }]);
  });

  it('a value set to null is a value, not an absence', () => {
    expect(diffStates({ a: 1 }, { a: null })).toEqual([{ kind: 'set', path: ['a'], before: { value: 1 }, after: { value: null } }]);
  });

  it('equal states, and rebuilt but deeply equal values, are no change', () => {
    expect(diffStates(sample, sample)).toEqual([]);
    expect(diffStates(sample, structuredClone(sample))).toEqual([]);
    expect(diffStates({ tags: ['a', 'b'], m: [1, 2] }, { tags: ['a', 'b'], m: [1, 2] })).toEqual([]);
  });

  it('an object replaced by an array (or a scalar) is one value', () => {
    expect(diffStates({ a: { x: 1 } }, { a: [1] })).toEqual([{ kind: 'set', path: ['a'], before: { value: { x: 1 } }, after: { value: [1] } }]);
    expect(diffStates({ a: { x: 1 } }, { a: 'x' })).toEqual([{ kind: 'set', path: ['a'], before: { value: { x: 1 } }, after: { value: 'x' } }]);
  });
});

describe('diffStates on arrays', () => {
  it('addresses an item of an id array by its id', () => {
    const before = { list: [item('a'), item('b')] };
    const after = { list: [item('a'), item('b', { name: 'Bee' })] };
    expect(diffStates(before, after)).toEqual([{ kind: 'set', path: ['list', { id: 'b' }, 'name'], before: { value: 'B' }, after: { value: 'Bee' } }]);
  });

  it('an added item is an insert after its neighbour; a removed one a remove', () => {
    const before = { list: [item('a'), item('b'), item('c')] };
    expect(diffStates(before, { list: [item('a'), item('x'), item('b'), item('c')] })).toEqual([
      { kind: 'insert', path: ['list'], id: 'x', value: item('x'), after: 'a', index: 1 },
    ]);
    expect(diffStates(before, { list: [item('x'), ...before.list] })).toEqual([
      { kind: 'insert', path: ['list'], id: 'x', value: item('x'), after: null, index: 0 },
    ]);
    expect(diffStates(before, { list: [item('a'), item('c')] })).toEqual([
      { kind: 'remove', path: ['list'], id: 'b', value: item('b'), after: 'a', index: 1 },
    ]);
  });

  it('a new order is one order change listing the ids before and after', () => {
    const before = { list: [item('a'), item('b'), item('c')] };
    expect(diffStates(before, { list: [item('c'), item('a'), item('b')] })).toEqual([
      { kind: 'order', path: ['list'], before: ['a', 'b', 'c'], after: ['c', 'a', 'b'] },
    ]);
  });

  it('removing and adding do not count as a new order of the others', () => {
    const before = { list: [item('a'), item('b'), item('c')] };
    const changes = diffStates(before, { list: [item('a'), item('c'), item('d')] });
    expect(changes.map((c) => c.kind)).toEqual(['remove', 'insert']);
  });

  it('an array without ids (tags, twelve months) is one value', () => {
    expect(diffStates({ months: [1, 2, 3] }, { months: [1, 5, 3] })).toEqual([
      { kind: 'set', path: ['months'], before: { value: [1, 2, 3] }, after: { value: [1, 5, 3] } },
    ]);
    expect(diffStates({ tags: ['a'] }, { tags: ['a', 'b'] })).toEqual([{ kind: 'set', path: ['tags'], before: { value: ['a'] }, after: { value: ['a', 'b'] } }]);
  });

  it('an array with a repeated id, or items without ids, is one value', () => {
    const twice = { list: [item('a'), item('a')] };
    expect(diffStates({ list: [item('a')] }, twice)).toEqual([{ kind: 'set', path: ['list'], before: { value: [item('a')] }, after: { value: twice.list } }]);
    const mixed = { list: [item('a'), { name: 'no id' }] };
    expect(diffStates({ list: [item('a')] }, mixed)).toEqual([{ kind: 'set', path: ['list'], before: { value: [item('a')] }, after: { value: mixed.list } }]);
  });

  it('on a real workspace, one campaign field is one change addressed by ids', () => {
    const next = produce(sample, (draft) => { draft.campaigns.find((c) => c.id === 'cmp_press')!.name = 'Press day'; });
    const changes = diffStates(sample, next);
    expect(changes).toEqual([{ kind: 'set', path: ['campaigns', { id: 'cmp_press' }, 'name'], before: { value: sample.campaigns[1]!.name }, after: { value: 'Press day' } }]);
  });
});

describe('invertChanges and applyChangesToDraft', () => {
  const cases: Array<[string, unknown, unknown]> = [
    ['a field', { a: 1, b: { c: 'x' } }, { a: 2, b: { c: 'y' } }],
    ['keys added and deleted', { a: 1, b: 2 }, { a: 1, c: 3 }],
    ['items inserted', { list: [item('a'), item('b')] }, { list: [item('x'), item('a'), item('y'), item('b'), item('z')] }],
    ['items removed', { list: [item('a'), item('b'), item('c'), item('d')] }, { list: [item('b'), item('d')] }],
    ['items removed apart', { list: [item('a'), item('b'), item('c'), item('d'), item('e')] }, { list: [item('a'), item('c'), item('e')] }],
    ['a new order', { list: [item('a'), item('b'), item('c'), item('d')] }, { list: [item('d'), item('b'), item('a'), item('c')] }],
    ['an item changed inside, and moved', { list: [item('a'), item('b', { tags: ['t'] })] }, { list: [item('b', { tags: ['t', 'u'] }), item('a')] }],
    ['a value array', { months: [1, 2, 3] }, { months: [3, 2, 1] }],
    ['a nested id list', { outer: [{ id: 'o', inner: [item('a'), item('b')] }] }, { outer: [{ id: 'o', inner: [item('b'), item('c')] }] }],
  ];

  it.each(cases)('the inverse of %s takes the new state back to the old one', (_name, before, after) => {
    const changes = diffStates(before, after);
    expect(changes.length).toBeGreaterThan(0);
    expect(applied(after, invertChanges(changes))).toEqual({ state: before, skipped: 0 });
  });

  // Known problem, reported to the lead: the removes of neighbouring items each name the item
  // before them as their anchor (b "after a"); the inverse re-inserts newest first, so b is put
  // back before a exists, falls back to its index, and a then goes in front: [a, c, b]. Undo of any
  // operation removing two neighbours restores the wrong order. Remove `.fails` once fixed.
  it('the inverse of removing neighbouring items puts them back in their order', () => {
    const before = { list: [item('a'), item('b'), item('c')] };
    const after = { list: [item('c')] };
    expect(applied(after, invertChanges(diffStates(before, after))).state).toEqual(before);
  });

  it('the inverse lists the inverted changes newest first', () => {
    const changes: Change[] = [
      { kind: 'set', path: ['a'], before: { value: 1 }, after: null },
      { kind: 'insert', path: ['list'], id: 'x', value: item('x'), after: null, index: 0 },
      { kind: 'order', path: ['list'], before: ['a', 'b'], after: ['b', 'a'] },
    ];
    expect(invertChanges(changes)).toEqual([
      { kind: 'order', path: ['list'], before: ['b', 'a'], after: ['a', 'b'] },
      { kind: 'remove', path: ['list'], id: 'x', value: item('x'), after: null, index: 0 },
      { kind: 'set', path: ['a'], before: null, after: { value: 1 } },
    ]);
  });

  it.each(cases)('replaying the changes of %s on the old state gives the new one (redo)', (_name, before, after) => {
    expect(applied(before, diffStates(before, after))).toEqual({ state: after, skipped: 0 });
  });

  // Known problem, reported to the lead: diffById emits an array's inserts before its `order`
  // change, so replaying them (redo) places an inserted item by its anchor's old position and the
  // order change, which only permutes the kept items among their current places, leaves it there.
  // Undo is not affected (its order change comes first). Remove `.fails` once fixed.
  it('redo of an insert together with a new order puts the new item where it was', () => {
    const before = { list: [item('a'), item('b'), item('c')] };
    const after = { list: [item('c'), item('a'), item('b'), item('d')] };
    expect(applied(before, diffStates(before, after)).state).toEqual(after);
  });

  it('undo on a NEWER state leaves alone what changed meanwhile elsewhere', () => {
    const mine = produce(sample, (draft) => { draft.campaigns.find((c) => c.id === 'cmp_press')!.name = 'Press day'; });
    const undo = invertChanges(diffStates(sample, mine));
    // Meanwhile: another campaign renamed, another field of the same campaign changed, a campaign added.
    const theirs = produce(mine, (draft) => {
      draft.campaigns.find((c) => c.id === 'cmp_launch')!.name = 'Launch!';
      draft.campaigns.find((c) => c.id === 'cmp_press')!.owner = 'Mia';
      draft.campaigns.unshift({ ...draft.campaigns[0]!, id: 'cmp_new', name: 'New' });
    });
    const { state, skipped } = applied(theirs, undo);
    expect(skipped).toBe(0);
    const byId = (id: string) => state.campaigns.find((c) => c.id === id)!;
    expect(byId('cmp_press').name).toBe(sample.campaigns.find((c) => c.id === 'cmp_press')!.name);
    expect(byId('cmp_press').owner).toBe('Mia');
    expect(byId('cmp_launch').name).toBe('Launch!');
    expect(state.campaigns[0]!.id).toBe('cmp_new');
  });

  it('undo of a removal puts the item back after its neighbour even when others were added meanwhile', () => {
    const removed = produce(sample, (draft) => { draft.campaigns = draft.campaigns.filter((c) => c.id !== 'cmp_tasting'); });
    const undo = invertChanges(diffStates(sample, removed));
    const theirs = produce(removed, (draft) => { draft.campaigns.unshift({ ...draft.campaigns[0]!, id: 'cmp_new' }); });
    const { state } = applied(theirs, undo);
    const ids = state.campaigns.map((c) => c.id);
    expect(ids.slice(0, 4)).toEqual(['cmp_new', 'cmp_launch', 'cmp_press', 'cmp_tasting']);
  });

  it('a change whose entity is gone is skipped and counted; the others still apply', () => {
    const mine = produce(sample, (draft) => {
      draft.campaigns.find((c) => c.id === 'cmp_press')!.name = 'Press day';
      draft.campaigns.find((c) => c.id === 'cmp_gifts')!.name = 'Gifts';
    });
    const undo = invertChanges(diffStates(sample, mine));
    const theirs = produce(mine, (draft) => { draft.campaigns = draft.campaigns.filter((c) => c.id !== 'cmp_press'); });
    const { state, skipped } = applied(theirs, undo);
    expect(skipped).toBe(1);
    expect(state.campaigns.some((c) => c.id === 'cmp_press')).toBe(false);
    expect(state.campaigns.find((c) => c.id === 'cmp_gifts')!.name).toBe(sample.campaigns.find((c) => c.id === 'cmp_gifts')!.name);
  });

  it('removing an item that is already gone is skipped; inserting one that exists replaces it in place', () => {
    const state = { list: [item('a'), item('b')] };
    expect(applied(state, [{ kind: 'remove', path: ['list'], id: 'zz', value: item('zz'), after: null, index: 0 }])).toEqual({ state, skipped: 1 });
    const replaced = applied(state, [{ kind: 'insert', path: ['list'], id: 'b', value: item('b', { name: 'new' }), after: null, index: 0 }]);
    expect(replaced).toEqual({ state: { list: [item('a'), item('b', { name: 'new' })] }, skipped: 0 });
  });

  it('an insert whose anchor is gone goes to its old index (or the end)', () => {
    const state = { list: [item('a'), item('b'), item('c')] };
    expect(applied(state, [{ kind: 'insert', path: ['list'], id: 'x', value: item('x'), after: 'gone', index: 1 }]).state.list.map((i) => i.id)).toEqual(['a', 'x', 'b', 'c']);
    expect(applied(state, [{ kind: 'insert', path: ['list'], id: 'x', value: item('x'), after: 'gone', index: 99 }]).state.list.map((i) => i.id)).toEqual(['a', 'b', 'c', 'x']);
  });

  it('an order change moves only the listed items, among the places they hold now', () => {
    const state = { list: [item('a'), item('new'), item('b'), item('c')] };
    const { state: next } = applied(state, [{ kind: 'order', path: ['list'], before: ['a', 'b', 'c'], after: ['c', 'b', 'a', 'gone'] }]);
    expect(next.list.map((i) => i.id)).toEqual(['c', 'new', 'b', 'a']);
  });

  it('a string step on an array, an id step on an object, or a missing key is skipped', () => {
    const state = { list: [item('a')], obj: { a: { x: 1 } } };
    const changes: Change[] = [
      { kind: 'set', path: ['list', '0', 'name'], before: { value: 'A' }, after: { value: 'hacked' } },
      { kind: 'set', path: ['list', 'length'], before: { value: 1 }, after: { value: 0 } },
      { kind: 'set', path: ['obj', { id: 'a' }, 'x'], before: { value: 1 }, after: { value: 2 } },
      { kind: 'set', path: ['missing', 'x'], before: null, after: { value: 2 } },
      { kind: 'insert', path: ['obj'], id: 'x', value: item('x'), after: null, index: 0 },
      { kind: 'set', path: [], before: null, after: { value: {} } },
    ];
    expect(applied(state, changes)).toEqual({ state, skipped: changes.length });
  });

  it('a set addressed to a whole item by id replaces it, or removes it when the after is absent', () => {
    const state = { list: [item('a'), item('b')] };
    expect(applied(state, [{ kind: 'set', path: ['list', { id: 'a' }], before: { value: item('a') }, after: { value: item('a', { name: 'Z' }) } }]).state.list[0]).toEqual(item('a', { name: 'Z' }));
    expect(applied(state, [{ kind: 'set', path: ['list', { id: 'a' }], before: { value: item('a') }, after: null }]).state.list).toEqual([item('b')]);
  });
});

describe('changeSetSchema', () => {
  const valid = (changes: unknown) => changeSetSchema.safeParse(changes).success;

  it('accepts what diffStates produces', () => {
    const next = produce(sample as Workspace, (draft) => {
      draft.campaigns[0]!.name = 'x';
      draft.campaigns.splice(1, 1);
      draft.marketingPlan.sections.reverse();
      draft.company.logoDataUrl = null;
    });
    const changes = diffStates(sample, next);
    expect(valid(changes)).toBe(true);
    expect(valid(invertChanges(changes))).toBe(true);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s anywhere in a path', (key) => {
    expect(valid([{ kind: 'set', path: [key, 'polluted'], before: null, after: { value: true } }])).toBe(false);
    expect(valid([{ kind: 'set', path: ['campaigns', { id: 'c' }, key], before: null, after: { value: true } }])).toBe(false);
    expect(valid([{ kind: 'insert', path: [key], id: 'x', value: {}, after: null, index: 0 }])).toBe(false);
  });

  it('refuses a pollution attempt that JSON.parse would build', () => {
    const parsed: unknown = JSON.parse('[{"kind":"set","path":["__proto__","polluted"],"before":null,"after":{"value":true}}]');
    expect(valid(parsed)).toBe(false);
  });

  it('refuses unknown kinds, extra fields, empty keys, bad ids and absurd sizes', () => {
    expect(valid([{ kind: 'delete', path: ['a'] }])).toBe(false);
    expect(valid([{ kind: 'set', path: ['a'], before: null, after: null, extra: 1 }])).toBe(false);
    expect(valid([{ kind: 'set', path: [''], before: null, after: null }])).toBe(false);
    expect(valid([{ kind: 'set', path: [{ id: '' }], before: null, after: null }])).toBe(false);
    expect(valid([{ kind: 'set', path: [{ id: 'a', extra: 1 }], before: null, after: null }])).toBe(false);
    expect(valid([{ kind: 'set', path: Array(25).fill('a'), before: null, after: null }])).toBe(false);
    expect(valid([{ kind: 'insert', path: ['l'], id: 'x', value: 1, after: null, index: -1 }])).toBe(false);
    expect(valid([{ kind: 'set', path: ['a'], before: { value: 1, extra: 2 }, after: null }])).toBe(false);
  });
});

describe('jsonEqual', () => {
  it('compares JSON values deeply', () => {
    expect(jsonEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(jsonEqual({ a: 1 }, { b: 1 })).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual([], {})).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
  });
});
