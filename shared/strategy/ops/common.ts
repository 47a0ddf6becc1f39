import { isDraft, original, type Draft } from 'immer';
import { z } from 'zod';
import { gone, indexById, plain, requireItem, requireNewId, type What } from '../../ops/findById';
import { defineOperation, type Operation } from '../../ops/defineOperation';
import { id } from '../../schema/primitives';
import type { Strategy } from '../../schema/strategy';
import type { Workspace } from '../../schema/workspace';

/**
 * Building blocks of the strategy operations: finding a strategy by id without walking the whole
 * workspace, field-update schemas made from the entity schemas, and the add/update/remove trio
 * every canvas list (sources, segments, tiers, channels…) shares.
 */

const STRATEGY: What = { en: 'strategy', zh: '策略' };

/** The strategy with this id in a draft workspace, or a conflict. */
export function requireStrategy(draft: Draft<Workspace>, strategyId: string): Draft<Strategy> {
  return requireItem(draft.strategies, strategyId, STRATEGY);
}

/** Copies the given fields onto the target; keys left out (or undefined) are not touched. */
export function assignFields<T extends object>(target: T, fields: Partial<T>): void {
  for (const key of Object.keys(fields) as (keyof T)[]) {
    const value = fields[key];
    if (value !== undefined && target[key] !== value) target[key] = value as T[keyof T];
  }
}

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;
type FieldsShape<S extends z.ZodRawShape, K extends keyof S> = { [P in K]: z.ZodOptional<WithoutDefault<S[P]>> };

/**
 * "Any of these fields" of an entity schema: each optional, with the schema's defaults removed (a
 * default would fill in a field the caller left out and overwrite it), unknown keys refused.
 */
export function fieldsOf<S extends z.ZodRawShape, K extends keyof S & string>(shape: S, keys: readonly K[]): z.ZodObject<FieldsShape<S, K>, z.core.$strict> {
  const fields: Record<string, z.ZodType> = {};
  for (const key of keys) {
    const schema = shape[key] as unknown as z.ZodType;
    fields[key] = (schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema).optional();
  }
  return z.object(fields).strict() as unknown as z.ZodObject<FieldsShape<S, K>, z.core.$strict>;
}

/** Every key of an object schema but `id`. */
export function keysBut<S extends z.ZodRawShape, X extends keyof S & string>(shape: S, ...excluded: X[]): Exclude<keyof S & string, X>[] {
  return Object.keys(shape).filter((key) => !(excluded as string[]).includes(key)) as Exclude<keyof S & string, X>[];
}

/** Update of a block's own (non-list) fields: `{ strategyId, fields }`. */
export function blockUpdate<F extends z.ZodObject>(
  name: string,
  fields: F,
  block: (strategy: Draft<Strategy>) => object,
  check?: (strategy: Draft<Strategy>, fields: z.output<F>) => void,
): Operation<z.ZodObject<{ strategyId: typeof id; fields: F }, z.core.$strict>> {
  return defineOperation(name, z.object({ strategyId: id, fields }).strict(), (draft, raw) => {
    const args = raw as unknown as { strategyId: string; fields: z.output<F> };
    const strategy = requireStrategy(draft, args.strategyId);
    check?.(strategy, args.fields);
    assignFields(block(strategy), args.fields as Partial<object>);
  });
}

interface ListSpec<I extends z.ZodObject, F extends z.ZodObject> {
  /** Operation names are `strategy.<entity>.add|update|remove`. */
  entity: string;
  what: What;
  item: I;
  fields: F;
  list: (strategy: Draft<Strategy>) => Array<Draft<z.output<I>> & { id: string }>;
  /** Refuses an add or an update that names something missing (a source, a segment…). */
  check?: (strategy: Draft<Strategy>, fields: Partial<z.output<I>>) => void;
  /** Whatever else a removal takes with it (references to the item elsewhere in the strategy). */
  onRemove?: (strategy: Draft<Strategy>, itemId: string, draft: Draft<Workspace>) => void;
}

/**
 * `strategy.<entity>.add` ({ strategyId, item }: the whole new item, its id made by the caller),
 * `.update` ({ strategyId, id, fields }) and `.remove` ({ strategyId, id }) for one canvas list.
 */
export function listOperations<I extends z.ZodObject, F extends z.ZodObject>(spec: ListSpec<I, F>) {
  const { entity, what, item, fields, list, check, onRemove } = spec;
  const add = defineOperation(`strategy.${entity}.add`, z.object({ strategyId: id, item: item.strict() as unknown as I }).strict(), (draft, raw) => {
    const args = raw as unknown as { strategyId: string; item: z.output<I> };
    const strategy = requireStrategy(draft, args.strategyId);
    const items = list(strategy);
    requireNewId(items, (args.item as { id: string }).id, what);
    check?.(strategy, args.item as Partial<z.output<I>>);
    items.push(args.item as Draft<z.output<I>> & { id: string });
  });
  const update = defineOperation(`strategy.${entity}.update`, z.object({ strategyId: id, id, fields }).strict(), (draft, raw) => {
    const args = raw as unknown as { strategyId: string; id: string; fields: z.output<F> };
    const strategy = requireStrategy(draft, args.strategyId);
    const target = requireItem(list(strategy), args.id, what);
    check?.(strategy, args.fields as Partial<z.output<I>>);
    assignFields(target as object, args.fields as Partial<object>);
  });
  const remove = defineOperation(`strategy.${entity}.remove`, z.object({ strategyId: id, id }).strict(), (draft, args) => {
    const strategy = requireStrategy(draft, args.strategyId);
    const items = list(strategy);
    const index = indexById(items, args.id);
    if (index < 0) throw gone(what);
    items.splice(index, 1);
    onRemove?.(strategy, args.id, draft);
  });
  return { add, update, remove };
}

/** Refuses a reference to an item that is not (or no longer) in the list; null is always fine. */
export function requireReference(list: readonly { id: string }[], itemId: string | null | undefined, what: What): void {
  if (itemId === null || itemId === undefined) return;
  if (indexById(list as { id: string }[], itemId) < 0) throw gone(what);
}

type CampaignLink = { strategyId: string | null; promotionItemId: string | null };

/**
 * Changes the campaigns that match, reading the others from the base state (no draft proxy for
 * each of thousands of campaigns), so a removal stays cheap on a 5,000-campaign workspace.
 */
export function clearCampaignLinks<C extends CampaignLink>(campaigns: C[], matches: (campaign: CampaignLink) => boolean, change: (campaign: C) => void): void {
  const base = (isDraft(campaigns) ? original(campaigns as never) : campaigns) as readonly CampaignLink[];
  base.forEach((campaign, index) => {
    if (matches(campaign)) change(campaigns[index]!);
  });
}

/** The ids in a list, read from the base state when it is a draft. */
export function idsOf(list: readonly { id: string }[]): Set<string> {
  const base = (isDraft(list) ? original(list as never) : list) as readonly { id: string }[];
  return new Set(base.map((item) => item.id));
}

export { gone, indexById, plain, requireItem, requireNewId, type What };
