import type { MarketingBudget } from '../schema/campaign';
import type { z } from 'zod';
import type { channelType } from '../schema/strategy';

type ChannelType = z.infer<typeof channelType>;

/**
 * The budget editor's changes to a year's marketing budget (each one operation, so each one undo
 * step). The year's entry is made by its first edit. Works on a draft of the workspace.
 */

interface BudgetsDraft {
  budgets: MarketingBudget[];
}

export const BUDGET_MONTHS = 12;

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
  const months = Array.from({ length: BUDGET_MONTHS }, (_, i) => budget.byMonth[i] ?? 0);
  months[month - 1] = amount;
  budget.byMonth = months;
}
