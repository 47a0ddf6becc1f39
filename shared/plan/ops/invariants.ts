import { defineInvariant } from '../../ops/defineInvariant';
import type { IssueSummary } from '../../validation/issues';

/** The ids in `next` that `before` did not have (an operation's additions to a list of links). */
function added(next: readonly string[], before: readonly string[]): Set<string> {
  if (next === before) return new Set();
  const had = new Set(before);
  return new Set(next.filter((id) => !had.has(id)));
}

/** The ids of `wanted` that no entity of `list` has. */
function missing(wanted: Set<string>, list: readonly { id: string }[]): string[] {
  if (wanted.size === 0) return [];
  const left = new Set(wanted);
  for (const item of list) {
    left.delete(item.id);
    if (left.size === 0) return [];
  }
  return [...left];
}

/**
 * The plan's strategy and appendix choices name strategies and documents that exist. Only ids an
 * operation adds are checked: deleting a strategy or a document leaves its id in the plan on
 * purpose (the print skips it, and a plan whose chosen strategies are all gone prints none rather
 * than silently every strategy), so an id already in the plan is never refused. Watches the plan
 * only — a deletion elsewhere does not run it.
 */
export const planLinks = defineInvariant('plan.links', ['marketingPlan'], (next, _touched, before) => {
  const issues: IssueSummary[] = [];
  const plan = next.marketingPlan;
  for (const strategyId of missing(added(plan.strategyIds, before.marketingPlan.strategyIds), next.strategies)) {
    issues.push({ path: `marketingPlan.strategyIds[${plan.strategyIds.indexOf(strategyId)}]`, en: `names the strategy ${strategyId}, which does not exist`, zh: `引用的策略 ${strategyId} 不存在` });
  }
  for (const documentId of missing(added(plan.documentIds, before.marketingPlan.documentIds), next.documents)) {
    issues.push({ path: `marketingPlan.documentIds[${plan.documentIds.indexOf(documentId)}]`, en: `names the document ${documentId}, which does not exist`, zh: `引用的文档 ${documentId} 不存在` });
  }
  return issues;
});

export const planInvariantList = [planLinks];
