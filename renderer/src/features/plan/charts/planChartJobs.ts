import type { ChartConfiguration } from 'chart.js';
import { BUDGET_CHART_KEYS, strategyChartKey } from '../../../../../shared/plan/print/chartKeys';
import type { UiLanguage } from '../../../../../shared/schema/primitives';
import type { Strategy } from '../../../../../shared/schema/strategy';
import type { Workspace } from '../../../../../shared/schema/workspace';
import { calendarTexts, commonTexts, strategyTexts, type CalendarText, type CommonText, type StrategyText } from '../../../../../shared/i18n/texts';
import { breakEvenPrintConfig, breakEvenPrintData } from './breakEvenPrintChart';
import { budgetBars } from './budgetBars';
import { budgetPrintConfig } from './budgetPrintChart';
import { channelMixPrintConfig, channelMixPrintData } from './channelMixPrintChart';
import { marketSizePrintConfig, marketSizePrintData } from './marketSizePrintChart';
import { perceptualMapPrintConfig, perceptualMapPrintData } from './perceptualMapPrintChart';
import { printFormat } from '../../../kernel/charts/print/printFormat';

export interface RenderPlanChartsInput {
  /** The plan's strategies, in plan order. */
  strategies: readonly Strategy[];
  workspace: Pick<Workspace, 'campaigns' | 'budgets' | 'settings'>;
  /** The plan year. */
  year: number;
  /** Months of the plan period, 1–12 (a quarter: three of them). */
  months: readonly number[];
  /** The plan's language: every word on the charts is in it. */
  language: UiLanguage;
  /** Optional wording overrides over the words in shared/i18n (`strategy.printCharts`, `calendar.printCharts`). */
  labels?: Partial<PrintChartWords>;
}

/** Every word the print charts draw: the strategy charts' and the budget charts'. */
export type PrintChartWords = StrategyText['printCharts'] & CalendarText['printCharts'] & Pick<CommonText, 'channelTypes'>;

/** One chart to draw: its key (chartKeys.ts) and its configuration, built only when it is drawn. */
export interface PlanChartJob {
  key: string;
  config: () => ChartConfiguration;
}

/**
 * Which charts the plan has, with their data already prepared. A chart without data (no sizes, no
 * placed points, no break-even, no channel shares, no spend or allocation in the period) gets no
 * job, so its key is missing and the print writers leave the image out. Building the configuration
 * waits for drawing time because pattern fills need a canvas.
 */
export function planChartJobs(input: RenderPlanChartsInput): PlanChartJob[] {
  const labels: PrintChartWords = { ...strategyTexts[input.language].printCharts, ...calendarTexts[input.language].printCharts, channelTypes: commonTexts[input.language].channelTypes, ...input.labels };
  const jobs: PlanChartJob[] = [];
  const add = <T>(key: string, data: T | null, build: (data: T) => ChartConfiguration) => {
    if (data !== null) jobs.push({ key, config: () => build(data) });
  };
  for (const strategy of input.strategies) {
    const format = printFormat(strategy.currency, input.language);
    add(strategyChartKey('market-size', strategy.id), marketSizePrintData(strategy, labels, format), (data) => marketSizePrintConfig(data, labels, format));
    add(strategyChartKey('perceptual-map', strategy.id), perceptualMapPrintData(strategy, labels), (data) => perceptualMapPrintConfig(data, labels));
    add(strategyChartKey('break-even', strategy.id), breakEvenPrintData(strategy, labels, format), (data) => breakEvenPrintConfig(data, labels, format));
    add(strategyChartKey('channel-mix', strategy.id), channelMixPrintData(strategy, labels, format), (slices) => channelMixPrintConfig(slices));
  }
  const format = printFormat(input.workspace.settings.currency, input.language);
  const budget = budgetBars(input.workspace, input.year, input.months, labels, format);
  add(BUDGET_CHART_KEYS.byChannel, budget.byChannel, (bars) => budgetPrintConfig(bars, labels, format));
  add(BUDGET_CHART_KEYS.byMonth, budget.byMonth, (bars) => budgetPrintConfig(bars, labels, format));
  return jobs;
}
