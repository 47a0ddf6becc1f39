import { isDraft, original } from 'immer';
import { OperationRefused } from './defineOperation';

/**
 * Finding one entity by id in a list that may be an immer draft, without making a draft proxy for
 * each of thousands of campaigns (reading every item of a draft array drafts it): the index is
 * looked up on the base array and trusted only while the draft still has that item there (an
 * earlier step of the same operation may have moved it). On plain data it is an ordinary search.
 */
export function indexById(list: readonly { id: string }[], itemId: string): number {
  if (!isDraft(list)) return list.findIndex((item) => item.id === itemId);
  const base = original(list as { id: string }[]) as readonly { id: string }[];
  const index = base.findIndex((item) => item.id === itemId);
  if (index >= 0 && index < list.length && list[index]!.id === itemId) return index;
  return list.findIndex((item) => item.id === itemId);
}

export function findById<T extends { id: string }>(list: T[], itemId: string): T | undefined {
  const index = indexById(list, itemId);
  return index < 0 ? undefined : list[index];
}

/** The value as it was before this operation (plain data: reading it drafts nothing). */
export function plain<T>(value: T): T {
  return isDraft(value) ? (original(value as never) as T) : value;
}

/** What an entity is called in a message, in both languages. */
export type What = { en: string; zh: string };

export function gone(what: What): OperationRefused {
  return new OperationRefused('conflict', `The ${what.en} no longer exists (it was deleted, perhaps in another window).`, `该${what.zh}已不存在（可能已在其他窗口中删除）。`);
}

/** The item with this id, or a conflict naming what is missing. Touches only that item of a draft. */
export function requireItem<T extends { id: string }>(list: T[], itemId: string, what: What): T {
  const index = indexById(list, itemId);
  if (index < 0) throw gone(what);
  return list[index]!;
}

/** Refuses an id already used in the list (ids are made by the caller, so this is a bug or a replay). */
export function requireNewId(list: readonly { id: string }[], itemId: string, what: What): void {
  if (indexById(list, itemId) >= 0) {
    throw new OperationRefused('refused', `A ${what.en} with the id ${itemId} already exists.`, `ID 为 ${itemId} 的${what.zh}已存在。`);
  }
}
