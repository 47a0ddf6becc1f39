import type { Campaign, MarketingBudget } from '../schema/campaign';
import { channelType } from '../schema/strategy';
import type { ChannelType } from './campaignFilter';
import { isOverBudget, roundMoney, toCents } from './campaignMetrics';

/**
 * Planned vs. actual marketing money for one calendar year, by channel and by month, against the
 * year's annual budget (年度营销预算). The rules, so the charts and the numbers agree:
 *
 * - A campaign's planned budget and actual spend are spread evenly over its days (start..end,
 *   both inclusive, UTC calendar days); only the days inside `year` count. A campaign running
 *   2025-12-01..2026-01-31 puts half of its money (31 of 62 days) in 2026, all of it in January.
 * - Within a day the money is split evenly across the campaign's channels; a campaign without a
 *   channel is counted under 'none' (the 'none' line appears only when such a campaign touches
 *   the year).
 * - Cancelled campaigns contribute their actual spend (money already gone) but no planned budget.
 * - `allocated` comes from the year's budget: per channel, the sum of its byChannel amounts for
 *   that channel (null when the budget lists none for it, and always null for 'none'); per month,
 *   byMonth[month − 1] (null when the list is shorter). With no budget for the year everything
 *   allocated is null and so is `total` / `remaining`.
 * - `over` = allocated !== null && actual > allocated by more than one cent.
 * - Sums are kept unrounded and rounded to cents only at the end, so float noise does not appear;
 *   the rounded lines may therefore differ from the rounded totals by a cent.
 * - overBudgetCampaignIds: campaigns touching the year whose own actual spend exceeds their own
 *   planned budget (isOverBudget), in input order — including cancelled ones that spent too much.
 *
 * Cost is O(campaigns × 12): per campaign only the overlap with each month is computed.
 */

export interface BudgetLine { allocated: number | null; planned: number; actual: number; over: boolean }
export interface BudgetRollup {
  year: number;
  /** The year's marketingBudget.total, or null when the workspace has no budget for that year. */
  total: number | null;
  plannedTotal: number;
  actualTotal: number;
  /** total − actualTotal; null without a budget. */
  remaining: number | null;
  /** Every channel type in schema order, then 'none' only when some campaign in the year has no channel. */
  byChannel: Array<BudgetLine & { channel: ChannelType | 'none' }>;
  /** 12 entries, month 1..12 of the calendar year. */
  byMonth: Array<BudgetLine & { month: number }>;
  overBudgetCampaignIds: string[];
}

