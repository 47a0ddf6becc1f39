/**
 * Names of the chart images the renderer draws for the plan and the print writers place.
 * Per strategy: `${kind}:${strategyId}`; plan-wide: the budget charts.
 */
export const STRATEGY_CHART_KINDS = ['market-size', 'perceptual-map', 'break-even', 'channel-mix'] as const;
export type StrategyChartKind = (typeof STRATEGY_CHART_KINDS)[number];

export const strategyChartKey = (kind: StrategyChartKind, strategyId: string) => `${kind}:${strategyId}`;

export const BUDGET_CHART_KEYS = {
  /** Planned vs actual by channel (bars). */
  byChannel: 'budget-by-channel',
  /** Planned vs actual by month of the plan year (bars or lines). */
  byMonth: 'budget-by-month',
} as const;

/** Print size of every chart image, in CSS pixels at 96 dpi; drawn at 3x for print sharpness. */
export const PRINT_CHART_SIZE = { width: 640, height: 320 } as const;
export const PRINT_CHART_SCALE = 3;
