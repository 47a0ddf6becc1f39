import { z } from 'zod';

/**
 * What an operation changed, addressed by id rather than by array position, so the same change
 * (or its inverse, for undo) still means the same thing on a newer state of the workspace: after
 * another window's edit, a reload, later a colleague's. Computed by diffing the state before and
 * after an operation (immer keeps unchanged subtrees identical, so only the changed paths are
 * walked). Arrays whose items all carry a unique string `id` are diffed item by item; any other
 * array (tags, twelve monthly figures) is one value.
 */
export type PathStep = string | { id: string };
export type ChangePath = PathStep[];

/** A present value; null means "absent" (a key that did not exist, or was deleted). */
export type Slot = { value: unknown } | null;

export type Change =
  | { kind: 'set'; path: ChangePath; before: Slot; after: Slot }
  /** An item with this id appears in the array at `path`, after the item `after` (null: first). */
  | { kind: 'insert'; path: ChangePath; id: string; value: unknown; after: string | null; index: number }
  | { kind: 'remove'; path: ChangePath; id: string; value: unknown; after: string | null; index: number }
  /** The items of the array at `path` changed order: `before` and `after` list the ids. */
  | { kind: 'order'; path: ChangePath; before: string[]; after: string[] };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const key = z.string().min(1).max(64).refine((k) => !FORBIDDEN_KEYS.has(k), { message: 'forbidden-key' });
const itemId = z.string().min(1).max(64);
const pathStep = z.union([key, z.object({ id: itemId }).strict()]);
const changePath = z.array(pathStep).max(24);
const slot = z.object({ value: z.unknown() }).strict().nullable();
const placed = { path: changePath, id: itemId, value: z.unknown(), after: itemId.nullable(), index: z.number().int().nonnegative().max(1_000_000) };

/** The transport form of a change set (undo and redo send one back to the service). */
export const changeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('set'), path: changePath, before: slot, after: slot }).strict(),
  z.object({ kind: z.literal('insert'), ...placed }).strict(),
  z.object({ kind: z.literal('remove'), ...placed }).strict(),
  z.object({ kind: z.literal('order'), path: changePath, before: z.array(itemId).max(100_000), after: z.array(itemId).max(100_000) }).strict(),
]);
export const changeSetSchema = z.array(changeSchema).max(20_000);

type Plain = Record<string, unknown>;

function isPlainObject(value: unknown): value is Plain {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The ids of an array whose items are all objects with a unique string id; null for any other array. */
function itemIds(list: readonly unknown[]): string[] | null {
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const item of list) {
    if (!isPlainObject(item) || typeof item.id !== 'string' || seen.has(item.id)) return null;
    seen.add(item.id);
    ids.push(item.id);
  }
  return ids;
}

/** Deep equality for JSON data (a recipe that rebuilds an equal array is no change). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => jsonEqual(item, b[index]));
  }
  if (isPlainObject(a)) {
    if (!isPlainObject(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}

/** Everything that differs between two states of the workspace (or of any JSON value). */
export function diffStates(before: unknown, after: unknown): Change[] {
  const changes: Change[] = [];
  diffInto(before, after, [], changes);
  return changes;
}

