import type { Campaign, MarketingBudget } from '../../../../../shared/schema/campaign';
import type { ChannelType } from '../colors';

/**
 * The budget editor's changes as plain draft edits (each one runs inside one store.edit, so each
 * is one undoable step), plus the small sums the editor shows. Kept free of React so it is tested
 * on its own.
 */

interface BudgetsDraft {
  budgets: MarketingBudget[];
}

export const MONTHS = 12;

/** The year's budget, created empty on first use: the first edit of a year makes its entry. */
function budgetOf(draft: BudgetsDraft, year: number): MarketingBudget {
  let budget = draft.budgets.find((entry) => entry.year === year);
  if (!budget) {
    // byMonth starts empty, not as 12 zeros: a 0 allocation would mark every month with spend as over budget.
    budget = { year, total: 0, byChannel: [], byMonth: [] };
    draft.budgets.push(budget);
    draft.budgets.sort((a, b) => a.year - b.year);
    budget = draft.budgets.find((entry) => entry.year === year)!;
  }
  return budget;
}

export function setBudgetTotal(draft: BudgetsDraft, year: number, total: number): void {
  budgetOf(draft, year).total = total;
}

/** Sets a channel's allocation; null removes it (the channel then has no allocation, not 0). */
export function setChannelAllocation(draft: BudgetsDraft, year: number, channel: ChannelType, amount: number | null): void {
  const budget = budgetOf(draft, year);
  const index = budget.byChannel.findIndex((entry) => entry.channel === channel);
  // One entry per channel: duplicates (from an imported file) fold into the one being edited.
  budget.byChannel = budget.byChannel.filter((entry, i) => entry.channel !== channel || i === index);
  if (amount === null) {
    budget.byChannel = budget.byChannel.filter((entry) => entry.channel !== channel);
  } else if (index === -1) {
    budget.byChannel.push({ channel, amount });
  } else {
    budget.byChannel.find((entry) => entry.channel === channel)!.amount = amount;
  }
}

/** Sets one month (1–12). The first monthly edit fills the year with 12 entries; it stays at 12. */
export function setMonthAllocation(draft: BudgetsDraft, year: number, month: number, amount: number): void {
  const budget = budgetOf(draft, year);
  const months = Array.from({ length: MONTHS }, (_, i) => budget.byMonth[i] ?? 0);
  months[month - 1] = amount;
  budget.byMonth = months;
}

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
