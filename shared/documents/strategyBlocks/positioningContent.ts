import { fill } from '../../i18n/text';
import type { Strategy } from '../../schema/strategy';
import type { RichNode } from '../richText';
import type { BlockContext } from './blockContext';
import { isStatementEmpty, positioningSentence } from './positioningSentence';
import { bold, bulletList, paragraph, text } from './richBuilders';

/** The positioning statement sentence and the differentiation points. */
export function positioningContent(strategy: Strategy, context: BlockContext): RichNode[] {
  const { labels } = context;
  const { statement, differentiationPoints } = strategy.positioning;
  const competitorName = new Map(strategy.research.competitors.map((competitor) => [competitor.id, competitor.name]));
  const nodes: RichNode[] = [
    paragraph(isStatementEmpty(statement) ? labels.noStatement : positioningSentence(statement, context.language)),
    paragraph(bold(labels.differentiation)),
  ];
  const points = differentiationPoints.filter((point) => point.text.trim() !== '');
  if (points.length === 0) {
    nodes.push(paragraph(labels.noDifferentiation));
  } else {
    nodes.push(bulletList(points.map((point) => {
      const against = point.competitorId === null ? undefined : competitorName.get(point.competitorId);
      return against === undefined ? [text(point.text)] : [text(point.text), text(fill(labels.against, { competitor: against }))];
    })));
  }
  return nodes;
}
