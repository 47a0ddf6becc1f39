import type { z } from 'zod';
import { COLLECTION_LIMITS, workspace as workspaceSchema, type Workspace } from '../schema/workspace';
import { summarizeIssues, type IssueSummary } from '../validation/issues';
import { firstIssues, safeParseStoppingEarly } from '../workspace/boundedIssues';
import { jsonEqual } from './changeSet';
import { COLLECTION_KEYS, type CollectionKey, type Touched } from './touchedEntities';

/**
 * Validates only what an operation touched — one campaign, not 5,000 — with the same schemas the
 * whole file is checked with on open. The workspace schema has no rule across entities (those are
 * the invariants), so checking the touched entities, collections and fields of a valid workspace
 * is the same as checking all of it. Answers the state to keep (with the schema's defaults filled
 * in) or the first problems.
 */
export type TouchedCheck = { ok: true; workspace: Workspace } | { ok: false; issues: IssueSummary[] };

const shape = workspaceSchema.shape as Record<string, z.ZodType>;
const MAX_ISSUES = 20;

function elementSchema(collection: CollectionKey): z.ZodType {
  return (workspaceSchema.shape[collection] as unknown as z.ZodArray<z.ZodType>).element;
}

function failed(schema: z.ZodType, value: unknown, prefix: PropertyKey[]): IssueSummary[] {
  const { issues } = firstIssues(schema, value, MAX_ISSUES);
  return summarizeIssues(issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })));
}

/** The first id used twice in a list (items without an id, such as budgets, are not compared). */
function duplicateIds(list: readonly { id?: unknown }[]): string | null {
  const seen = new Set<string>();
  for (const item of list) {
    if (typeof item.id !== 'string') continue;
    if (seen.has(item.id)) return item.id;
    seen.add(item.id);
  }
  return null;
}

export function validateTouched(next: Workspace, touched: Touched): TouchedCheck {
  const replacements: Array<{ key: string; index?: number; value: unknown }> = [];
  for (const field of touched.fields) {
    const schema = shape[field];
    if (!schema) return { ok: false, issues: [{ path: field, en: 'is not part of a workspace', zh: '不属于工作区' }] };
    const parsed = safeParseStoppingEarly(schema, (next as Record<string, unknown>)[field]);
    if (!parsed.success) return { ok: false, issues: failed(schema, (next as Record<string, unknown>)[field], [field]) };
    replacements.push({ key: field, value: parsed.data });
  }
  for (const collection of COLLECTION_KEYS) {
    const list = next[collection] as unknown;
    const whole = touched.collections.has(collection);
    const ids = touched.entities.get(collection);
    if (!whole && !ids) continue;
    if (!Array.isArray(list)) return { ok: false, issues: failed(shape[collection]!, list, [collection]) };
    if (list.length > COLLECTION_LIMITS[collection]) {
      return { ok: false, issues: [{ path: collection, en: `has too many items (limit ${COLLECTION_LIMITS[collection]})`, zh: `条目过多（上限 ${COLLECTION_LIMITS[collection]}）` }] };
    }
    const schema = elementSchema(collection);
    // A touched id seen twice is a duplicate (an added item taking an existing id); untouched items were unique already.
    const seen = new Set<string>();
    for (let index = 0; index < list.length; index += 1) {
      const item = list[index] as { id?: unknown };
      if (!whole && !(typeof item?.id === 'string' && ids!.has(item.id))) continue;
      if (!whole && typeof item.id === 'string') {
        if (seen.has(item.id)) return { ok: false, issues: [{ path: collection, en: `uses the id ${item.id} twice`, zh: `ID ${item.id} 重复使用` }] };
        seen.add(item.id);
      }
      const parsed = safeParseStoppingEarly(schema, item);
      if (!parsed.success) return { ok: false, issues: whole ? failed(shape[collection]!, list, [collection]) : failed(schema, item, [collection, index]) };
      replacements.push({ key: collection, index, value: parsed.data });
    }
    const duplicate = whole ? duplicateIds(list as { id?: unknown }[]) : null;
    if (duplicate) return { ok: false, issues: [{ path: collection, en: `uses the id ${duplicate} twice`, zh: `ID ${duplicate} 重复使用` }] };
  }
  return { ok: true, workspace: withDefaults(next, replacements) };
}

/** The schema may fill defaults in (an older field left out); keep its output where it differs. */
function withDefaults(next: Workspace, replacements: Array<{ key: string; index?: number; value: unknown }>): Workspace {
  const differing = replacements.filter(({ key, index, value }) => {
    const current = index === undefined ? (next as Record<string, unknown>)[key] : ((next as unknown as Record<string, unknown[]>)[key])![index];
    return !jsonEqual(current, value);
  });
  if (differing.length === 0) return next;
  const copy: Record<string, unknown> = { ...next };
  for (const { key, index, value } of differing) {
    if (index === undefined) copy[key] = value;
    else {
      const list = copy[key] === (next as Record<string, unknown>)[key] ? [...(copy[key] as unknown[])] : (copy[key] as unknown[]);
      list[index] = value;
      copy[key] = list;
    }
  }
  return copy as Workspace;
}
