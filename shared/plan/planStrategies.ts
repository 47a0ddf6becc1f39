import type { MarketingPlan } from '../schema/marketingPlan';
import type { Strategy } from '../schema/strategy';
import type { Workspace } from '../schema/workspace';

/**
 * The strategies the plan prints, in the plan's order. An empty choice means every strategy
 * (in workspace order), so a new plan is complete without configuration. Ids of deleted
 * strategies are skipped rather than failing the export; a repeated id prints once.
 */
export function planStrategies(workspace: Pick<Workspace, 'strategies'>, plan: Pick<MarketingPlan, 'strategyIds'>): Strategy[] {
  if (plan.strategyIds.length === 0) return [...workspace.strategies];
  const byId = new Map(workspace.strategies.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const out: Strategy[] = [];
  for (const id of plan.strategyIds) {
    const strategy = byId.get(id);
    if (strategy && !seen.has(id)) {
      seen.add(id);
      out.push(strategy);
    }
  }
  return out;
}
