import type { Strategy } from '../../schema/strategy';
import type { RichNode } from '../richText';
import type { BlockContext } from './blockContext';
import { paragraph, table } from './richBuilders';

/** The research block's competitor list as a table. */
export function competitorsContent(strategy: Strategy, context: BlockContext): RichNode[] {
  const { labels } = context;
  const competitors = strategy.research.competitors;
  if (competitors.length === 0) return [paragraph(labels.noCompetitors)];
  return [table(
    [labels.competitor, labels.priceLevel, labels.price, labels.strengths, labels.weaknesses],
    competitors.map((competitor) => [
      competitor.name,
      labels.priceLevels[competitor.priceLevel],
      competitor.price === null ? context.common.none : context.money(competitor.price),
      competitor.strengths,
      competitor.weaknesses,
    ]),
  )];
}
