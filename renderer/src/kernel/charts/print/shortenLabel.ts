/** Rough width in Latin characters: CJK characters are about twice as wide (as in tickLines.ts). */
function widthOf(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

/**
 * A user's name cut to about `max` Latin characters with an ellipsis. chart.js neither wraps nor
 * cuts legend text, so one very long channel name would run off the printed chart.
 */
export function shortenLabel(text: string, max: number): string {
  const trimmed = text.trim();
  if (widthOf(trimmed) <= max) return trimmed;
  let cut = '';
  for (const char of trimmed) {
    if (widthOf(`${cut}${char}…`) > max) break;
    cut += char;
  }
  return `${cut.trimEnd()}…`;
}
