/**
 * A diagonal-stripe fill: `color` with thin `stripe` lines. Competitor bars use it so they still
 * differ from own bars when printed in grayscale, where two hues can turn into the same grey.
 * Falls back to the plain colour where no 2D canvas exists (tests without a DOM canvas).
 */
export function hatchPattern(color: string, stripe: string): CanvasPattern | string {
  const size = 8;
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const ctx = tile.getContext('2d');
  if (!ctx) return color;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = stripe;
  ctx.lineWidth = 2;
  ctx.beginPath();
  // Three segments so the stripes join seamlessly across tile edges.
  for (const offset of [-size, 0, size]) {
    ctx.moveTo(offset, size);
    ctx.lineTo(offset + size, 0);
  }
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? color;
}
