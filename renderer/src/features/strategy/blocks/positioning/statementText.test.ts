import { describe, expect, it } from 'vitest';
import { statementSegments, type StatementParts } from './statementText';

const blanks: StatementParts = {
  target: '<target>', need: '<need>', product: '<product>', category: '<category>',
  benefit: '<benefit>', competitor: '<competitor>', differentiator: '<differentiator>',
};
const en = (v: StatementParts) => `For ${v.target} who ${v.need}, ${v.product} is a ${v.category} that ${v.benefit}. Unlike ${v.competitor}, it ${v.differentiator}.`;
const zh = (v: StatementParts) => `面向${v.need}的${v.target}，${v.product}是一款${v.benefit}的${v.category}。不同于${v.competitor}，它${v.differentiator}。`;

describe('statementSegments', () => {
  it('splits the template into text and parts, with placeholders for blanks', () => {
    const parts = { ...blanks, target: ' busy parents ', need: 'want safe water', product: '', category: '', benefit: '', competitor: '', differentiator: '' };
    const segments = statementSegments(en, parts, blanks);
    expect(segments.slice(0, 4)).toEqual([
      { kind: 'text', text: 'For ' },
      { kind: 'part', part: 'target', text: 'busy parents', blank: false },
      { kind: 'text', text: ' who ' },
      { kind: 'part', part: 'need', text: 'want safe water', blank: false },
    ]);
    expect(segments.filter((s) => s.kind === 'part' && s.blank)).toHaveLength(5);
    expect(segments.map((s) => s.text).join('')).toBe('For busy parents who want safe water, <product> is a <category> that <benefit>. Unlike <competitor>, it <differentiator>.');
  });

  it('follows the word order of the language', () => {
    const segments = statementSegments(zh, { ...blanks }, blanks);
    const order = segments.flatMap((s) => (s.kind === 'part' ? [s.part] : []));
    expect(order).toEqual(['need', 'target', 'product', 'benefit', 'category', 'competitor', 'differentiator']);
  });
});
