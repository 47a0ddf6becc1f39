import { RICH_NODE_TYPES, plainText, type RichNode } from '../richText';

/**
 * Facts about a rich-text tree that every writer must agree on: which node types are
 * written at all, a heading's level, and the anchor of each heading (the table of contents
 * links to them, so HTML, DOCX and the TOC must compute the same ids).
 */

/** Node types the writers output. Strategy blocks must be resolved first; anything else is dropped. */
const WRITTEN_TYPES: ReadonlySet<string> = new Set(RICH_NODE_TYPES.filter((type) => type !== 'strategyBlock' && type !== 'doc'));

export const isWrittenNode = (node: RichNode) => WRITTEN_TYPES.has(node.type);

/** 1..6; anything else the attribute holds reads as 1. */
export function headingLevel(node: RichNode): 1 | 2 | 3 | 4 | 5 | 6 {
  const level = node.attrs?.level;
  return typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6 ? (level as 1 | 2 | 3 | 4 | 5 | 6) : 1;
}

/** Heading text on one line (hard breaks and block boundaries become spaces). */
export const headingText = (node: RichNode) => plainText(node).replace(/\s+/g, ' ').trim();

/**
 * Anchor id of every heading that will be written, in document order ("sec-1", "sec-2", …),
 * keyed by node identity so each writer can look its headings up while it walks.
 */
export function headingAnchors(nodes: readonly RichNode[]): Map<RichNode, string> {
  const anchors = new Map<RichNode, string>();
  const visit = (list: readonly RichNode[]) => {
    for (const node of list) {
      if (!isWrittenNode(node)) continue;
      if (node.type === 'heading') anchors.set(node, `sec-${anchors.size + 1}`);
      else if (node.content) visit(node.content);
    }
  };
  visit(nodes);
  return anchors;
}
