import type { Invariant } from '../../ops/defineInvariant';
import { activityOperations } from './activityOps';
import { budgetOperations } from './budgetOps';
import { campaignOperations } from './campaignOps';
import { importOperations } from './importOps';
import { campaignPromotionLinks } from './invariants';

/** Campaigns, their activities and the marketing budgets. */
export const calendarOperations = {
  ...campaignOperations,
  ...activityOperations,
  ...importOperations,
  ...budgetOperations,
};
export const calendarInvariants: Invariant[] = [campaignPromotionLinks];
