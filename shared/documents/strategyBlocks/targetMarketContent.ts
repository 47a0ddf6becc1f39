import type { Strategy } from '../../schema/strategy';
import type { RichNode } from '../richText';
import type { BlockContext } from './blockContext';
import { bold, bulletList, paragraph, table, text } from './richBuilders';

type SizeUnit = Strategy['targetMarket']['marketSize']['unit'];

/** An amount with its unit: revenue as money, customers and units as counts with the unit word. */
function sized(value: number, unit: SizeUnit, context: BlockContext): string {
  return unit === 'revenue' ? context.money(value) : `${context.number(value)} ${context.labels.sizeUnits[unit]}`;
}

/** Chosen segments as a table, the TAM/SAM/SOM line, and the personas. */
export function targetMarketContent(strategy: Strategy, context: BlockContext): RichNode[] {
  const { labels } = context;
  const { segments, personas, marketSize } = strategy.targetMarket;
  const chosen = segments.filter((segment) => segment.chosen);
  const nodes: RichNode[] = [paragraph(bold(labels.chosenSegments))];

  if (chosen.length === 0) {
    nodes.push(paragraph(labels.noSegments));
  } else {
    nodes.push(table(
      [labels.segment, labels.sizeEstimate, labels.growth, labels.attractiveness],
      chosen.map((segment) => [
        segment.name,
        segment.sizeEstimate === null ? context.common.none : sized(segment.sizeEstimate, segment.sizeUnit, context),
        segment.growthPercent === null ? context.common.none : context.percent(segment.growthPercent),
        `${segment.attractiveness}/5`,
      ]),
    ));
  }

  nodes.push(paragraph(bold(labels.marketSize)));
  const sizes = (['tam', 'sam', 'som'] as const).filter((key) => marketSize[key] !== null);
  nodes.push(sizes.length === 0
    ? paragraph(labels.noMarketSize)
    : paragraph(sizes.map((key) => `${key.toUpperCase()}${context.common.colon}${sized(marketSize[key]!, marketSize.unit, context)}`).join(' · ')));

  nodes.push(paragraph(bold(labels.personas)));
  if (personas.length === 0) {
    nodes.push(paragraph(labels.noPersonas));
  } else {
    nodes.push(bulletList(personas.map((persona) => {
      const details = [persona.role.trim(), persona.goals.trim()].filter((part) => part !== '').join(' — ');
      return details === '' ? [bold(persona.name)] : [bold(persona.name), text(`${context.common.colon}${details}`)];
    })));
  }
  return nodes;
}
