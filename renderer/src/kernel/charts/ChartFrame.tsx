import type { ReactNode, Ref } from 'react';

export const DEFAULT_CHART_HEIGHT = 280;

interface ChartFrameProps {
  height: number;
  children: ReactNode;
  ref?: Ref<HTMLDivElement>;
}

/**
 * The box a chart fills. chart.js sizes a responsive canvas from its parent, and with
 * `maintainAspectRatio: false` that parent must have a definite height and a relative position.
 * `minWidth: 0` lets the box shrink inside flex/grid cards; without it the canvas keeps its
 * widest size and overflows the card.
 */
export function ChartFrame({ height, children, ref }: ChartFrameProps) {
  return (
    <div ref={ref} style={{ position: 'relative', width: '100%', minWidth: 0, height, overflow: 'hidden' }}>
      {children}
    </div>
  );
}
