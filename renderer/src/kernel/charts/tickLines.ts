/** Tick labels wrap at spaces onto at most MAX_LINES lines of about LINE_WIDTH Latin characters. */
const LINE_WIDTH = 14;
const MAX_LINES = 2;

/** Rough width in Latin characters: CJK characters are about twice as wide. */
function widthOf(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return width;
}

/** One line of at most LINE_WIDTH, ending in an ellipsis when something was cut or more text follows. */
function fitLine(text: string, more: boolean): string {
  if (!more && widthOf(text) <= LINE_WIDTH) return text;
  let cut = '';
  for (const char of text) {
    if (widthOf(`${cut}${char}…`) > LINE_WIDTH) break;
    cut += char;
  }
  return `${cut.trimEnd()}…`;
}

/**
 * A bar's name as tick-label lines. Wrapped rather than tilted (tilted text is hard to read);
 * anything beyond two lines is cut with an ellipsis, and the tooltip still shows the full name.
 */
export function tickLines(label: string): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && widthOf(`${last} ${word}`) <= LINE_WIDTH) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.slice(0, MAX_LINES).map((line, index) => fitLine(line, index === MAX_LINES - 1 && lines.length > MAX_LINES));
}
