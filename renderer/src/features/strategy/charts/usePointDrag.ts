import type { Chart } from 'chart.js';
import { getRelativePosition } from 'chart.js/helpers';
import { useRef, type CSSProperties, type PointerEvent, type RefObject } from 'react';

export interface DraggablePoint {
  key: string;
  x: number;
  y: number;
}

export interface DragBounds {
  min: number;
  max: number;
}

interface ActiveDrag {
  pointerId: number;
  key: string;
  startX: number;
  startY: number;
  /**
   * Where the pointer last put the point. Kept here rather than read back from the chart because
   * a parent re-render mid-drag hands the chart fresh data at the old position.
   */
  x: number;
  y: number;
}

type ScatterChart<TPoint extends DraggablePoint> = Chart<'scatter', TPoint[]>;

/** Clamped to the axis range and snapped to 0.1, so what the user sees on release is what gets saved. */
function snap(value: number, bounds: DragBounds): number {
  return Math.round(Math.min(bounds.max, Math.max(bounds.min, value)) * 10) / 10;
}

function findPoint<TPoint extends DraggablePoint>(chart: ScatterChart<TPoint>, key: string): TPoint | undefined {
  for (const dataset of chart.data.datasets) {
    const point = dataset.data.find((candidate) => candidate.key === key);
    if (point) return point;
  }
  return undefined;
}

function keyAt<TPoint extends DraggablePoint>(chart: ScatterChart<TPoint>, event: Event): string | null {
  const [hit] = chart.getElementsAtEventForMode(event, 'nearest', { intersect: true }, false);
  if (!hit) return null;
  return chart.data.datasets[hit.datasetIndex]?.data[hit.index]?.key ?? null;
}

/**
 * Pointer handlers that let the user drag scatter points. While dragging, the chart's own copy of
 * the data is moved and redrawn with `update('none')`: re-rendering React (and re-diffing the
 * chart's options) on every pointermove would stutter. `onDrop` runs once, on release, and only
 * if the point actually moved. Pointer events cover mouse, pen and touch alike; pointer capture
 * keeps the drag alive when the pointer leaves the canvas. Returns no handlers when `onDrop` is
 * absent, so a read-only chart keeps normal touch scrolling.
 */
export function usePointDrag<TPoint extends DraggablePoint>(
  chartRef: RefObject<ScatterChart<TPoint> | null>,
  bounds: DragBounds,
  onDrop: ((key: string, x: number, y: number) => void) | undefined,
) {
  const dragRef = useRef<ActiveDrag | null>(null);

  if (!onDrop) return {};

  // Swaps in new arrays and objects instead of editing points in place: the chart's data arrays
  // are the parent's memoized ones (react-chartjs-2 does not deep-copy them).
  const moveTo = (chart: ScatterChart<TPoint>, key: string, x: number, y: number) => {
    for (const dataset of chart.data.datasets) {
      if (!dataset.data.some((point) => point.key === key)) continue;
      dataset.data = dataset.data.map((point) => (point.key === key ? { ...point, x, y } : point));
    }
    chart.update('none');
  };

  /** Ends the drag; `commit` false (pointer cancelled) puts the point back where it started. */
  const finish = (event: PointerEvent<HTMLCanvasElement>, commit: boolean) => {
    const drag = dragRef.current;
    const chart = chartRef.current;
    if (!drag || drag.pointerId !== event.pointerId) return;
    dragRef.current = null;
    // After a drop the pointer is still over the point it moved.
    event.currentTarget.style.cursor = commit ? 'grab' : '';
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
    if (!commit) {
      if (chart) moveTo(chart, drag.key, drag.startX, drag.startY);
      return;
    }
    if (drag.x !== drag.startX || drag.y !== drag.startY) onDrop(drag.key, drag.x, drag.y);
  };

  const style: CSSProperties = { touchAction: 'none' };

  return {
    style,
    onPointerDown: (event: PointerEvent<HTMLCanvasElement>) => {
      const chart = chartRef.current;
      if (!chart || dragRef.current || event.button !== 0) return;
      const key = keyAt(chart, event.nativeEvent);
      const point = key === null ? undefined : findPoint(chart, key);
      if (key === null || !point) return;
      event.preventDefault();
      event.currentTarget.setPointerCapture(event.pointerId);
      event.currentTarget.style.cursor = 'grabbing';
      dragRef.current = { pointerId: event.pointerId, key, startX: point.x, startY: point.y, x: point.x, y: point.y };
    },
    onPointerMove: (event: PointerEvent<HTMLCanvasElement>) => {
      const chart = chartRef.current;
      if (!chart) return;
      const drag = dragRef.current;
      if (!drag) {
        event.currentTarget.style.cursor = keyAt(chart, event.nativeEvent) === null ? '' : 'grab';
        return;
      }
      if (drag.pointerId !== event.pointerId) return;
      const position = getRelativePosition(event.nativeEvent, chart);
      drag.x = snap(chart.scales.x.getValueForPixel(position.x) ?? drag.x, bounds);
      drag.y = snap(chart.scales.y.getValueForPixel(position.y) ?? drag.y, bounds);
      moveTo(chart, drag.key, drag.x, drag.y);
    },
    onPointerUp: (event: PointerEvent<HTMLCanvasElement>) => finish(event, true),
    onPointerCancel: (event: PointerEvent<HTMLCanvasElement>) => finish(event, false),
    onLostPointerCapture: (event: PointerEvent<HTMLCanvasElement>) => finish(event, false),
  };
}
