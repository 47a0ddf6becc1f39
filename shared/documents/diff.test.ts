import { describe, expect, it } from 'vitest';
import { diffRequirements, diffTextBlocks, textBlocks, type DiffBlock } from './diff';
import type { RichNode } from './richText';
import { makeRequirement as req } from './testDocument';

/** "=same", "+added", "-removed", "~text with [-old-]{+new+}" — easy to read in an assertion. */
const show = (blocks: DiffBlock[]) => blocks.map((block) => {
  if (block.kind === 'same') return `=${block.parts[0]!.text}`;
  if (block.kind === 'added') return `+${block.parts[0]!.text}`;
  if (block.kind === 'removed') return `-${block.parts[0]!.text}`;
  return `~${block.parts.map((p) => (p.added ? `{+${p.text}+}` : p.removed ? `[-${p.text}-]` : p.text)).join('')}`;
});

describe('diffTextBlocks', () => {
  it('lines paragraphs up, so an inserted paragraph is one added block', () => {
    expect(show(diffTextBlocks(['Vision', 'Market', 'Risks'], ['Vision', 'New section', 'Market', 'Risks']))).toEqual([
      '=Vision', '+New section', '=Market', '=Risks',
    ]);
    expect(show(diffTextBlocks(['A', 'B', 'C'], ['A', 'C']))).toEqual(['=A', '-B', '=C']);
  });

  it('shows the changed words of an edited paragraph', () => {
    const blocks = diffTextBlocks(['Title', 'The kettle boils in five minutes.'], ['Title', 'The kettle boils in three minutes.']);
    expect(show(blocks)).toEqual(['=Title', '~The kettle boils in [-five-]{+three+} minutes.']);
    expect(blocks[1]!.parts.find((p) => p.removed)).toEqual({ text: 'five', removed: true });
  });

  it('diffs Chinese by word, not the whole paragraph', () => {
    const [block] = diffTextBlocks(['我们的产品支持快速烧水功能。'], ['我们的产品支持静音烧水功能。']);
    expect(block!.kind).toBe('changed');
    expect(block!.parts.filter((p) => p.removed).map((p) => p.text).join('')).toBe('快速');
    expect(block!.parts.filter((p) => p.added).map((p) => p.text).join('')).toBe('静音');
    expect(block!.parts.filter((p) => !p.added && !p.removed).map((p) => p.text).join('')).toBe('我们的产品支持烧水功能。');
  });

  it('changes whole Chinese words: 快速→快捷 shows both words, not just the one character that differs', () => {
    expect(show(diffTextBlocks(['我们的产品支持快速烧水功能。'], ['我们的产品支持快捷烧水功能。']))).toEqual([
      '~我们的产品支持[-快速-]{+快捷+}烧水功能。',
    ]);
    expect(show(diffTextBlocks(['今天天气很好'], ['明天天气很好']))).toEqual(['~[-今天-]{+明天+}天气很好']);
  });

  it('shows a paragraph replaced by an unrelated one as removed + added', () => {
    expect(show(diffTextBlocks(['Keep', 'alpha beta'], ['Keep', 'gamma delta', 'extra']))).toEqual([
      '=Keep', '-alpha beta', '+gamma delta', '+extra',
    ]);
  });

  it('handles empty sides', () => {
    expect(diffTextBlocks([], [])).toEqual([]);
    expect(show(diffTextBlocks([], ['x']))).toEqual(['+x']);
    expect(show(diffTextBlocks(['x'], []))).toEqual(['-x']);
  });
});

describe('textBlocks', () => {
  const text = (t: string): RichNode => ({ type: 'text', text: t });
  const p = (t: string): RichNode => ({ type: 'paragraph', content: [text(t)] });
  it('makes one block per paragraph, heading, list item and table row', () => {
    const doc: RichNode = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('Vision')] },
        p('Make tea easy.'),
        { type: 'paragraph', content: [] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [p('one')] }, { type: 'listItem', content: [p('two'), p('more')] }] },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [p('three')] }] },
        { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [p('Name')] }, { type: 'tableCell', content: [p('价格')] }] }] },
        { type: 'strategyBlock', attrs: { kind: 'positioning', strategyId: 's', snapshot: JSON.stringify([p('Frozen statement')]) } },
        { type: 'strategyBlock', attrs: { kind: 'positioning', strategyId: 's', snapshot: null } },
        { type: 'image', attrs: { src: 'data:image/png;base64,AA==' } },
      ],
    };
    expect(textBlocks(doc)).toEqual(['Vision', 'Make tea easy.', '• one', '• two', 'more', '3. three', 'Name | 价格', 'Frozen statement']);
  });
});

describe('diffRequirements', () => {
  it('matches by key and lists the changed fields', () => {
    const before = [req({ key: 'REQ-001' }), req({ key: 'REQ-002', priority: 'should' }), req({ key: 'REQ-003' })];
    const after = [
      req({ key: 'REQ-001' }),
      req({ key: 'REQ-002', priority: 'must', owner: 'Li', id: 'other-id' }),
      req({ key: 'REQ-004', title: 'New' }),
    ];
    const diff = diffRequirements(before, after);
    expect(diff.added.map((r) => r.key)).toEqual(['REQ-004']);
    expect(diff.removed.map((r) => r.key)).toEqual(['REQ-003']);
    expect(diff.changed.map((c) => [c.key, c.fields])).toEqual([['REQ-002', ['priority', 'owner']]]);
    expect(diff.changed[0]!.before.priority).toBe('should');
    expect(diff.changed[0]!.after.priority).toBe('must');
  });

  it('is empty for equal lists', () => {
    const list = [req({ key: 'REQ-001' })];
    expect(diffRequirements(list, [...list])).toEqual({ added: [], removed: [], changed: [] });
  });
});
