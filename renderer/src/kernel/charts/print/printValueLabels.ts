import type { ChartType, Plugin } from 'chart.js';
import { toFont } from 'chart.js/helpers';
import { PRINT_COLORS, PRINT_FONT } from './printChartTheme';

/**
 * Writes each bar's value at its end and each doughnut slice's value inside it, so a printed chart
 * can be read without a tooltip and without telling colours apart. The text comes from `textOf`
 * (null = nothing for that element). Made per chart, so the formatter is a plain closure.
 *
 * Vertical bars: above the bar, and above any 'line' dataset's stroke that would cross the text
 * (the budget charts' allocation marks); turned upright when the text is wider than the bar's
 * slot. Horizontal bars: right of the end. Slices: in the middle of the ring when the arc is long
 * enough, else left to the legend.
 */
export type ValueText = (datasetIndex: number, index: number) => string | null;

const GAP = 3;
/** White outline behind value text, so grid lines and stripes never strike through it. */
const HALO = 3;

interface BarProps { x: number; y: number; base: number; width: number; height: number; horizontal: boolean }
/** A horizontal stroke drawn as a point (the budget charts' allocation marks): x ± half, at y. */
interface Stroke { x: number; y: number; half: number; width: number }
interface ArcProps { x: number; y: number; startAngle: number; endAngle: number; innerRadius: number; outerRadius: number }

function write(ctx: CanvasRenderingContext2D, text: string, x: number, y: number): void {
  ctx.strokeText(text, x, y);
  ctx.fillText(text, x, y);
}

/**
 * The bottom edge for a level label above a bar: just above the bar, or just above a stroke that
 * would run through the text (an allocation mark a little above the bar), so the two never overlap.
 */
function levelBottom(top: number, left: number, right: number, lineHeight: number, strokes: readonly Stroke[]): number {
  let bottom = top - GAP;
  for (const stroke of strokes) {
    const crossesX = stroke.x - stroke.half < right && stroke.x + stroke.half > left;
    const reach = stroke.width / 2 + 1;
    if (crossesX && stroke.y + reach > bottom - lineHeight && stroke.y - reach < bottom) bottom = Math.min(bottom, stroke.y - reach - 1);
  }
  return bottom;
}

function barLabel(ctx: CanvasRenderingContext2D, bar: BarProps, text: string, slot: number, lineHeight: number, strokes: readonly Stroke[]): void {
  const width = ctx.measureText(text).width;
  if (bar.horizontal) {
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    write(ctx, text, Math.max(bar.x, bar.base) + GAP, bar.y);
    return;
  }
  const top = Math.min(bar.y, bar.base);
  if (width <= slot) {
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    write(ctx, text, bar.x, levelBottom(top, bar.x - width / 2, bar.x + width / 2, lineHeight, strokes));
    return;
  }
  ctx.save();
  ctx.translate(bar.x, top - GAP);
  ctx.rotate(-Math.PI / 2);
  ctx.textAlign = 'left';
  ctx.textBaseline = 'middle';
  write(ctx, text, 0, 0);
  ctx.restore();
}

function arcLabel(ctx: CanvasRenderingContext2D, arc: ArcProps, text: string, lineHeight: number): void {
  const angle = (arc.startAngle + arc.endAngle) / 2;
  const radius = (arc.innerRadius + arc.outerRadius) / 2;
  const arcLength = (arc.endAngle - arc.startAngle) * radius;
  const ringWidth = arc.outerRadius - arc.innerRadius;
  const width = ctx.measureText(text).width;
  if (arcLength < Math.max(width, lineHeight) + 4 || ringWidth < lineHeight + 2) return;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  write(ctx, text, arc.x + Math.cos(angle) * radius, arc.y + Math.sin(angle) * radius);
}

export function printValueLabels<TType extends ChartType>(textOf: ValueText): Plugin<TType> {
  return {
    id: 'printValueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      // toFont fills in the family chartSetup gave chart.js (the app's stack, with CJK fallbacks).
      const font = toFont({ size: PRINT_FONT.value });
      ctx.save();
      ctx.font = font.string;
      ctx.fillStyle = PRINT_COLORS.ink;
      ctx.strokeStyle = PRINT_COLORS.paper;
      ctx.lineWidth = HALO;
      ctx.lineJoin = 'round';
      const strokes: Stroke[] = [];
      chart.data.datasets.forEach((_dataset, datasetIndex) => {
        const meta = chart.getDatasetMeta(datasetIndex);
        if (meta.type !== 'line' || !chart.isDatasetVisible(datasetIndex)) return;
        for (const element of meta.data) {
          const { x, y, skip } = element.getProps(['x', 'y', 'skip'], true) as unknown as { x: number; y: number; skip?: boolean };
          const options = (element as unknown as { options?: { radius?: number; borderWidth?: number } }).options;
          if (!skip && Number.isFinite(y)) strokes.push({ x, y, half: options?.radius ?? 0, width: options?.borderWidth ?? 1 });
        }
      });
      chart.data.datasets.forEach((_dataset, datasetIndex) => {
        if (!chart.isDatasetVisible(datasetIndex)) return;
        const meta = chart.getDatasetMeta(datasetIndex);
        meta.data.forEach((element, index) => {
          const text = textOf(datasetIndex, index);
          if (!text) return;
          if (meta.type === 'bar') {
            const bar = element.getProps(['x', 'y', 'base', 'width', 'height', 'horizontal'], true) as unknown as BarProps;
            // Level text may use the bar plus part of the gap beside it.
            barLabel(ctx, bar, text, bar.width * 1.25, font.lineHeight, strokes);
          } else if (meta.type === 'doughnut' || meta.type === 'pie') {
            arcLabel(ctx, element.getProps(['x', 'y', 'startAngle', 'endAngle', 'innerRadius', 'outerRadius'], true) as unknown as ArcProps, text, font.lineHeight);
          }
        });
      });
      ctx.restore();
    },
  };
}
