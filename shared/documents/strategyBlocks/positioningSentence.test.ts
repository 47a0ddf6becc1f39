import { describe, expect, it } from 'vitest';
import { isStatementEmpty, positioningSentence, positioningSentencePieces, STATEMENT_PARTS } from './positioningSentence';

const statement = {
  target: 'young urban professionals', need: 'want tea at the right temperature', product: 'Mingye S2', category: 'smart kettle',
  benefit: 'heats to the exact degree', competitor: 'Boilo', differentiator: 'pairs award-winning design with an app that works',
};

describe('positioningSentence', () => {
  it('reads the English template in order', () => {
    expect(positioningSentence(statement, 'en')).toBe(
      'For young urban professionals who want tea at the right temperature, Mingye S2 is a smart kettle that heats to the exact degree. '
      + 'Unlike Boilo, it pairs award-winning design with an app that works.',
    );
  });

  it('puts the need before the target in Chinese', () => {
    const zh = { target: '城市年轻白领', need: '希望水温合适', product: '明叶水壶', category: '智能水壶', benefit: '精确控温', competitor: '沸乐', differentiator: '设计更好' };
    expect(positioningSentence(zh, 'zh-CN')).toBe('面向希望水温合适的城市年轻白领，明叶水壶是一款精确控温的智能水壶。不同于沸乐，它设计更好。');
  });

  it('shows placeholders for blank parts and trims filled ones', () => {
    const partial = { ...statement, need: '   ', product: '  Mingye S2  ' };
    expect(positioningSentence(partial, 'en')).toContain('who <need>, Mingye S2 is');
    expect(positioningSentence({ ...partial }, 'zh-CN')).toContain('面向〈需求〉的');
    const needPiece = positioningSentencePieces(partial, 'en').find((piece) => piece.kind === 'part' && piece.part === 'need');
    expect(needPiece).toEqual({ kind: 'part', part: 'need', text: '<need>', blank: true });
  });

  it('knows when nothing is filled in', () => {
    const empty = { target: '', need: ' ', product: '', category: '', benefit: '', competitor: '', differentiator: '' };
    expect(isStatementEmpty(empty)).toBe(true);
    expect(isStatementEmpty({ ...empty, category: 'kettle' })).toBe(false);
  });

  // The canvas's preview styles each piece, so the pieces must be right, not only the joined sentence.
  it('splits the sentence into text and parts, with placeholders for blanks', () => {
    const parts = { target: ' busy parents ', need: 'want safe water', product: '', category: '', benefit: '', competitor: '', differentiator: '' };
    const pieces = positioningSentencePieces(parts, 'en');
    expect(pieces.slice(0, 4)).toEqual([
      { kind: 'text', text: 'For ' },
      { kind: 'part', part: 'target', text: 'busy parents', blank: false },
      { kind: 'text', text: ' who ' },
      { kind: 'part', part: 'need', text: 'want safe water', blank: false },
    ]);
    expect(pieces.filter((piece) => piece.kind === 'part' && piece.blank)).toHaveLength(5);
    expect(pieces.map((piece) => piece.text).join('')).toBe('For busy parents who want safe water, <product> is a <category> that <benefit>. Unlike <competitor>, it <differentiator>.');
  });

  it('follows the word order of the language', () => {
    const empty = Object.fromEntries(STATEMENT_PARTS.map((part) => [part, ''])) as Parameters<typeof positioningSentencePieces>[0];
    const order = positioningSentencePieces(empty, 'zh-CN').flatMap((piece) => (piece.kind === 'part' ? [piece.part] : []));
    expect(order).toEqual(['need', 'target', 'product', 'benefit', 'category', 'competitor', 'differentiator']);
    expect(positioningSentencePieces(empty, 'en').flatMap((piece) => (piece.kind === 'part' ? [piece.part] : []))).toEqual(STATEMENT_PARTS);
  });
});