function diffInto(before: unknown, after: unknown, path: ChangePath, out: Change[]): void {
  if (before === after) return;
  if (isPlainObject(before) && isPlainObject(after)) {
    for (const k of Object.keys(before)) {
      if (!Object.prototype.hasOwnProperty.call(after, k)) out.push({ kind: 'set', path: [...path, k], before: { value: before[k] }, after: null });
      else diffInto(before[k], after[k], [...path, k], out);
    }
    for (const k of Object.keys(after)) {
      if (!Object.prototype.hasOwnProperty.call(before, k)) out.push({ kind: 'set', path: [...path, k], before: null, after: { value: after[k] } });
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    if (diffInPlace(before, after, path, out)) return;
    const beforeIds = itemIds(before);
    const afterIds = beforeIds && itemIds(after);
    if (beforeIds && afterIds) return diffById(before as Plain[], beforeIds, after as Plain[], afterIds, path, out);
  }
  if (jsonEqual(before, after)) return;
  out.push({ kind: 'set', path, before: { value: before }, after: { value: after } });
}

/**
 * The common case, fast: the same items in the same places, some of them changed (an edit of one
 * campaign among 5,000). Only the changed places are looked at; nothing is indexed. Answers false
 * (and adds nothing) when items were added, removed or moved, or do not all carry ids.
 */
function diffInPlace(before: readonly unknown[], after: readonly unknown[], path: ChangePath, out: Change[]): boolean {
  if (before.length !== after.length) return false;
  const changed: number[] = [];
  for (let index = 0; index < before.length; index += 1) {
    if (before[index] === after[index]) continue;
    const a = before[index];
    const b = after[index];
    if (!isPlainObject(a) || !isPlainObject(b) || typeof a.id !== 'string' || a.id !== b.id) return false;
    changed.push(index);
  }
  for (const index of changed) {
    const item = before[index] as Plain;
    diffInto(item, after[index], [...path, { id: item.id as string }], out);
  }
  return true;
}

function diffById(before: Plain[], beforeIds: string[], after: Plain[], afterIds: string[], path: ChangePath, out: Change[]): void {
  const afterIndex = new Map(afterIds.map((id, index) => [id, index]));
  const beforeIndex = new Map(beforeIds.map((id, index) => [id, index]));
  let keptAnchor: string | null = null;
  beforeIds.forEach((id, index) => {
    if (!afterIndex.has(id)) out.push({ kind: 'remove', path, id, value: before[index], after: keptAnchor, index });
    else keptAnchor = id;
  });
  const keptBefore = beforeIds.filter((id) => afterIndex.has(id));
  const keptAfter = afterIds.filter((id) => beforeIndex.has(id));
  if (keptBefore.some((id, index) => id !== keptAfter[index])) out.push({ kind: 'order', path, before: keptBefore, after: keptAfter });
  afterIds.forEach((id, index) => {
    const previous = beforeIndex.get(id);
    if (previous === undefined) out.push({ kind: 'insert', path, id, value: after[index], after: index > 0 ? afterIds[index - 1]! : null, index });
    else diffInto(before[previous], after[index], [...path, { id }], out);
  });
}

/** The changes that take `changes` back, newest first. */
export function invertChanges(changes: readonly Change[]): Change[] {
  return changes.map(invertChange).reverse();
}

function invertChange(change: Change): Change {
  switch (change.kind) {
    case 'set': return { ...change, before: change.after, after: change.before };
    case 'insert': return { ...change, kind: 'remove' };
    case 'remove': return { ...change, kind: 'insert' };
    case 'order': return { ...change, before: change.after, after: change.before };
  }
}

/** Finds the container a path leads to, by key and by id; null when any step no longer exists. */
function resolve(root: unknown, path: ChangePath): unknown {
  let node: unknown = root;
  for (const step of path) {
    if (typeof step === 'string') {
      if (!isPlainObject(node) || !Object.prototype.hasOwnProperty.call(node, step)) return null;
      node = node[step];
    } else {
      if (!Array.isArray(node)) return null;
      node = node.find((item) => isPlainObject(item) && item.id === step.id) ?? null;
      if (node === null) return null;
    }
  }
  return node;
}

/**
 * Applies changes to a mutable (immer draft) workspace. A change whose place no longer exists
 * (a colleague deleted the campaign) is skipped: undo restores what it can and leaves the rest.
 * Answers how many changes were skipped.
 */
export function applyChangesToDraft(root: unknown, changes: readonly Change[]): number {
  let skipped = 0;
  for (const change of changes) {
    if (!applyOne(root, change)) skipped += 1;
  }
  return skipped;
}

function applyOne(root: unknown, change: Change): boolean {
  if (change.kind === 'set') {
    if (change.path.length === 0) return false; // the whole workspace is never one value
    const parent = resolve(root, change.path.slice(0, -1));
    const last = change.path[change.path.length - 1]!;
    if (typeof last === 'string') {
      if (!isPlainObject(parent)) return false;
      if (change.after) parent[last] = change.after.value;
      else delete parent[last];
      return true;
    }
    if (!Array.isArray(parent)) return false;
    const index = parent.findIndex((item) => isPlainObject(item) && item.id === last.id);
    if (index < 0) return false;
    if (change.after) parent[index] = change.after.value;
    else parent.splice(index, 1);
    return true;
  }
  const list = resolve(root, change.path);
  if (!Array.isArray(list)) return false;
  const at = list.findIndex((item) => isPlainObject(item) && item.id === (change.kind === 'order' ? undefined : change.id));
  if (change.kind === 'remove') {
    if (at >= 0) list.splice(at, 1);
    return at >= 0;
  }
  if (change.kind === 'insert') {
    if (at >= 0) {
      list[at] = change.value;
      return true;
    }
    const anchor = change.after === null ? -1 : list.findIndex((item) => isPlainObject(item) && item.id === change.after);
    const position = change.after === null ? 0 : anchor >= 0 ? anchor + 1 : Math.min(change.index, list.length);
    list.splice(position, 0, change.value);
    return true;
  }
  // order: the listed items take the places they hold now, in the listed order; others stay put.
  const wanted = new Set(change.after);
  const slots: number[] = [];
  const byId = new Map<string, unknown>();
  list.forEach((item, index) => {
    if (isPlainObject(item) && typeof item.id === 'string' && wanted.has(item.id)) {
      slots.push(index);
      byId.set(item.id, item);
    }
  });
  const ordered = change.after.filter((id) => byId.has(id));
  slots.forEach((slotIndex, n) => {
    list[slotIndex] = byId.get(ordered[n]!);
  });
  return true;
}
