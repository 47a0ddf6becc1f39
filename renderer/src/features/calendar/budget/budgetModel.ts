import { BUDGET_MONTHS } from '../../../../../shared/calendar/budgetEdits';
import type { Campaign, MarketingBudget } from '../../../../../shared/schema/campaign';
import type { ChannelType } from '../colors';

/** The small sums the budget editor shows (its changes are the budget.* operations, shared/calendar/ops). */

export const MONTHS = BUDGET_MONTHS;

/** A channel's allocation as the editor shows it (the sum when a file lists a channel twice), or null. */
export function channelAllocation(budget: MarketingBudget | null, channel: ChannelType): number | null {
  const entries = budget?.byChannel.filter((entry) => entry.channel === channel) ?? [];
  return entries.length === 0 ? null : entries.reduce((sum, entry) => sum + entry.amount, 0);
}

export function sumOf(values: readonly number[]): number {
  return Math.round(values.reduce((sum, value) => sum + value, 0) * 100) / 100;
}

/** Years worth offering: any a campaign touches, any with a budget, this year and the next (to plan ahead); ascending. */
export function budgetYears(campaigns: readonly Campaign[], budgets: readonly MarketingBudget[], currentYear: number): number[] {
  const years = new Set<number>([currentYear, currentYear + 1]);
  for (const budget of budgets) years.add(budget.year);
  for (const campaign of campaigns) {
    const from = Number(campaign.startDate.slice(0, 4));
    const to = Number(campaign.endDate.slice(0, 4));
    if (!Number.isInteger(from) || !Number.isInteger(to)) continue;
    // A campaign over several years touches each; capped so a typo year (2026–2206) cannot flood the list.
    for (let year = from; year <= Math.min(to, from + 5); year++) years.add(year);
  }
  return [...years].filter((year) => year >= 2000 && year <= 2100).sort((a, b) => a - b);
}
