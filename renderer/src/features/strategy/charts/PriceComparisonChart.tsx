import type { ChartData, ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { Chart } from 'react-chartjs-2';
import { ChartFrame, DEFAULT_CHART_HEIGHT } from '../../../kernel/charts/ChartFrame';
import { baseOptions, gridTheme, tooltipTheme } from '../../../kernel/charts/chartTheme';
import { hatchPattern } from '../../../kernel/charts/hatchPattern';
import { tickLines } from '../../../kernel/charts/tickLines';
import { useChartColors } from '../../../kernel/charts/useChartColors';

export interface PriceBar {
  key: string;
  label: string;
  price: number;
  kind: 'own' | 'competitor';
}

export interface PriceComparisonChartProps {
  bars: PriceBar[];
  labels: { own: string; competitor: string };
  formatMoney: (n: number) => string;
  ariaLabel: string;
  height?: number;
}

/**
 * Own price tiers next to competitors' prices, in the order given. Two datasets (own, competitor)
 * give the legend its two entries; each bar has a value in only one of them, and `grouped: false`
 * keeps every bar centred on its own category instead of leaving room for the empty twin.
 */
export function PriceComparisonChart({ bars, labels, formatMoney, ariaLabel, height = DEFAULT_CHART_HEIGHT }: PriceComparisonChartProps) {
  const colors = useChartColors();
  const competitorFill = useMemo(() => hatchPattern(colors.competitor, colors.surface), [colors]);

  const data = useMemo<ChartData<'bar', Array<number | null>>>(() => {
    const valuesOf = (kind: PriceBar['kind']) => bars.map((bar) => (bar.kind === kind ? bar.price : null));
    const bar = { grouped: false, borderWidth: 1.5, borderRadius: 3, maxBarThickness: 56 };
    return {
      labels: bars.map((entry) => entry.label),
      datasets: [
        { ...bar, label: labels.own, data: valuesOf('own'), backgroundColor: colors.own, borderColor: colors.own },
        { ...bar, label: labels.competitor, data: valuesOf('competitor'), backgroundColor: competitorFill, borderColor: colors.competitor },
      ],
    };
  }, [bars, labels, colors, competitorFill]);

  const options = useMemo<ChartOptions<'bar'>>(() => ({
    ...baseOptions(colors),
    // The category under the pointer; thin (cheap) bars need not be hit exactly.
    interaction: { mode: 'index', axis: 'x', intersect: false },
    scales: {
      x: {
        grid: { display: false },
        border: { color: colors.axis },
        ticks: {
          color: colors.text,
          // Every bar needs its name: never skip labels; wrap them, and tilt only when even that does not fit.
          autoSkip: false,
          maxRotation: 45,
          callback(value) {
            return tickLines(this.getLabelForValue(Number(value)));
          },
        },
      },
      y: {
        beginAtZero: true,
        grid: gridTheme(colors),
        border: { color: colors.grid },
        // Whole amounts only, or a 0–1 axis (no bars yet) repeats "$0" and "$1" when formatted.
        ticks: { color: colors.mutedText, callback: (value) => formatMoney(Number(value)), precision: 0, maxTicksLimit: 6 },
      },
    },
    plugins: {
      legend: { position: 'bottom', labels: { color: colors.text, boxWidth: 14, boxHeight: 14 } },
      tooltip: {
        ...tooltipTheme(colors),
        // Each category has a value in one dataset only; the other's empty slot is no "$0".
        filter: (item) => item.raw !== null,
        callbacks: {
          label: (item) => `${item.dataset.label ?? ''}: ${formatMoney(item.parsed.y ?? 0)}`,
        },
      },
    },
  }), [colors, formatMoney]);

  return (
    <ChartFrame height={height}>
      <Chart type="bar" data={data} options={options} role="img" aria-label={ariaLabel} />
    </ChartFrame>
  );
}
