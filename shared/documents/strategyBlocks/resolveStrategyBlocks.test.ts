import { describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../../samplePlan/samplePlan';
import { plainText, type RichNode } from '../richText';
import { resolveStrategyBlocks } from './resolveStrategyBlocks';
import { strategyBlockContent } from './strategyBlockContent';

const strategy = createSampleWorkspace('en', new Date('2026-03-01T00:00:00Z')).strategies[0]!;
const options = { language: 'en' as const, currency: 'USD' };

const block = (attrs: Record<string, unknown>): RichNode => ({ type: 'strategyBlock', attrs });
const doc = (...content: RichNode[]): RichNode => ({ type: 'doc', content });
const para = (text: string): RichNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const snapshot = [{ type: 'paragraph', content: [{ type: 'text', text: 'Frozen statement' }] }];

describe('resolveStrategyBlocks', () => {
  it('replaces a live block with the strategy content, in place', () => {
    const input = doc(para('before'), block({ kind: 'positioning', strategyId: strategy.id, snapshot: null, frozenAt: null }), para('after'));
    const resolved = resolveStrategyBlocks(input, [strategy], options);
    const live = strategyBlockContent('positioning', strategy, options);
    expect(resolved.content).toEqual([para('before'), ...live, para('after')]);
  });

  it('shows a frozen snapshot with a dated note instead of the live strategy', () => {
    const resolved = resolveStrategyBlocks(doc(block({ kind: 'positioning', strategyId: strategy.id, snapshot, frozenAt: '2026-02-14T09:30:00.000Z' })), [strategy], options);
    expect((resolved.content ?? []).map(plainText)).toEqual(['Frozen statement', 'Snapshot of 2026-02-14']);
  });

  it('reads a snapshot stored as JSON text, and treats a malformed one as not frozen', () => {
    const fromText = resolveStrategyBlocks(doc(block({ kind: 'competitors', strategyId: 'gone', snapshot: JSON.stringify(snapshot), frozenAt: '2026-02-14' })), [], options);
    expect((fromText.content ?? []).map(plainText)).toEqual(['Frozen statement', 'Snapshot of 2026-02-14']);

    const malformed = resolveStrategyBlocks(doc(block({ kind: 'competitors', strategyId: strategy.id, snapshot: '{not json', frozenAt: null })), [strategy], options);
    expect(plainText(malformed.content![0]!)).toBe(`Competitors — ${strategy.name}`);
  });

  it('says the strategy is gone when it was deleted, or when the kind is unknown', () => {
    const missing = resolveStrategyBlocks(doc(block({ kind: 'positioning', strategyId: 'deleted', snapshot: null, frozenAt: null })), [strategy], { ...options, language: 'zh-CN' });
    expect((missing.content ?? []).map(plainText)).toEqual(['此区块所链接的策略已不存在。']);
    const unknownKind = resolveStrategyBlocks(doc(block({ kind: '<script>', strategyId: strategy.id })), [strategy], options);
    expect((unknownKind.content ?? []).map(plainText)).toEqual(['The strategy this block showed no longer exists.']);
  });

  it('finds blocks nested in other nodes and drops blocks nested inside a snapshot', () => {
    const nestedSnapshot = [para('kept'), block({ kind: 'positioning', strategyId: strategy.id, snapshot: null, frozenAt: null })];
    const input = doc({ type: 'blockquote', content: [block({ kind: 'channel-mix', strategyId: 'x', snapshot: nestedSnapshot, frozenAt: null })] });
    const resolved = resolveStrategyBlocks(input, [strategy], options);
    // No frozenAt date: no note; the inner block is gone rather than resolved.
    expect(resolved.content![0]!.content).toEqual([para('kept')]);
  });

  it('does not change its input', () => {
    const input = doc(block({ kind: 'price-tiers', strategyId: strategy.id, snapshot: null, frozenAt: null }));
    const before = JSON.stringify(input);
    const resolved = resolveStrategyBlocks(input, [strategy], options);
    expect(JSON.stringify(input)).toBe(before);
    expect(resolved).not.toBe(input);
    expect(JSON.stringify(resolved)).not.toContain('strategyBlock');
  });
});
