import type { ChartData, ChartOptions, LegendItem, PointStyle } from 'chart.js';
import { useMemo } from 'react';
import { Chart } from 'react-chartjs-2';
import { ChartFrame, DEFAULT_CHART_HEIGHT } from '../../../kernel/charts/ChartFrame';
import { axisTitle, baseOptions, gridTheme, tooltipTheme } from '../../../kernel/charts/chartTheme';
import { useChartColors } from '../../../kernel/charts/useChartColors';

export interface BreakEvenChartProps {
  units: number[];
  revenue: number[];
  totalCost: number[];
  breakEvenUnits: number;
  labels: { revenue: string; totalCost: string; units: string; breakEven: string };
  formatMoney: (n: number) => string;
  formatUnits: (n: number) => string;
  ariaLabel: string;
  height?: number;
}

interface XY {
  x: number;
  y: number;
}

const COST_DASH = [7, 4];
const BREAK_EVEN_INDEX = 2;

/**
 * Revenue at `at`, read off the revenue line by linear interpolation (revenue is linear in units,
 * so this is exact between sample points). Null when `at` is outside the sampled range: a marker
 * off the drawn lines would float in empty space.
 */
function revenueAt(points: XY[], at: number): number | null {
  for (let i = 1; i < points.length; i += 1) {
    const a = points[i - 1];
    const b = points[i];
    if (at < Math.min(a.x, b.x) || at > Math.max(a.x, b.x)) continue;
    return b.x === a.x ? a.y : a.y + ((b.y - a.y) * (at - a.x)) / (b.x - a.x);
  }
  return points.length === 1 && points[0].x === at ? points[0].y : null;
}

/**
 * Revenue and total cost against units sold, and the point where they cross. Scatter datasets
 * with `showLine` give a true linear x axis (units need not be evenly spaced). Cost is dashed and
 * the break-even point is a large diamond, so all three survive grayscale print.
 */
export function BreakEvenChart({
  units, revenue, totalCost, breakEvenUnits, labels, formatMoney, formatUnits, ariaLabel, height = DEFAULT_CHART_HEIGHT,
}: BreakEvenChartProps) {
  const colors = useChartColors();

  const data = useMemo<ChartData<'scatter', XY[]>>(() => {
    const count = Math.min(units.length, revenue.length, totalCost.length);
    const revenuePoints = units.slice(0, count).map((x, i) => ({ x, y: revenue[i] }));
    const costPoints = units.slice(0, count).map((x, i) => ({ x, y: totalCost[i] }));
    const breakEvenY = Number.isFinite(breakEvenUnits) ? revenueAt(revenuePoints, breakEvenUnits) : null;
    const line = { showLine: true, borderWidth: 2.5, pointRadius: 0, pointHoverRadius: 4, pointHitRadius: 4 };
    return {
      datasets: [
        { ...line, label: labels.revenue, data: revenuePoints, borderColor: colors.revenue, backgroundColor: colors.revenue },
        { ...line, label: labels.totalCost, data: costPoints, borderColor: colors.cost, backgroundColor: colors.cost, borderDash: COST_DASH },
        {
          label: labels.breakEven,
          data: breakEvenY === null ? [] : [{ x: breakEvenUnits, y: breakEvenY }],
          pointStyle: 'rectRot',
          pointRadius: 9,
          pointHoverRadius: 10,
          backgroundColor: colors.breakEven,
          borderColor: colors.surface,
          borderWidth: 2,
        },
      ],
    };
  }, [units, revenue, totalCost, breakEvenUnits, labels, colors]);

  const options = useMemo<ChartOptions<'scatter'>>(() => {
    // Legend samples drawn as what they stand for: a solid line, a dashed line, the diamond.
    const legendStyle: Array<{ color: string; pointStyle: PointStyle; lineDash: number[] }> = [
      { color: colors.revenue, pointStyle: 'line', lineDash: [] },
      { color: colors.cost, pointStyle: 'line', lineDash: [4, 2] },
      { color: colors.breakEven, pointStyle: 'rectRot', lineDash: [] },
    ];
    return {
      ...baseOptions(colors),
      // Hovering anywhere above a units value shows revenue and cost there (scatter's default needs a hit).
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      scales: {
        x: {
          type: 'linear',
          // End the axis where the lines end, not at the next "nice" number past them.
          min: 0,
          max: units[units.length - 1],
          grid: gridTheme(colors),
          border: { color: colors.axis },
          ticks: { color: colors.mutedText, callback: (value) => formatUnits(Number(value)), precision: 0, maxTicksLimit: 8 },
          title: axisTitle(colors, labels.units),
        },
        y: {
          beginAtZero: true,
          grid: gridTheme(colors),
          border: { color: colors.axis },
          ticks: { color: colors.mutedText, callback: (value) => formatMoney(Number(value)), precision: 0, maxTicksLimit: 7 },
        },
      },
      plugins: {
        legend: {
          position: 'bottom',
          labels: {
            color: colors.text,
            usePointStyle: true,
            boxHeight: 14,
            // No break-even inside the drawn range (or none at all): no legend entry for a marker that is not there.
            filter: (item, legendData) => (legendData.datasets[item.datasetIndex ?? 0]?.data.length ?? 0) > 0,
            generateLabels: (chart) => chart.data.datasets.map((dataset, index): LegendItem => {
              const style = legendStyle[index] ?? legendStyle[0];
              const isLine = style.pointStyle === 'line';
              return {
                text: dataset.label ?? '',
                datasetIndex: index,
                hidden: !chart.isDatasetVisible(index),
                fontColor: colors.text,
                pointStyle: style.pointStyle,
                lineDash: style.lineDash,
                strokeStyle: isLine ? style.color : colors.surface,
                fillStyle: style.color,
                lineWidth: isLine ? 3 : 1,
              };
            }),
          },
        },
        tooltip: {
          ...tooltipTheme(colors),
          callbacks: {
            title: (items) => (items[0] ? `${labels.units}: ${formatUnits(items[0].parsed.x ?? 0)}` : ''),
            label: (item) => {
              const name = item.datasetIndex === BREAK_EVEN_INDEX ? labels.breakEven : (item.dataset.label ?? '');
              return `${name}: ${formatMoney(item.parsed.y ?? 0)}`;
            },
          },
        },
      },
    };
  }, [colors, labels, formatMoney, formatUnits, units]);

  return (
    <ChartFrame height={height}>
      <Chart type="scatter" data={data} options={options} role="img" aria-label={ariaLabel} />
    </ChartFrame>
  );
}
