import { PRINT_CHART_SCALE } from '../../../../../shared/plan/print/chartKeys';

/**
 * Pattern fills for print: the idea of kernel/charts/hatchPattern.ts (stripes keep two
 * fills apart when colour turns to grey), with more kinds for the channel mix's many slices and
 * the tile drawn at print resolution. hatchPattern's 8-pixel tile would be scaled up 3x by the
 * chart's device-pixel transform and print as blurry stripes.
 */
export type PatternKind = 'solid' | 'diagonal' | 'cross' | 'dots' | 'horizontal' | 'vertical';

/** Tile edge in CSS pixels at the printed size. */
const TILE = 8;

function drawMarks(ctx: CanvasRenderingContext2D, kind: Exclude<PatternKind, 'solid'>): void {
  ctx.beginPath();
  if (kind === 'dots') {
    for (const [x, y] of [[2, 2], [6, 6]] as const) {
      ctx.moveTo(x + 1.3, y);
      ctx.arc(x, y, 1.3, 0, 2 * Math.PI);
    }
    ctx.fill();
    return;
  }
  if (kind === 'diagonal' || kind === 'cross') {
    // Three segments so the stripes join seamlessly across tile edges.
    for (const offset of [-TILE, 0, TILE]) {
      ctx.moveTo(offset, TILE);
      ctx.lineTo(offset + TILE, 0);
    }
  }
  if (kind === 'cross') {
    for (const offset of [-TILE, 0, TILE]) {
      ctx.moveTo(offset, 0);
      ctx.lineTo(offset + TILE, TILE);
    }
  }
  if (kind === 'horizontal') {
    ctx.moveTo(0, TILE / 2);
    ctx.lineTo(TILE, TILE / 2);
  }
  if (kind === 'vertical') {
    ctx.moveTo(TILE / 2, 0);
    ctx.lineTo(TILE / 2, TILE);
  }
  ctx.stroke();
}

/**
 * `base` filled with `marks` in the given pattern; 'solid' is just `base`. Falls back to the plain
 * colour where no 2D canvas exists.
 */
export function printPattern(kind: PatternKind, base: string, marks: string): CanvasPattern | string {
  if (kind === 'solid') return base;
  const tile = document.createElement('canvas');
  tile.width = TILE * PRINT_CHART_SCALE;
  tile.height = TILE * PRINT_CHART_SCALE;
  const ctx = tile.getContext('2d');
  if (!ctx) return base;
  ctx.scale(PRINT_CHART_SCALE, PRINT_CHART_SCALE);
  ctx.fillStyle = base;
  ctx.fillRect(0, 0, TILE, TILE);
  ctx.strokeStyle = marks;
  ctx.fillStyle = marks;
  ctx.lineWidth = 1.5;
  drawMarks(ctx, kind);
  const pattern = ctx.createPattern(tile, 'repeat');
  if (!pattern) return base;
  // The chart draws with a PRINT_CHART_SCALE transform; undo it for the tile so one tile pixel is one device pixel.
  pattern.setTransform(new DOMMatrix().scaleSelf(1 / PRINT_CHART_SCALE, 1 / PRINT_CHART_SCALE));
  return pattern;
}
