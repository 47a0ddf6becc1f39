import { ReactNodeViewRenderer } from '@tiptap/react';
import { StrategyBlockNode } from '../../../../kernel/richText/strategyBlockNode';
import { StrategyBlockView } from './StrategyBlockView';

/** The strategy block as the editor shows it: the kernel's headless node plus its live React view. */
export const StrategyBlock = StrategyBlockNode.extend({
  addNodeView() {
    return ReactNodeViewRenderer(StrategyBlockView);
  },
});
