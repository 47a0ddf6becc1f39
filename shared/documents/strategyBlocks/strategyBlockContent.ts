import { fill } from '../../i18n/text';
import { strategyTexts } from '../../i18n/texts';
import type { UiLanguage } from '../../schema/primitives';
import type { Strategy } from '../../schema/strategy';
import type { RichNode, StrategyBlockKind } from '../richText';
import { blockContext, type BlockContext, type StrategyBlockOptions } from './blockContext';
import { channelMixContent } from './channelMixContent';
import { competitorsContent } from './competitorsContent';
import { perceptualMapContent } from './perceptualMapContent';
import { positioningContent } from './positioningContent';
import { priceTiersContent } from './priceTiersContent';
import { heading, italic, paragraph } from './richBuilders';
import { targetMarketContent } from './targetMarketContent';

export type { StrategyBlockOptions } from './blockContext';

const BUILDERS: Record<StrategyBlockKind, (strategy: Strategy, context: BlockContext) => RichNode[]> = {
  'target-market': targetMarketContent,
  positioning: positioningContent,
  competitors: competitorsContent,
  'perceptual-map': perceptualMapContent,
  'price-tiers': priceTiersContent,
  'channel-mix': channelMixContent,
};

/**
 * The static content a live strategy block stands for right now: a level-3 heading naming
 * the block and the strategy, then the block's summary. The same nodes are shown in the
 * editor, frozen into a snapshot, and written by every exporter.
 */
export function strategyBlockContent(kind: StrategyBlockKind, strategy: Strategy, options: StrategyBlockOptions): RichNode[] {
  const context = blockContext(strategy, options);
  return [heading(3, fill(context.labels.heading, { title: context.labels.titles[kind], strategy: strategy.name })), ...BUILDERS[kind](strategy, context)];
}

/** What a block shows when its strategy has been deleted (and it was never frozen). */
export function missingStrategyContent(language: UiLanguage): RichNode[] {
  return [paragraph(italic(strategyTexts[language].blockContent.missingStrategy))];
}
