import type { Campaign } from '../../schema/campaign';
import { dayNumber, isoOfDay } from './timelinePosition';

/**
 * The part of each campaign inside a date range, its planned budget and actual spend scaled to
 * the days inside. budgetRollup spreads a campaign's money evenly over its days, so rolling up
 * these pieces gives exactly the rollup's numbers for the range — how the budget section gets a
 * quarter's planned vs. actual by channel (the rollup itself only knows whole years). Campaigns
 * outside the range, or with unreadable dates, are left out; a piece keeps the campaign's id,
 * status and channels.
 */
export function campaignsInRange(campaigns: readonly Campaign[], start: string, end: string): Campaign[] {
  const first = dayNumber(start);
  const last = dayNumber(end);
  if (first === null || last === null || last < first) return [];
  const pieces: Campaign[] = [];
  for (const campaign of campaigns) {
    const from = dayNumber(campaign.startDate);
    const toRaw = dayNumber(campaign.endDate);
    if (from === null || toRaw === null) continue;
    const to = Math.max(from, toRaw);
    const inFrom = Math.max(from, first);
    const inTo = Math.min(to, last);
    if (inTo < inFrom) continue;
    const share = (inTo - inFrom + 1) / (to - from + 1);
    pieces.push({
      ...campaign,
      startDate: isoOfDay(inFrom),
      endDate: isoOfDay(inTo),
      plannedBudget: campaign.plannedBudget * share,
      actualSpend: campaign.actualSpend * share,
    });
  }
  return pieces;
}
