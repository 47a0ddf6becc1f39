import { Chart as ChartJS, type ChartData, type ChartOptions, type LegendItem } from 'chart.js';
import { useMemo } from 'react';
import { Chart } from 'react-chartjs-2';
import type { BudgetLine } from '../../../../../shared/calendar/budgetRollup';
// Registers the chart.js parts (bar controller, scales, tooltip, legend) the strategy charts share.
import '../../../kernel/charts/chartSetup';
import { ChartFrame, DEFAULT_CHART_HEIGHT } from '../../../kernel/charts/ChartFrame';
import { axisTitle, baseOptions, gridTheme, tooltipTheme } from '../../../kernel/charts/chartTheme';
import { tickLines } from '../../../kernel/charts/tickLines';
import { useChartColors } from '../../../kernel/charts/useChartColors';

export interface BudgetBar extends BudgetLine {
  label: string;
  /** Shorter text under the bar (Jan for January); the tooltip shows `label`. */
  tick?: string;
}

export interface BudgetBarChartProps {
  bars: readonly BudgetBar[];
  labels: { planned: string; actual: string; allocation: string; overBudget: string };
  formatValue: (n: number) => string;
  formatTick: (n: number) => string;
  ariaLabel: string;
  height?: number;
}

/**
 * Planned vs. actual as grouped bars, with the allocation as a third, outlined bar so it reads as
 * the limit rather than as money spent. An over-budget category's actual bar turns red with a
 * thick border, so it stands out in colour and in grayscale print alike.
 */
export function BudgetBarChart({ bars, labels, formatValue, formatTick, ariaLabel, height = DEFAULT_CHART_HEIGHT }: BudgetBarChartProps) {
  const colors = useChartColors();

  const data = useMemo<ChartData<'bar', Array<number | null>>>(() => ({
    labels: bars.map((bar) => tickLines(bar.tick ?? bar.label)),
    datasets: [
      { label: labels.planned, data: bars.map((bar) => bar.planned), backgroundColor: colors.series[0], borderColor: colors.series[0], borderWidth: 1 },
      {
        label: labels.actual,
        data: bars.map((bar) => bar.actual),
        // Scriptable rather than arrays: the legend resolves these without a bar index and so shows the normal colour.
        backgroundColor: (context) => (bars[context.dataIndex]?.over ? colors.cost : colors.series[2]),
        borderColor: (context) => (bars[context.dataIndex]?.over ? colors.text : colors.series[2]),
        borderWidth: (context) => (bars[context.dataIndex]?.over ? 2 : 1),
      },
      {
        label: labels.allocation,
        data: bars.map((bar) => bar.allocated),
        backgroundColor: 'transparent',
        borderColor: colors.axis,
        borderWidth: 2,
      },
    ],
  }), [bars, labels, colors]);

  const options = useMemo<ChartOptions<'bar'>>(() => ({
    ...baseOptions(colors),
    interaction: { mode: 'index', intersect: false },
    scales: {
      x: { grid: { display: false }, ticks: { color: colors.mutedText, autoSkip: false, maxRotation: 0 } },
      y: {
        beginAtZero: true,
        grid: gridTheme(colors),
        ticks: { color: colors.mutedText, callback: (value) => formatTick(Number(value)) },
        title: axisTitle(colors, ''),
      },
    },
    plugins: {
      legend: {
        position: 'bottom',
        labels: {
          color: colors.text, boxWidth: 14, boxHeight: 14, padding: 12,
          // The actual swatch in its normal colour, plus a red "over budget" swatch when a bar is red.
          generateLabels: (chart) => {
            const items: LegendItem[] = ChartJS.defaults.plugins.legend.labels.generateLabels(chart)
              .map((item) => (item.datasetIndex === 1 ? { ...item, fillStyle: colors.series[2], strokeStyle: colors.series[2], lineWidth: 1 } : item));
            if (bars.some((bar) => bar.over)) {
              items.push({ text: labels.overBudget, fillStyle: colors.cost, strokeStyle: colors.text, lineWidth: 2, fontColor: colors.text, hidden: false });
            }
            return items;
          },
        },
        // The "over budget" entry is a key, not a dataset: clicking it must not toggle anything.
        onClick: (event, item, legend) => {
          if (item.datasetIndex !== undefined) ChartJS.defaults.plugins.legend.onClick.call(legend, event, item, legend);
        },
      },
      tooltip: {
        ...tooltipTheme(colors),
        usePointStyle: false,
        callbacks: {
          title: (items) => bars[items[0]?.dataIndex ?? 0]?.label ?? '',
          label: (item) => (item.raw === null ? '' : `${item.dataset.label ?? ''}: ${formatValue(Number(item.raw))}`),
          footer: (items) => (bars[items[0]?.dataIndex ?? 0]?.over ? labels.overBudget : ''),
        },
      },
    },
  }), [colors, bars, labels, formatValue, formatTick]);

  return (
    <ChartFrame height={height}>
      <Chart type="bar" data={data} options={options} role="img" aria-label={ariaLabel} />
    </ChartFrame>
  );
}
