import { mergeAttributes, Node } from '@tiptap/core';
import { parseSnapshot, strategyBlockKind, type StrategyBlockAttrs, type StrategyBlockKind } from '../../../../shared/documents/richText';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    strategyBlock: {
      insertStrategyBlock: (attrs: { kind: StrategyBlockKind; strategyId: string }) => ReturnType;
    };
  }
}

function kindFrom(value: string | null): StrategyBlockKind {
  const parsed = strategyBlockKind.safeParse(value);
  return parsed.success ? parsed.data : 'positioning';
}

/**
 * A live view of one part of a strategy inside a document. The body stores only which part of
 * which strategy (and, once frozen, the snapshot); the content is drawn from the workspace each
 * time, so the block follows the strategy until the user freezes it.
 *
 * This is the node without its view (the schema, for parsing and exports); the documents editor
 * adds the React view with `StrategyBlockNode.extend({ addNodeView })`.
 */
export const StrategyBlockNode = Node.create({
  name: 'strategyBlock',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addAttributes() {
    return {
      kind: {
        default: 'positioning',
        parseHTML: (element) => kindFrom(element.getAttribute('data-strategy-block')),
        renderHTML: (attributes) => ({ 'data-strategy-block': attributes.kind }),
      },
      strategyId: {
        default: '',
        parseHTML: (element) => element.getAttribute('data-strategy-id') ?? '',
        renderHTML: (attributes) => ({ 'data-strategy-id': attributes.strategyId }),
      },
      frozenAt: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-frozen-at'),
        renderHTML: (attributes) => (attributes.frozenAt ? { 'data-frozen-at': attributes.frozenAt } : {}),
      },
      snapshot: {
        default: null,
        parseHTML: (element) => parseSnapshot(element.getAttribute('data-snapshot')),
        renderHTML: (attributes) => (attributes.snapshot ? { 'data-snapshot': JSON.stringify(attributes.snapshot) } : {}),
      },
    };
  },

  parseHTML() {
    return [{ tag: 'div[data-strategy-block]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes)];
  },

  addCommands() {
    return {
      insertStrategyBlock: ({ kind, strategyId }) => ({ commands }) => {
        const attrs: StrategyBlockAttrs = { kind, strategyId, snapshot: null, frozenAt: null };
        return commands.insertContent({ type: this.name, attrs });
      },
    };
  },
});
