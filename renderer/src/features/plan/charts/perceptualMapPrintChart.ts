import type { ChartConfiguration, ScriptableScaleContext } from 'chart.js';
import type { Strategy } from '../../../../../shared/schema/strategy';
import { MAP_MAX, MAP_MIN, mapEntries } from '../../../../../shared/strategy/perceptualMap';
import { valueLabelsPlugin } from '../../../kernel/charts/valueLabelsPlugin';
import type { StrategyText } from '../../../../../shared/i18n/texts';
import { PRINT_COLORS, font, PRINT_FONT, printAxisTitle, printLegendLabels } from '../../../kernel/charts/print/printChartTheme';

export interface MapPrintPoint {
  label: string;
  x: number;
  y: number;
}

export interface PerceptualMapPrintData {
  own: MapPrintPoint[];
  competitors: MapPrintPoint[];
  /** "Low ← → High" per axis; blank ends read as the generic low/high words. */
  xTitle: string;
  yTitle: string;
}

const CENTRE = (MAP_MIN + MAP_MAX) / 2;
/** Pixels a marker may reach past the plot area, so points on the 0 or 10 edge are drawn whole. */
const MARKER_ROOM = 14;

function axisTitle(axis: { low: string; high: string }, labels: StrategyText['printCharts']): string {
  return `${axis.low.trim() || labels.axisLow}  ←  →  ${axis.high.trim() || labels.axisHigh}`;
}

/**
 * Who is where on the positioning map, from the same mapEntries the map editor lists (so a
 * renamed competitor prints with its new name and a deleted one is gone). Null when nothing
 * has been placed.
 */
export function perceptualMapPrintData(strategy: Strategy, labels: StrategyText['printCharts']): PerceptualMapPrintData | null {
  const ownFallback = strategy.product.trim() || labels.ownProduct;
  const entries = mapEntries(strategy.positioning, strategy.research.competitors, ownFallback);
  const placed = entries.filter((entry) => entry.point !== null);
  if (placed.length === 0) return null;
  const point = (entry: (typeof placed)[number]): MapPrintPoint => ({ label: entry.label, x: entry.point!.x, y: entry.point!.y });
  return {
    own: placed.filter((entry) => entry.kind === 'own').map(point),
    competitors: placed.filter((entry) => entry.kind === 'competitor').map(point),
    xTitle: axisTitle(strategy.positioning.map.xAxis, labels),
    yTitle: axisTitle(strategy.positioning.map.yAxis, labels),
  };
}

/**
 * Own product as a large dark diamond, competitors as light circles with a dark ring: two shapes
 * and two lightnesses, so they stay apart in grey. Every point carries its name (valueLabelsPlugin,
 * the same placement rules as on screen), and the 5/5 cross is drawn stronger than the grid.
 */
export function perceptualMapPrintConfig(data: PerceptualMapPrintData, labels: StrategyText['printCharts']): ChartConfiguration<'scatter', MapPrintPoint[]> {
  const gridColor = (ctx: ScriptableScaleContext) => (ctx.tick.value === CENTRE ? PRINT_COLORS.axis : PRINT_COLORS.grid);
  const gridWidth = (ctx: ScriptableScaleContext) => (ctx.tick.value === CENTRE ? 2 : 1);
  const scale = (title: string) => ({
    type: 'linear' as const,
    min: MAP_MIN,
    max: MAP_MAX,
    // Positions are relative judgements, not measurements: grid lines help, numbers would not.
    ticks: { stepSize: 1, display: false },
    grid: { color: gridColor, lineWidth: gridWidth, drawTicks: false },
    border: { color: PRINT_COLORS.grid },
    title: printAxisTitle(title),
  });
  return {
    type: 'scatter',
    data: {
      datasets: [
        // Own first: chart.js draws dataset 0 on top, and the label plugin gives it the first pick of spots.
        {
          label: labels.ownProduct,
          clip: MARKER_ROOM,
          data: data.own,
          pointStyle: 'rectRot',
          pointRadius: 10,
          backgroundColor: PRINT_COLORS.own,
          borderColor: PRINT_COLORS.paper,
          borderWidth: 2,
        },
        {
          label: labels.competitor,
          clip: MARKER_ROOM,
          data: data.competitors,
          pointStyle: 'circle',
          pointRadius: 7,
          backgroundColor: PRINT_COLORS.competitor,
          borderColor: PRINT_COLORS.competitorRing,
          borderWidth: 2,
        },
      ],
    },
    options: {
      layout: { padding: { top: MARKER_ROOM, right: MARKER_ROOM } },
      scales: { x: scale(data.xTitle), y: scale(data.yTitle) },
      plugins: {
        legend: {
          position: 'right',
          labels: {
            ...printLegendLabels(),
            usePointStyle: true,
            // A legend line for a kind that is not on the map would explain nothing.
            filter: (item, legendData) => (legendData.datasets[item.datasetIndex ?? 0]?.data.length ?? 0) > 0,
          },
        },
        tooltip: { enabled: false },
        valueLabels: { color: PRINT_COLORS.ink, backgroundColor: PRINT_COLORS.paper, font: font(PRINT_FONT.value) },
      },
    },
    plugins: [valueLabelsPlugin],
  };
}
