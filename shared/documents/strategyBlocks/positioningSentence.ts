import type { UiLanguage } from '../../schema/primitives';
import type { Strategy } from '../../schema/strategy';
import { strategyBlockLabels } from './labels';

/**
 * The positioning statement as one sentence, the same wording the strategy canvas shows
 * (renderer i18n `strategy.positioning.template`). Chinese reads the need before the target,
 * so the order of the parts is per language, not just the words around them.
 */

export type PositioningStatement = Strategy['positioning']['statement'];
export type StatementPart = keyof PositioningStatement;

export type SentencePiece =
  | { kind: 'text'; text: string }
  | { kind: 'part'; part: StatementPart; text: string; blank: boolean };

type Template = ReadonlyArray<string | StatementPart>;

const TEMPLATES: Record<UiLanguage, Template> = {
  en: ['For ', 'target', ' who ', 'need', ', ', 'product', ' is a ', 'category', ' that ', 'benefit', '. Unlike ', 'competitor', ', it ', 'differentiator', '.'],
  'zh-CN': ['面向', 'need', '的', 'target', '，', 'product', '是一款', 'benefit', '的', 'category', '。不同于', 'competitor', '，它', 'differentiator', '。'],
};

const PARTS: ReadonlySet<string> = new Set<StatementPart>(['target', 'need', 'product', 'category', 'benefit', 'competitor', 'differentiator']);
const isPart = (piece: string): piece is StatementPart => PARTS.has(piece);

/** The sentence as literal text and parts; a blank part carries its placeholder ("<need>", "〈需求〉"). */
export function positioningSentencePieces(statement: PositioningStatement, language: UiLanguage): SentencePiece[] {
  const blanks = strategyBlockLabels(language).statementBlanks;
  return TEMPLATES[language].map((piece): SentencePiece => {
    if (!isPart(piece)) return { kind: 'text', text: piece };
    const text = statement[piece].trim();
    return text === '' ? { kind: 'part', part: piece, text: blanks[piece], blank: true } : { kind: 'part', part: piece, text, blank: false };
  });
}

/** The whole sentence as plain text, placeholders in place of blank parts. */
export function positioningSentence(statement: PositioningStatement, language: UiLanguage): string {
  return positioningSentencePieces(statement, language).map((piece) => piece.text).join('');
}

/** True when no part of the statement has been filled in yet. */
export function isStatementEmpty(statement: PositioningStatement): boolean {
  return [...PARTS].every((part) => statement[part as StatementPart].trim() === '');
}
