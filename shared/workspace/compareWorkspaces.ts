import type { Workspace } from '../schema/workspace';

/**
 * What differs between two versions of a workspace, entity by entity ("campaign 'Spring launch' —
 * name, budget changed; 2 campaigns added"), for the choice between my unsaved edits and the
 * version someone else saved. Entities are matched by id, so a reordered list is not a change.
 */
export type EntityKind = 'strategy' | 'campaign' | 'budget' | 'document' | 'template' | 'workshop';

export interface EntityChange {
  kind: EntityKind;
  id: string;
  /** The name as the user sees it (mine when it exists, else theirs). */
  label: string;
  change: 'added' | 'removed' | 'changed';
  /** Top-level fields that differ, for 'changed'. */
  fields: string[];
}

export interface WorkspaceComparison {
  /** Workspace-level parts that differ: name, company, settings, marketingPlan. */
  sections: string[];
  entities: EntityChange[];
  /** Per kind: how many were added, removed, changed (from mine to theirs). */
  counts: Record<EntityKind, { added: number; removed: number; changed: number }>;
}

interface Listed {
  id: string;
  [key: string]: unknown;
}

const LISTS: { kind: EntityKind; key: keyof Workspace; label: (item: Listed) => string }[] = [
  { kind: 'strategy', key: 'strategies', label: (item) => String(item.name ?? item.id) },
  { kind: 'campaign', key: 'campaigns', label: (item) => String(item.name ?? item.id) },
  { kind: 'budget', key: 'budgets', label: (item) => String(item.year ?? item.id) },
  { kind: 'document', key: 'documents', label: (item) => String(item.title ?? item.id) },
  { kind: 'template', key: 'templates', label: (item) => String(item.name ?? item.id) },
  { kind: 'workshop', key: 'workshops', label: (item) => String(item.title ?? item.id) },
];
const SECTIONS = ['name', 'company', 'settings', 'marketingPlan'] as const;

/** Structural equality for JSON values (what a workspace holds), without building strings. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((value, index) => sameJson(value, other[index]));
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

function changedFields(mine: Listed, theirs: Listed): string[] {
  const keys = new Set([...Object.keys(mine), ...Object.keys(theirs)]);
  return [...keys].filter((key) => !sameJson(mine[key], theirs[key])).sort();
}

export function compareWorkspaces(mine: Workspace, theirs: Workspace): WorkspaceComparison {
  const entities: EntityChange[] = [];
  const counts = Object.fromEntries(LISTS.map(({ kind }) => [kind, { added: 0, removed: 0, changed: 0 }])) as WorkspaceComparison['counts'];
  for (const { kind, key, label } of LISTS) {
    const mineById = new Map((mine[key] as unknown as Listed[]).map((item) => [item.id, item]));
    const theirsById = new Map((theirs[key] as unknown as Listed[]).map((item) => [item.id, item]));
    for (const [id, item] of theirsById) {
      const before = mineById.get(id);
      if (!before) {
        entities.push({ kind, id, label: label(item), change: 'added', fields: [] });
        counts[kind].added += 1;
      } else if (!sameJson(before, item)) {
        entities.push({ kind, id, label: label(before), change: 'changed', fields: changedFields(before, item) });
        counts[kind].changed += 1;
      }
    }
    for (const [id, item] of mineById) {
      if (!theirsById.has(id)) {
        entities.push({ kind, id, label: label(item), change: 'removed', fields: [] });
        counts[kind].removed += 1;
      }
    }
  }
  const sections = SECTIONS.filter((section) => !sameJson(mine[section], theirs[section]));
  return { sections: [...sections], entities, counts };
}
