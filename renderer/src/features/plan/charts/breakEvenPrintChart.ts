import type { ChartConfiguration, LegendItem, Plugin, PointStyle } from 'chart.js';
import { toFont } from 'chart.js/helpers';
import type { Strategy } from '../../../../../shared/schema/strategy';
import { breakEven, breakEvenSeries, breakEvenTier } from '../../../../../shared/strategy/breakEven';
import { fill } from '../../../../../shared/i18n/text';
import type { StrategyText } from '../../../../../shared/i18n/texts';
import { PRINT_COLORS, PRINT_FONT, printAxisTitle, printGrid, printLegendLabels, printTicks } from '../../../kernel/charts/print/printChartTheme';
import type { PrintFormat } from '../../../kernel/charts/print/printFormat';

interface XY {
  x: number;
  y: number;
}

export interface BreakEvenPrintData {
  revenue: XY[];
  totalCost: XY[];
  /** The crossing, with the text written beside it ("Break-even: 1,200 units · ¥240,000"). */
  point: XY & { label: string };
}

const COST_DASH = [8, 5];
const POINT_INDEX = 2;
/** Pixels between the diamond and its note. */
const NOTE_GAP = 12;

/**
 * Writes the crossing's numbers next to the diamond. Up and to the left of the crossing both lines
 * lie lower, and down and to the right both lie higher (left of it cost is above revenue, right of
 * it below), so those two corners are always empty: the note goes up-left, or down-right when it
 * does not fit between the crossing and the axis.
 */
function breakEvenNote(text: string): Plugin<'scatter'> {
  return {
    id: 'printBreakEvenNote',
    afterDatasetsDraw(chart) {
      const point = chart.getDatasetMeta(POINT_INDEX).data[0];
      if (!point) return;
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.font = toFont({ size: PRINT_FONT.value, weight: 'bold' }).string;
      ctx.fillStyle = PRINT_COLORS.ink;
      ctx.strokeStyle = PRINT_COLORS.paper;
      ctx.lineWidth = 3;
      ctx.lineJoin = 'round';
      const fitsLeft = ctx.measureText(text).width <= point.x - chartArea.left - NOTE_GAP;
      ctx.textAlign = fitsLeft ? 'right' : 'left';
      ctx.textBaseline = fitsLeft ? 'bottom' : 'top';
      const x = fitsLeft ? point.x - NOTE_GAP : point.x + NOTE_GAP;
      const y = fitsLeft ? point.y - NOTE_GAP / 2 : point.y + NOTE_GAP / 2;
      ctx.strokeText(text, x, y);
      ctx.fillText(text, x, y);
      ctx.restore();
    },
  };
}

/**
 * The break-even lines the pricing block draws (same tier choice, same series), or null when
 * there is no break-even to show: inputs missing, price at or below unit cost, or out of range.
 */
export function breakEvenPrintData(strategy: Strategy, labels: StrategyText['printCharts'], format: PrintFormat): BreakEvenPrintData | null {
  const { pricing } = strategy;
  const result = breakEven({ price: breakEvenTier(pricing)?.price ?? null, unitVariableCost: pricing.unitVariableCost, fixedCosts: pricing.fixedCosts });
  if (result.kind !== 'ok') return null;
  const series = breakEvenSeries(result);
  if (series.units.length < 2) return null;
  const units = fill(labels.unitsValue, { units: format.number(result.units, 0) });
  return {
    revenue: series.units.map((x, i) => ({ x, y: series.revenue[i]! })),
    totalCost: series.units.map((x, i) => ({ x, y: series.totalCost[i]! })),
    point: { x: result.units, y: result.revenue, label: `${labels.breakEven}: ${units} · ${format.money(result.revenue)}` },
  };
}

/**
 * Revenue solid, total cost dashed, the crossing a large diamond with its numbers written beside
 * it: line style and marker shape, not colour, tell the three apart.
 */
export function breakEvenPrintConfig(data: BreakEvenPrintData, labels: StrategyText['printCharts'], format: PrintFormat): ChartConfiguration<'scatter', XY[]> {
  const line = { showLine: true, borderWidth: 3, pointRadius: 0 };
  const legendStyle: Array<{ color: string; pointStyle: PointStyle; lineDash: number[] }> = [
    { color: PRINT_COLORS.revenue, pointStyle: 'line', lineDash: [] },
    { color: PRINT_COLORS.cost, pointStyle: 'line', lineDash: [5, 3] },
    { color: PRINT_COLORS.breakEven, pointStyle: 'rectRot', lineDash: [] },
  ];
  const maxUnits = data.revenue[data.revenue.length - 1]?.x ?? 0;
  return {
    type: 'scatter',
    data: {
      datasets: [
        { ...line, label: labels.revenue, data: data.revenue, borderColor: PRINT_COLORS.revenue, backgroundColor: PRINT_COLORS.revenue },
        { ...line, label: labels.totalCost, data: data.totalCost, borderColor: PRINT_COLORS.cost, backgroundColor: PRINT_COLORS.cost, borderDash: COST_DASH },
        {
          label: labels.breakEven,
          data: [data.point],
          pointStyle: 'rectRot',
          pointRadius: 10,
          backgroundColor: PRINT_COLORS.breakEven,
          borderColor: PRINT_COLORS.ink,
          borderWidth: 1.5,
        },
      ],
    },
    options: {
      scales: {
        x: {
          type: 'linear',
          min: 0,
          max: maxUnits,
          grid: printGrid(),
          border: { color: PRINT_COLORS.axis },
          ticks: { ...printTicks(), callback: (value) => format.compactNumber(Number(value)), precision: 0, maxTicksLimit: 8 },
          title: printAxisTitle(labels.unitsSold),
        },
        y: {
          beginAtZero: true,
          grid: printGrid(),
          border: { color: PRINT_COLORS.axis },
          ticks: { ...printTicks(), callback: (value) => format.compactMoney(Number(value)), precision: 0, maxTicksLimit: 7 },
        },
      },
      plugins: {
        legend: {
          position: 'bottom',
          labels: {
            ...printLegendLabels(),
            usePointStyle: true,
            boxHeight: 14,
            // Legend samples drawn as what they stand for: a solid line, a dashed line, the diamond.
            generateLabels: (chart) => chart.data.datasets.map((dataset, index): LegendItem => {
              const style = legendStyle[index] ?? legendStyle[0]!;
              const isLine = style.pointStyle === 'line';
              return {
                text: dataset.label ?? '',
                datasetIndex: index,
                fontColor: PRINT_COLORS.ink,
                pointStyle: style.pointStyle,
                lineDash: style.lineDash,
                strokeStyle: isLine ? style.color : PRINT_COLORS.ink,
                fillStyle: style.color,
                lineWidth: isLine ? 3 : 1,
              };
            }),
          },
        },
        tooltip: { enabled: false },
      },
    },
    plugins: [breakEvenNote(data.point.label)],
  };
}
