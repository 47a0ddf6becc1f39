/** The seven parts of a positioning statement, in the order the English sentence reads them. */
export const STATEMENT_PARTS = ['target', 'need', 'product', 'category', 'benefit', 'competitor', 'differentiator'] as const;
export type StatementPart = (typeof STATEMENT_PARTS)[number];
export type StatementParts = Record<StatementPart, string>;

export type StatementSegment =
  | { kind: 'text'; text: string }
  | { kind: 'part'; part: StatementPart; text: string; blank: boolean };

// Private-use characters: nobody types them, and i18next leaves them alone.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKER = new RegExp(`${OPEN}(\\d)${CLOSE}`);

/**
 * Splits the statement template (in the UI language, whose word order differs: 中文 puts the need
 * before the target) into literal text and the seven parts, so the preview can style each part:
 * a filled part as typed (trimmed), an empty one as its placeholder, marked blank.
 * `format` is the template with interpolation, e.g. `(values) => t('…template', values)`.
 */
export function statementSegments(
  format: (values: StatementParts) => string,
  parts: StatementParts,
  blanks: StatementParts,
): StatementSegment[] {
  const markers = Object.fromEntries(STATEMENT_PARTS.map((part, index) => [part, `${OPEN}${index}${CLOSE}`])) as StatementParts;
  // split() with a capturing group alternates: literal, part index, literal, part index, …
  const pieces = format(markers).split(MARKER);
  const segments: StatementSegment[] = [];
  pieces.forEach((piece, index) => {
    if (index % 2 === 0) {
      if (piece !== '') segments.push({ kind: 'text', text: piece });
      return;
    }
    const part = STATEMENT_PARTS[Number(piece)];
    if (part === undefined) return;
    const text = parts[part].trim();
    segments.push(text === '' ? { kind: 'part', part, text: blanks[part], blank: true } : { kind: 'part', part, text, blank: false });
  });
  return segments;
}