const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 for "YYYY-MM-DD", or null when the text is not shaped like one. Plain
 * arithmetic (H. Hinnant's days_from_civil) instead of a RegExp and Date.UTC: this runs twice per
 * campaign on every budget render.
 */
function dayNumber(iso: string): number | null {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const y = digits(iso, 0, 4);
  const m = digits(iso, 5, 7);
  const d = digits(iso, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1) return null;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function digits(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function line(allocated: number | null, planned: number, actual: number): BudgetLine {
  const roundedAllocated = allocated === null ? null : roundMoney(allocated);
  const roundedActual = roundMoney(actual);
  return {
    allocated: roundedAllocated,
    planned: roundMoney(planned),
    actual: roundedActual,
    over: roundedAllocated !== null && toCents(roundedActual) > toCents(roundedAllocated) + 1,
  };
}

export function budgetRollup(
  data: { campaigns: readonly Campaign[]; budgets: readonly MarketingBudget[] },
  year: number,
): BudgetRollup {
  const channels = channelType.options;
  const channelIndex = new Map<string, number>(channels.map((c, i) => [c, i]));
  const NONE = channels.length;
  // First day of each month of the year, plus the first day of the next year (13 boundaries).
  const monthStart = Array.from({ length: 13 }, (_, m) => Date.UTC(year, m, 1) / DAY_MS);
  const yearFirst = monthStart[0]!;
  const yearLast = monthStart[12]! - 1;

  const plannedByChannel = new Array<number>(channels.length + 1).fill(0);
  const actualByChannel = new Array<number>(channels.length + 1).fill(0);
  const plannedByMonth = new Array<number>(12).fill(0);
  const actualByMonth = new Array<number>(12).fill(0);
  let plannedTotal = 0;
  let actualTotal = 0;
  let hasNone = false;
  const overBudgetCampaignIds: string[] = [];

  for (const campaign of data.campaigns) {
    const start = dayNumber(campaign.startDate);
    let end = dayNumber(campaign.endDate);
    if (start === null || end === null) continue; // schema-invalid record: nothing sensible to spread
    if (end < start) end = start; // defensive: the schema forbids it, count it as a one-day campaign
    if (end < yearFirst || start > yearLast) continue;

    const days = end - start + 1;
    const planned = campaign.status === 'cancelled' ? 0 : campaign.plannedBudget;
    const plannedPerDay = planned / days;
    const actualPerDay = campaign.actualSpend / days;
    const from = Math.max(start, yearFirst);
    const to = Math.min(end, yearLast);
    for (let m = monthOf(from), last = monthOf(to); m <= last; m++) {
      const overlap = Math.min(to, monthStart[m + 1]! - 1) - Math.max(from, monthStart[m]!) + 1;
      if (overlap <= 0) continue;
      plannedByMonth[m]! += plannedPerDay * overlap;
      actualByMonth[m]! += actualPerDay * overlap;
    }
    const daysInYear = to - from + 1;
    const plannedInYear = plannedPerDay * daysInYear;
    const actualInYear = actualPerDay * daysInYear;
    plannedTotal += plannedInYear;
    actualTotal += actualInYear;

    const channelCount = campaign.channels.length;
    if (channelCount === 0) {
      hasNone = true;
      plannedByChannel[NONE]! += plannedInYear;
      actualByChannel[NONE]! += actualInYear;
    } else {
      for (const channel of campaign.channels) {
        const index = channelIndex.get(channel) ?? NONE; // an unknown id (schema-invalid data) counts as 'none'
        if (index === NONE) hasNone = true;
        plannedByChannel[index]! += plannedInYear / channelCount;
        actualByChannel[index]! += actualInYear / channelCount;
      }
    }
    if (isOverBudget(campaign)) overBudgetCampaignIds.push(campaign.id);
  }

  function monthOf(day: number): number {
    // Month index 0..11 of a day inside the year (binary search is overkill for 12 entries).
    let m = 0;
    while (m < 11 && day >= monthStart[m + 1]!) m++;
    return m;
  }

  const budget = data.budgets.find((b) => b.year === year) ?? null;
  const allocatedByChannel = new Map<string, number>();
  for (const entry of budget?.byChannel ?? []) {
    allocatedByChannel.set(entry.channel, (allocatedByChannel.get(entry.channel) ?? 0) + entry.amount);
  }

  const byChannel: BudgetRollup['byChannel'] = channels.map((channel, i) => ({
    channel,
    ...line(allocatedByChannel.get(channel) ?? null, plannedByChannel[i]!, actualByChannel[i]!),
  }));
  if (hasNone) byChannel.push({ channel: 'none', ...line(null, plannedByChannel[NONE]!, actualByChannel[NONE]!) });

  const byMonth: BudgetRollup['byMonth'] = plannedByMonth.map((planned, i) => ({
    month: i + 1,
    ...line(budget?.byMonth[i] ?? null, planned, actualByMonth[i]!),
  }));

  const total = budget ? roundMoney(budget.total) : null;
  const roundedActualTotal = roundMoney(actualTotal);
  return {
    year,
    total,
    plannedTotal: roundMoney(plannedTotal),
    actualTotal: roundedActualTotal,
    remaining: total === null ? null : roundMoney(total - actualTotal),
    byChannel,
    byMonth,
    overBudgetCampaignIds,
  };
}
