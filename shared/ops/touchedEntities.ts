import type { Change } from './changeSet';

/**
 * What a change set touched, at the level the schema validates: an entity of a top-level
 * collection (a campaign, a document …) by id, a whole collection (a list replaced at once), or a
 * top-level field (the company profile, the settings, the plan, the name).
 */
export interface Touched {
  /** collection → ids of entities changed, added or removed. */
  entities: Map<string, Set<string>>;
  /** Collections replaced or reordered as a whole. */
  collections: Set<string>;
  /** Other top-level fields. */
  fields: Set<string>;
}

export const COLLECTION_KEYS = ['strategies', 'campaigns', 'budgets', 'documents', 'templates', 'workshops'] as const;
export type CollectionKey = (typeof COLLECTION_KEYS)[number];
const collectionKeys = new Set<string>(COLLECTION_KEYS);

export function isCollectionKey(key: string): key is CollectionKey {
  return collectionKeys.has(key);
}

export function touchedBy(changes: readonly Change[]): Touched {
  const touched: Touched = { entities: new Map(), collections: new Set(), fields: new Set() };
  const addEntity = (collection: string, id: string) => {
    const ids = touched.entities.get(collection) ?? new Set<string>();
    ids.add(id);
    touched.entities.set(collection, ids);
  };
  for (const change of changes) {
    const [top, second] = change.path;
    if (top === undefined) continue;
    if (typeof top !== 'string') continue; // the root is an object: never addressed by id
    if (!isCollectionKey(top)) {
      touched.fields.add(top);
      continue;
    }
    if (change.path.length === 1) {
      if (change.kind === 'insert' || change.kind === 'remove') addEntity(top, change.id);
      else touched.collections.add(top);
    } else if (typeof second === 'object') addEntity(top, second.id);
    else touched.collections.add(top);
  }
  return touched;
}

/** Whether anything in `collections` (or the listed top-level fields) was touched. */
export function touches(touched: Touched, names: readonly string[]): boolean {
  return names.some((name) => touched.entities.has(name) || touched.collections.has(name) || touched.fields.has(name));
}
