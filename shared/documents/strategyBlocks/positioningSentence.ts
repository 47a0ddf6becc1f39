import type { UiLanguage } from '../../schema/primitives';
import type { Strategy } from '../../schema/strategy';
import { templateTokens } from '../../i18n/text';
import { strategyTexts } from '../../i18n/texts';

/**
 * The positioning statement as one sentence, the same wording the strategy canvas shows
 * (`strategy.positioning.template` in shared/i18n/strategy.*). Chinese reads the need before the
 * target, so the order of the parts is per language, not just the words around them.
 */

export type PositioningStatement = Strategy['positioning']['statement'];
export type StatementPart = keyof PositioningStatement;

export type SentencePiece =
  | { kind: 'text'; text: string }
  | { kind: 'part'; part: StatementPart; text: string; blank: boolean };

/** The seven parts in the order the English sentence reads them (the order of the canvas's fields). */
export const STATEMENT_PARTS: readonly StatementPart[] = ['target', 'need', 'product', 'category', 'benefit', 'competitor', 'differentiator'];

const PARTS: ReadonlySet<string> = new Set<StatementPart>(STATEMENT_PARTS);
const isPart = (piece: string): piece is StatementPart => PARTS.has(piece);

/** The sentence as literal text and parts; a blank part carries its placeholder ("<need>", "〈需求〉"). */
export function positioningSentencePieces(statement: PositioningStatement, language: UiLanguage): SentencePiece[] {
  const { template, blank } = strategyTexts[language].positioning;
  return templateTokens(template).map((token): SentencePiece => {
    if (token.kind === 'text') return { kind: 'text', text: token.text };
    // A placeholder that names no part stays as written, as i18next leaves it.
    if (!isPart(token.name)) return { kind: 'text', text: `{{${token.name}}}` };
    const part = token.name;
    const text = statement[part].trim();
    return text === '' ? { kind: 'part', part, text: blank[part], blank: true } : { kind: 'part', part, text, blank: false };
  });
}

/** The whole sentence as plain text, placeholders in place of blank parts. */
export function positioningSentence(statement: PositioningStatement, language: UiLanguage): string {
  return positioningSentencePieces(statement, language).map((piece) => piece.text).join('');
}

/** True when no part of the statement has been filled in yet. */
export function isStatementEmpty(statement: PositioningStatement): boolean {
  return STATEMENT_PARTS.every((part) => statement[part].trim() === '');
}
