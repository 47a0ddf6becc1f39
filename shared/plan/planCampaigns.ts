import type { Campaign } from '../schema/campaign';
import type { MarketingPlan } from '../schema/marketingPlan';
import type { Workspace } from '../schema/workspace';

/**
 * The campaigns a plan talks about: those that touch the plan period (start..end inclusive,
 * "YYYY-MM-DD" strings compare as dates) and, when the plan names its strategies, belong to
 * one of them. With no strategy chosen the plan covers everything, campaigns without a
 * strategy included. Sorted by start date, then end date, then name, so print order is stable.
 */
export function planCampaigns(
  workspace: Pick<Workspace, 'campaigns'>,
  plan: Pick<MarketingPlan, 'strategyIds'>,
  period: { start: string; end: string },
): Campaign[] {
  const strategies = plan.strategyIds.length > 0 ? new Set(plan.strategyIds) : null;
  return workspace.campaigns
    .filter((c) => c.startDate <= period.end && c.endDate >= period.start)
    .filter((c) => !strategies || (c.strategyId !== null && strategies.has(c.strategyId)))
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.endDate.localeCompare(b.endDate) || a.name.localeCompare(b.name));
}

/** Campaigns that are going ahead: not a mere idea and not cancelled. Only these go to sales. */
export function isScheduled(campaign: Pick<Campaign, 'status'>): boolean {
  return campaign.status !== 'idea' && campaign.status !== 'cancelled';
}
