import type { ChartData, ChartOptions } from 'chart.js';
import { useMemo } from 'react';
import { Chart } from 'react-chartjs-2';
import { ChartFrame, DEFAULT_CHART_HEIGHT } from '../../../kernel/charts/ChartFrame';
import { baseOptions, gridTheme, tooltipTheme } from '../../../kernel/charts/chartTheme';
import { useChartColors } from '../../../kernel/charts/useChartColors';

export interface MarketSizeChartProps {
  tam: number | null;
  sam: number | null;
  som: number | null;
  labels: { tam: string; sam: string; som: string };
  formatValue: (n: number) => string;
  ariaLabel: string;
  height?: number;
}

/** Shown in the tooltip of a size that has not been entered, instead of a misleading 0. */
const MISSING = '—';

/**
 * TAM → SAM → SOM as horizontal bars, widest first, so the narrowing reads like a funnel. The
 * value axis starts at 0 so bar lengths compare honestly. A missing size is a 0-length bar:
 * its row (and label) stays, so the three rows never shift around while the user types.
 */
export function MarketSizeChart({ tam, sam, som, labels, formatValue, ariaLabel, height = DEFAULT_CHART_HEIGHT }: MarketSizeChartProps) {
  const colors = useChartColors();
  const values = useMemo(() => [tam, sam, som], [tam, sam, som]);

  const data = useMemo<ChartData<'bar', number[]>>(() => ({
    labels: [labels.tam, labels.sam, labels.som],
    datasets: [{
      label: 'size',
      data: values.map((value) => value ?? 0),
      // Light to strong, so the focus (SOM) stands out, also in grayscale.
      backgroundColor: [...colors.sequential],
      borderColor: colors.sequential[2],
      borderWidth: 1,
      borderRadius: 3,
      maxBarThickness: 48,
    }],
  }), [labels, values, colors]);

  const options = useMemo<ChartOptions<'bar'>>(() => ({
    ...baseOptions(colors),
    indexAxis: 'y',
    // Hovering anywhere on a row shows it, also a missing (0-length) one, which has nothing to hit.
    interaction: { mode: 'index', axis: 'y', intersect: false },
    scales: {
      x: {
        beginAtZero: true,
        grid: gridTheme(colors),
        border: { color: colors.grid },
        // Long formatted amounts: drop ticks that would collide rather than tilt them. Whole numbers
        // only: with nothing entered the axis spans 0–1, and 0.2-steps would all format as "$0"/"$1".
        ticks: {
          color: colors.mutedText, callback: (value) => formatValue(Number(value)),
          precision: 0, maxTicksLimit: 6, maxRotation: 0, autoSkipPadding: 16,
        },
      },
      y: {
        grid: { display: false },
        border: { color: colors.axis },
        ticks: { color: colors.text, font: { weight: 'bold' } },
      },
    },
    plugins: {
      legend: { display: false },
      tooltip: {
        ...tooltipTheme(colors),
        callbacks: {
          label: (item) => {
            const value = values[item.dataIndex];
            return value === null || value === undefined ? MISSING : formatValue(value);
          },
        },
      },
    },
  }), [colors, formatValue, values]);

  return (
    <ChartFrame height={height}>
      <Chart type="bar" data={data} options={options} role="img" aria-label={ariaLabel} />
    </ChartFrame>
  );
}
