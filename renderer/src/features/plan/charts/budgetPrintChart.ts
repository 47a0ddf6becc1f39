import type { ChartConfiguration, LegendItem, ScriptableContext } from 'chart.js';
import { tickLines } from '../../../kernel/charts/tickLines';
import type { PrintBudgetBar } from './budgetBars';
import type { CalendarText } from '../../../../../shared/i18n/texts';
import { PRINT_COLORS, printGrid, printLegendLabels, printTicks } from '../../../kernel/charts/print/printChartTheme';
import type { PrintFormat } from '../../../kernel/charts/print/printFormat';
import { printPattern } from '../../../kernel/charts/print/printPatterns';
import { printValueLabels } from '../../../kernel/charts/print/printValueLabels';

const PLANNED = 0;
const ACTUAL = 1;
/**
 * Above this many groups (twelve months) there is no room for amounts over the bars: they would
 * have to stand upright and would collide with the allocation marks. The axis and the budget
 * tables carry the numbers there.
 */
const MAX_LABELLED_GROUPS = 7;

/**
 * Planned vs actual as grouped bars (budget-by-channel and budget-by-month), told apart without
 * colour: planned is solid and dark, actual light with diagonal stripes, and an over-budget actual
 * is cross-hatched with a heavy outline. Each bar has its amount written on it. The allocation, when
 * there is one, is a black stroke across the group: the limit, not money spent.
 */
export function budgetPrintConfig(bars: readonly PrintBudgetBar[], labels: CalendarText['printCharts'], format: PrintFormat): ChartConfiguration<'bar' | 'line', Array<number | null>> {
  const actualFill = printPattern('diagonal', PRINT_COLORS.actual, PRINT_COLORS.actualStripe);
  const overFill = printPattern('cross', PRINT_COLORS.over, PRINT_COLORS.overStripe);
  const hasAllocation = bars.some((bar) => bar.allocated !== null);
  const hasOver = bars.some((bar) => bar.over);
  const labelled = bars.length <= MAX_LABELLED_GROUPS;
  // Half a category wide: the stroke spans both bars of its group.
  const allocationRadius = (ctx: ScriptableContext<'line'>) => {
    const scale = ctx.chart.scales.x;
    return scale ? (scale.width / Math.max(1, bars.length)) * 0.42 : 10;
  };

  // Point styles, so the allocation's sample is a stroke like the mark itself and the others are boxes.
  const legend = [
    { text: labels.planned, fillStyle: PRINT_COLORS.planned, strokeStyle: PRINT_COLORS.planned, lineWidth: 1, pointStyle: 'rect' as const },
    { text: labels.actual, fillStyle: actualFill, strokeStyle: PRINT_COLORS.actualStripe, lineWidth: 1, pointStyle: 'rect' as const },
    ...(hasOver ? [{ text: labels.overBudget, fillStyle: overFill, strokeStyle: PRINT_COLORS.ink, lineWidth: 2.5, pointStyle: 'rect' as const }] : []),
    ...(hasAllocation ? [{ text: labels.allocation, fillStyle: PRINT_COLORS.ink, strokeStyle: PRINT_COLORS.ink, lineWidth: 3, pointStyle: 'line' as const }] : []),
  ].map((item): LegendItem => ({ ...item, fontColor: PRINT_COLORS.ink }));

  return {
    type: 'bar',
    data: {
      labels: bars.map((bar) => tickLines(bar.label)),
      datasets: [
        {
          type: 'bar',
          label: labels.planned,
          data: bars.map((bar) => bar.planned),
          backgroundColor: PRINT_COLORS.planned,
          borderColor: PRINT_COLORS.planned,
          borderWidth: 1,
          order: 2,
        },
        {
          type: 'bar',
          label: labels.actual,
          data: bars.map((bar) => bar.actual),
          backgroundColor: bars.map((bar) => (bar.over ? overFill : actualFill)),
          borderColor: bars.map((bar) => (bar.over ? PRINT_COLORS.ink : PRINT_COLORS.actualStripe)),
          borderWidth: bars.map((bar) => (bar.over ? 2.5 : 1)),
          order: 2,
        },
        ...(hasAllocation ? [{
          type: 'line' as const,
          label: labels.allocation,
          data: bars.map((bar) => bar.allocated),
          showLine: false,
          pointStyle: 'line' as const,
          pointRadius: allocationRadius,
          borderColor: PRINT_COLORS.ink,
          borderWidth: 3,
          // Drawn over the bars, so the limit is seen also where a bar passes it.
          order: 1,
        }] : []),
      ],
    },
    options: {
      datasets: { bar: { categoryPercentage: 0.84, barPercentage: 0.92 } },
      scales: {
        x: { grid: { display: false }, border: { color: PRINT_COLORS.axis }, ticks: { ...printTicks(), autoSkip: false, maxRotation: 0 } },
        y: {
          beginAtZero: true,
          // Headroom for the amounts written above the tallest bars.
          grace: labelled ? '12%' : 0,
          grid: printGrid(),
          border: { color: PRINT_COLORS.axis },
          ticks: { ...printTicks(), callback: (value) => format.compactMoney(Number(value)), maxTicksLimit: 6 },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { ...printLegendLabels(), usePointStyle: true, pointStyleWidth: 22, generateLabels: () => legend } },
        tooltip: { enabled: false },
      },
    },
    plugins: labelled ? [printValueLabels<'bar' | 'line'>((datasetIndex, index) => {
      const bar = bars[index];
      if (!bar || (datasetIndex !== PLANNED && datasetIndex !== ACTUAL)) return null;
      const value = datasetIndex === PLANNED ? bar.planned : bar.actual;
      return value > 0 ? format.compactMoney(value) : null;
    })] : [],
  };
}
