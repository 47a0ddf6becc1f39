import type { Campaign } from '../../../../shared/schema/campaign';

/**
 * The part of each campaign that falls inside some months of one year, with its money scaled to
 * the days inside, so budgetRollup can sum a quarter's planned and actual spend by channel. The
 * rollup spreads a campaign's money evenly over its days; cutting the campaign at the period's
 * edges and keeping the same money per day gives exactly the rollup's numbers for those months.
 */

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? null : time / DAY_MS;
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Runs of consecutive months, sorted and without repeats: [1, 2, 3, 7] → [[1, 3], [7, 7]]. Months outside 1–12 are ignored. */
export function monthRuns(months: readonly number[]): Array<[number, number]> {
  const sorted = [...new Set(months)].filter((m) => Number.isInteger(m) && m >= 1 && m <= 12).sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const month of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === month - 1) last[1] = month;
    else runs.push([month, month]);
  }
  return runs;
}

/**
 * One piece per campaign and run of months it overlaps; campaigns outside the period are left out.
 * A piece keeps the campaign's id, status and channels, so the rollup treats it as the campaign.
 */
export function campaignsInMonths(campaigns: readonly Campaign[], year: number, months: readonly number[]): Campaign[] {
  const runs = monthRuns(months).map(([first, last]) => [Date.UTC(year, first - 1, 1) / DAY_MS, Date.UTC(year, last, 1) / DAY_MS - 1] as const);
  const pieces: Campaign[] = [];
  for (const campaign of campaigns) {
    const start = dayNumber(campaign.startDate);
    const end = dayNumber(campaign.endDate);
    if (start === null || end === null) continue;
    const last = Math.max(start, end);
    const days = last - start + 1;
    for (const [runStart, runEnd] of runs) {
      const from = Math.max(start, runStart);
      const to = Math.min(last, runEnd);
      if (to < from) continue;
      const share = (to - from + 1) / days;
      pieces.push({
        ...campaign,
        startDate: isoDay(from),
        endDate: isoDay(to),
        plannedBudget: campaign.plannedBudget * share,
        actualSpend: campaign.actualSpend * share,
      });
    }
  }
  return pieces;
}
