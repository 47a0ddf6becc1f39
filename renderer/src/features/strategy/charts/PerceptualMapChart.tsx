import type { Chart as ChartJS, ChartData, ChartOptions, Plugin, ScriptableScaleContext } from 'chart.js';
import { useMemo, useRef } from 'react';
import { Chart } from 'react-chartjs-2';
import { ChartFrame, DEFAULT_CHART_HEIGHT } from '../../../kernel/charts/ChartFrame';
import { axisTitle, baseOptions, tooltipTheme } from '../../../kernel/charts/chartTheme';
import { useChartColors } from '../../../kernel/charts/useChartColors';
import { usePointDrag, type DragBounds } from './usePointDrag';
import { valueLabelsPlugin } from '../../../kernel/charts/valueLabelsPlugin';

export interface PerceptualMapEntry {
  key: string;
  kind: 'own' | 'competitor';
  label: string;
  x: number;
  y: number;
}

export interface PerceptualMapChartProps {
  entries: PerceptualMapEntry[];
  xAxis: { low: string; high: string };
  yAxis: { low: string; high: string };
  /** Called once per drag, on release, with the new position (0–10, one decimal). Absent: read-only. */
  onMove?: (key: string, x: number, y: number) => void;
  ariaLabel: string;
  height?: number;
}

interface MapPoint {
  key: string;
  label: string;
  x: number;
  y: number;
}

const BOUNDS: DragBounds = { min: 0, max: 10 };
const CENTRE = (BOUNDS.min + BOUNDS.max) / 2;
/** Pixels a marker may reach past the plot area: points at 0 or 10 are drawn whole, not cut in half. */
const MARKER_ROOM = 12;
// Module-level so react-chartjs-2 sees the same array on every render (it reads plugins only once).
const PLUGINS: Plugin<'scatter'>[] = [valueLabelsPlugin];

function toPoint(entry: PerceptualMapEntry): MapPoint {
  return { key: entry.key, label: entry.label, x: entry.x, y: entry.y };
}

function axisLabel(axis: { low: string; high: string }): string {
  return `${axis.low}  ←  →  ${axis.high}`;
}

/**
 * Positioning map: own product(s) against competitors on two 0–10 attributes, split into
 * quadrants at 5/5. Own points are large diamonds and competitors circles, so the two stay
 * apart in grayscale print. With `onMove`, points can be dragged (see usePointDrag).
 */
export function PerceptualMapChart({ entries, xAxis, yAxis, onMove, ariaLabel, height = DEFAULT_CHART_HEIGHT }: PerceptualMapChartProps) {
  const colors = useChartColors();
  const chartRef = useRef<ChartJS<'scatter', MapPoint[]> | null>(null);
  const dragHandlers = usePointDrag(chartRef, BOUNDS, onMove);
  // Strings, not the axis objects, as memo inputs: parents usually build those objects inline.
  const xTitle = axisLabel(xAxis);
  const yTitle = axisLabel(yAxis);

  // New arrays whenever entries change (an undo, another edit): the chart then shows those positions.
  const data = useMemo<ChartData<'scatter', MapPoint[]>>(() => ({
    datasets: [
      // Own first: chart.js draws dataset 0 last, i.e. on top, and labels it first (best spot).
      // Labels here are react-chartjs-2's dataset ids (never shown: no legend, custom tooltip).
      {
        label: 'own',
        clip: MARKER_ROOM,
        data: entries.filter((entry) => entry.kind === 'own').map(toPoint),
        pointStyle: 'rectRot',
        pointRadius: 9,
        pointHoverRadius: 10,
        pointHitRadius: 6,
        backgroundColor: colors.own,
        borderColor: colors.surface,
        borderWidth: 2,
      },
      {
        label: 'competitor',
        clip: MARKER_ROOM,
        data: entries.filter((entry) => entry.kind === 'competitor').map(toPoint),
        pointStyle: 'circle',
        pointRadius: 6,
        pointHoverRadius: 7,
        pointHitRadius: 8,
        backgroundColor: colors.competitor,
        borderColor: colors.surface,
        borderWidth: 1.5,
      },
    ],
  }), [entries, colors]);

  const options = useMemo<ChartOptions<'scatter'>>(() => {
    // The 5/5 cross splits the map into quadrants, so its lines are drawn stronger than the grid.
    const gridColor = (ctx: ScriptableScaleContext) => (ctx.tick.value === CENTRE ? colors.axis : colors.grid);
    const gridWidth = (ctx: ScriptableScaleContext) => (ctx.tick.value === CENTRE ? 2 : 1);
    const scale = (title: string) => ({
      type: 'linear' as const,
      min: BOUNDS.min,
      max: BOUNDS.max,
      // Positions are relative judgements, not measurements: grid lines help, numbers would not.
      ticks: { stepSize: 1, display: false },
      grid: { color: gridColor, lineWidth: gridWidth, drawTicks: false },
      border: { color: colors.grid },
      title: axisTitle(colors, title),
    });
    return {
      ...baseOptions(colors),
      // Room above and right of the plot for markers sitting on the 10 edges (see `clip` on the datasets).
      layout: { padding: { top: MARKER_ROOM, right: MARKER_ROOM } },
      scales: { x: scale(xTitle), y: scale(yTitle) },
      plugins: {
        legend: { display: false },
        tooltip: {
          ...tooltipTheme(colors),
          callbacks: {
            title: () => '',
            label: (item) => {
              const point = item.raw as MapPoint;
              return `${point.label}: ${point.x.toFixed(1)} / ${point.y.toFixed(1)}`;
            },
          },
        },
        valueLabels: { color: colors.text, backgroundColor: colors.surface },
      },
    };
  }, [colors, xTitle, yTitle]);

  return (
    <ChartFrame height={height}>
      <Chart
        ref={chartRef}
        type="scatter"
        data={data}
        options={options}
        plugins={PLUGINS}
        role="img"
        aria-label={ariaLabel}
        {...dragHandlers}
      />
    </ChartFrame>
  );
}
