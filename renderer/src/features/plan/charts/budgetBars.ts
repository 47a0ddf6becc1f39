import { budgetRollup } from '../../../../../shared/calendar/budgetRollup';
import type { Workspace } from '../../../../../shared/schema/workspace';
import { campaignsInMonths, monthRuns } from './periodCampaigns';
import type { CalendarText, CommonText } from '../../../../../shared/i18n/texts';
import type { PrintFormat } from '../../../kernel/charts/print/printFormat';

/** One group of bars: planned and actual spend in the plan period, and the allocation when there is one. */
export interface PrintBudgetBar {
  label: string;
  planned: number;
  actual: number;
  allocated: number | null;
  over: boolean;
}

/**
 * Planned vs actual by channel and by month for the plan period, from the same budgetRollup the
 * budget screen uses (all of the workspace's campaigns, as there: the annual budget is the
 * workspace's, not a strategy's). For a whole year the channel allocations apply; for a part of
 * the year they are left out, because an annual channel allocation says nothing about a quarter.
 * Monthly allocations are per month and always apply.
 */
export interface PrintBudgetBars {
  byChannel: PrintBudgetBar[] | null;
  byMonth: PrintBudgetBar[] | null;
}

const hasMoney = (bar: PrintBudgetBar) => bar.planned > 0 || bar.actual > 0 || (bar.allocated ?? 0) > 0;

export function budgetBars(
  workspace: Pick<Workspace, 'campaigns' | 'budgets'>,
  year: number,
  months: readonly number[],
  labels: CalendarText['printCharts'] & Pick<CommonText, 'channelTypes'>,
  format: PrintFormat,
): PrintBudgetBars {
  const runs = monthRuns(months);
  const periodMonths = runs.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, i) => first + i));
  if (periodMonths.length === 0) return { byChannel: null, byMonth: null };
  const wholeYear = periodMonths.length === 12;
  const yearRollup = budgetRollup(workspace, year);
  const period = wholeYear ? yearRollup : budgetRollup({ campaigns: campaignsInMonths(workspace.campaigns, year, periodMonths), budgets: [] }, year);

  // Channels nobody spends on or allocates to are left out: six empty groups would only crowd the chart.
  const byChannel = period.byChannel
    .map((line): PrintBudgetBar => ({
      label: line.channel === 'none' ? labels.noChannel : labels.channelTypes[line.channel],
      planned: line.planned,
      actual: line.actual,
      allocated: line.allocated,
      over: line.over,
    }))
    .filter(hasMoney);
  // Every month of the period stays, also an empty one: a gap in a timeline is information.
  const byMonth = yearRollup.byMonth
    .filter((line) => periodMonths.includes(line.month))
    .map((line): PrintBudgetBar => ({ label: format.month(line.month), planned: line.planned, actual: line.actual, allocated: line.allocated, over: line.over }));
  return {
    byChannel: byChannel.length > 0 ? byChannel : null,
    byMonth: byMonth.some(hasMoney) ? byMonth : null,
  };
}
