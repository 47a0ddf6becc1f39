/**
 * Edits address list items by id, not by position: a field committed after an undo or a removal
 * elsewhere in the list must still change the record it was showing.
 */
export function update<T extends { id: string }>(list: T[], id: string, change: (item: T) => void): void {
  const item = list.find((candidate) => candidate.id === id);
  if (item) change(item);
}

export function without<T extends { id: string }>(list: readonly T[], id: string): T[] {
  return list.filter((item) => item.id !== id);
}
