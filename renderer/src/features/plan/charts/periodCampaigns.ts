import { campaignsInRange } from '../../../../../shared/plan/print/campaignsInRange';
import type { Campaign } from '../../../../../shared/schema/campaign';

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

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The campaigns' pieces inside some months of one year, money scaled to the days inside: the
 * same cut the plan's budget tables make (campaignsInRange), once per run of months, so the
 * budget charts and tables always agree.
 */
export function campaignsInMonths(campaigns: readonly Campaign[], year: number, months: readonly number[]): Campaign[] {
  return monthRuns(months).flatMap(([first, last]) => {
    const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
    return campaignsInRange(campaigns, `${year}-${pad(first)}-01`, `${year}-${pad(last)}-${pad(lastDay)}`);
  });
}
