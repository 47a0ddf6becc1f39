import { z } from 'zod';
import { defineOperation } from '../../ops/defineOperation';
import { marketingBudget } from '../../schema/campaign';
import { money } from '../../schema/primitives';
import { channelType } from '../../schema/strategy';
import { BUDGET_MONTHS, setBudgetTotal, setChannelAllocation, setMonthAllocation } from '../budgetEdits';

/** A year's marketing budget: its total, and its allocation by channel and by month. The first edit of a year makes its entry. */

const year = marketingBudget.shape.year;

export const budgetOperations = {
  'budget.total.set': defineOperation('budget.total.set', z.object({ year, total: money }).strict(), (draft, args) => {
    setBudgetTotal(draft, args.year, args.total);
  }),

  /** A channel's allocation; null removes it (no allocation, not 0). */
  'budget.channel.set': defineOperation('budget.channel.set', z.object({ year, channel: channelType, amount: money.nullable() }).strict(), (draft, args) => {
    setChannelAllocation(draft, args.year, args.channel, args.amount);
  }),

  /** One month (1–12); the first makes all twelve. */
  'budget.month.set': defineOperation('budget.month.set', z.object({ year, month: z.number().int().min(1).max(BUDGET_MONTHS), amount: money }).strict(), (draft, args) => {
    setMonthAllocation(draft, args.year, args.month, args.amount);
  }),
};
