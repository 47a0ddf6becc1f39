import { fill } from '../../i18n/text';
import { strategyTexts } from '../../i18n/texts';
import type { Strategy } from '../../schema/strategy';
import { parseSnapshot, richNodeList, strategyBlockKind, type RichNode } from '../richText';
import type { StrategyBlockOptions } from './blockContext';
import { italic, paragraph } from './richBuilders';
import { missingStrategyContent, strategyBlockContent } from './strategyBlockContent';

/**
 * The snapshot of a frozen block. Attributes come from the editor (already parsed) or
 * straight from stored HTML (a JSON string), and either may have been tampered with, so
 * both go through the same validation; anything malformed counts as "not frozen".
 */
function snapshotOf(attrs: Record<string, unknown>): RichNode[] | null {
  const raw = attrs.snapshot;
  if (typeof raw === 'string') return parseSnapshot(raw);
  if (Array.isArray(raw)) {
    const parsed = richNodeList.safeParse(raw);
    return parsed.success ? parsed.data : null;
  }
  return null;
}

/** "2026-03-01T10:00:00Z" -> "2026-03-01"; anything else is shown as it is (it is escaped by every writer). */
const dateOf = (frozenAt: unknown) => {
  if (typeof frozenAt !== 'string') return '';
  const match = /^\d{4}-\d{2}-\d{2}/.exec(frozenAt);
  return match ? match[0] : frozenAt.slice(0, 40);
};

/** A snapshot may not contain another block: it is content, not a link, so nested blocks are dropped. */
function withoutBlocks(nodes: RichNode[]): RichNode[] {
  return nodes
    .filter((node) => node.type !== 'strategyBlock')
    .map((node) => (node.content ? { ...node, content: withoutBlocks(node.content) } : node));
}

function blockContent(node: RichNode, byId: ReadonlyMap<string, Strategy>, options: StrategyBlockOptions): RichNode[] {
  const attrs = node.attrs ?? {};
  const snapshot = snapshotOf(attrs);
  if (snapshot !== null) {
    const date = dateOf(attrs.frozenAt);
    const note = date === '' ? [] : [paragraph(italic(fill(strategyTexts[options.language].blockContent.snapshotOf, { date })))];
    return [...withoutBlocks(snapshot), ...note];
  }
  const kind = strategyBlockKind.safeParse(attrs.kind);
  const strategy = typeof attrs.strategyId === 'string' ? byId.get(attrs.strategyId) : undefined;
  if (!kind.success || strategy === undefined) return missingStrategyContent(options.language);
  return strategyBlockContent(kind.data, strategy, options);
}

function resolveList(nodes: RichNode[], byId: ReadonlyMap<string, Strategy>, options: StrategyBlockOptions): RichNode[] {
  return nodes.flatMap((node) => {
    if (node.type === 'strategyBlock') return blockContent(node, byId, options);
    return node.content ? [{ ...node, content: resolveList(node.content, byId, options) }] : [{ ...node }];
  });
}

/**
 * A copy of the document in which every strategy block is replaced by what it shows: its
 * frozen snapshot (with a "Snapshot of …" note), else the strategy's current content, else
 * the "strategy no longer exists" note. Writers then only ever see ordinary nodes.
 * The input is not changed.
 */
export function resolveStrategyBlocks(doc: RichNode, strategies: readonly Strategy[], options: StrategyBlockOptions): RichNode {
  const byId = new Map(strategies.map((strategy) => [strategy.id, strategy]));
  if (doc.type === 'strategyBlock') return { type: 'doc', content: blockContent(doc, byId, options) };
  return doc.content ? { ...doc, content: resolveList(doc.content, byId, options) } : { ...doc };
}
