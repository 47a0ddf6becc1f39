import { z } from 'zod';

/**
 * The document body as a tree: ProseMirror's JSON shape, which is what the Tiptap editor
 * produces with `editor.getJSON()` / `generateJSON(html, extensions)`. Every writer
 * (HTML, Markdown, DOCX, print) works from this tree rather than from raw HTML, so only
 * the node and mark types listed here can ever reach an export: anything else a paste or
 * a hostile file smuggled in is dropped by the editor schema before it gets here, and the
 * writers ignore types they do not know.
 */
export interface RichMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface RichNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichNode[];
  marks?: RichMark[];
  text?: string;
}

/** Node types the editor schema defines (StarterKit + table + image + strategyBlock). */
export const RICH_NODE_TYPES = [
  'doc', 'paragraph', 'heading', 'text', 'hardBreak', 'bulletList', 'orderedList', 'listItem',
  'blockquote', 'codeBlock', 'horizontalRule', 'table', 'tableRow', 'tableHeader', 'tableCell',
  'image', 'strategyBlock',
] as const;

/** Mark types the editor schema defines. Only `link` carries an attribute that matters (href). */
export const RICH_MARK_TYPES = ['bold', 'italic', 'underline', 'strike', 'code', 'link'] as const;

/** What a live strategy block can show. */
export const STRATEGY_BLOCK_KINDS = [
  'target-market', 'positioning', 'competitors', 'perceptual-map', 'price-tiers', 'channel-mix',
] as const;
export const strategyBlockKind = z.enum(STRATEGY_BLOCK_KINDS);
export type StrategyBlockKind = z.infer<typeof strategyBlockKind>;

/**
 * Attributes of a `strategyBlock` node. Live (snapshot null): shows the strategy as it is
 * now. Frozen: `snapshot` holds the content at `frozenAt` and the strategy is no longer read.
 * In HTML the node is `<div data-strategy-block="positioning" data-strategy-id="…"
 * data-frozen-at="…" data-snapshot="[json]"></div>`.
 */
export interface StrategyBlockAttrs {
  kind: StrategyBlockKind;
  strategyId: string;
  snapshot: RichNode[] | null;
  frozenAt: string | null;
}

const MAX_DEPTH = 40;

/** Recursive schema with a depth bound, for JSON read back from an HTML attribute (frozen snapshots). */
function nodeSchema(depth: number): z.ZodType<RichNode> {
  const base = {
    type: z.string().max(40),
    attrs: z.record(z.string().max(40), z.unknown()).optional(),
    marks: z.array(z.object({ type: z.string().max(40), attrs: z.record(z.string().max(40), z.unknown()).optional() })).max(20).optional(),
    text: z.string().max(1_000_000).optional(),
  };
  if (depth >= MAX_DEPTH) return z.object(base);
  return z.object({ ...base, content: z.array(z.lazy(() => nodeSchema(depth + 1))).max(100_000).optional() });
}
export const richNodeList = z.array(nodeSchema(0)).max(10_000);

/** Parses a frozen snapshot from its attribute text; anything malformed reads as "no snapshot". */
export function parseSnapshot(text: string | null | undefined): RichNode[] | null {
  if (!text) return null;
  try {
    const parsed = richNodeList.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Plain text of a subtree (search, diff, TOC titles). Block boundaries become newlines. */
export function plainText(node: RichNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  const inner = (node.content ?? []).map(plainText);
  const isBlockContainer = (node.content ?? []).some((child) => child.type !== 'text' && child.type !== 'hardBreak');
  return inner.join(isBlockContainer ? '\n' : '');
}
