import { PointElement, type ChartArea, type ChartType, type FontSpec, type Plugin } from 'chart.js';
import { toFont } from 'chart.js/helpers';

/**
 * Draws each scatter point's `label` field next to the point, so a printed perceptual map still
 * says which dot is which (a tooltip cannot). Inline plugin: pass it in a chart's `plugins`, it is
 * not registered globally. Options live under `options.plugins.valueLabels`.
 */
export interface ValueLabelsOptions {
  color?: string;
  /** Box filled behind the text (the chart background), so grid lines do not strike through the label. */
  backgroundColor?: string;
  font?: Partial<FontSpec>;
  /** Pixels between the marker's edge and the text. */
  gap?: number;
}

declare module 'chart.js' {
  // Merging requires chart.js's exact type parameter, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    valueLabels?: ValueLabelsOptions;
  }
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A label longer than this share of the plot width is shortened with an ellipsis. */
const MAX_LABEL_SHARE = 0.4;
/** Horizontal room inside the label's background box. */
const PADDING_X = 2;

function labelOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null || !('label' in raw)) return null;
  return typeof raw.label === 'string' && raw.label.trim() !== '' ? raw.label : null;
}

function overlap(a: Box, b: Box): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

/** Moves a box inside the plot area (a label never spills onto the axes or past the edge). */
function clampInto(box: Box, area: ChartArea): Box {
  const width = box.right - box.left;
  const height = box.bottom - box.top;
  const left = Math.min(Math.max(box.left, area.left), area.right - width);
  const top = Math.min(Math.max(box.top, area.top), area.bottom - height);
  return { left, top, right: left + width, bottom: top + height };
}

function shorten(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let end = text.length;
  while (end > 1 && ctx.measureText(`${text.slice(0, end)}…`).width > maxWidth) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * Where a label may go, in order of preference: right of the point, left (so labels near the
 * right edge flip over instead of being cut), above, below.
 */
function candidates(x: number, y: number, radius: number, gap: number, width: number, height: number): Box[] {
  const offset = radius + gap;
  const middle = { top: y - height / 2, bottom: y + height / 2 };
  const centred = { left: x - width / 2, right: x + width / 2 };
  return [
    { left: x + offset, right: x + offset + width, ...middle },
    { left: x - offset - width, right: x - offset, ...middle },
    { ...centred, top: y - offset - height, bottom: y - offset },
    { ...centred, top: y + offset, bottom: y + offset + height },
  ];
}

export const valueLabelsPlugin: Plugin<'scatter', ValueLabelsOptions> = {
  id: 'valueLabels',
  defaults: { gap: 5 },
  afterDatasetsDraw(chart, _args, options) {
    const { ctx, chartArea } = chart;
    const font = toFont(options.font ?? {});
    const gap = options.gap ?? 5;

    const points: Array<{ element: PointElement; label: string }> = [];
    chart.data.datasets.forEach((dataset, datasetIndex) => {
      const meta = chart.getDatasetMeta(datasetIndex);
      if (meta.type !== 'scatter' || !chart.isDatasetVisible(datasetIndex)) return;
      meta.data.forEach((element, index) => {
        const label = labelOf(dataset.data[index]);
        if (label && element instanceof PointElement && !element.skip) points.push({ element, label });
      });
    });
    if (points.length === 0) return;

    // Every marker is an obstacle, so a label never covers another point.
    const markers: Box[] = points.map(({ element }) => {
      const r = element.options.radius;
      return { left: element.x - r, top: element.y - r, right: element.x + r, bottom: element.y + r };
    });
    const placed: Box[] = [];

    ctx.save();
    ctx.font = font.string;
    ctx.textBaseline = 'middle';
    ctx.textAlign = 'left';
      for (const { element, label } of points) {
      const text = shorten(ctx, label, (chartArea.right - chartArea.left) * MAX_LABEL_SHARE);
      const width = ctx.measureText(text).width + 2 * PADDING_X;
      const boxes = candidates(element.x, element.y, element.options.radius, gap, width, font.lineHeight);
      // Greedy: the first spot that is inside the plot and free wins; otherwise the least crowded one.
      let best: Box | null = null;
      let bestCost = Number.POSITIVE_INFINITY;
      for (const candidate of boxes) {
        const box = clampInto(candidate, chartArea);
        const moved = Math.abs(box.left - candidate.left) + Math.abs(box.top - candidate.top);
        const crowding = [...placed, ...markers].reduce((sum, other) => sum + overlap(box, other), 0);
        const cost = crowding + moved * font.lineHeight;
        if (cost < bestCost) {
          best = box;
          bestCost = cost;
        }
        if (cost === 0) break;
      }
      if (!best) continue;
      placed.push(best);
      if (options.backgroundColor) {
        ctx.fillStyle = options.backgroundColor;
        ctx.fillRect(best.left, best.top, best.right - best.left, best.bottom - best.top);
      }
      ctx.fillStyle = options.color ?? String(chart.options.color);
      ctx.fillText(text, best.left + PADDING_X, (best.top + best.bottom) / 2);
    }
    ctx.restore();
  },
};
