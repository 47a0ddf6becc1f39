import { fill } from '../../i18n/text';
import type { Strategy } from '../../schema/strategy';
import { channelShareCheck } from '../../strategy/channelShares';
import type { RichNode } from '../richText';
import type { BlockContext } from './blockContext';
import { paragraph, table } from './richBuilders';

/** How far the shares are from 100 %, for the summary line; null when there is nothing to say. */
function sharesLine(items: Strategy['channels']['items'], context: BlockContext): string | null {
  const { labels } = context;
  const check = channelShareCheck(items);
  switch (check.state) {
    case 'empty':
      return null;
    case 'ok':
      return labels.sharesOk;
    case 'under':
      return fill(labels.sharesUnder, { total: context.percent(check.total), gap: context.percent(Math.round((100 - check.total) * 100) / 100) });
    case 'over':
      return fill(labels.sharesOver, { total: context.percent(check.total), gap: context.percent(Math.round((check.total - 100) * 100) / 100) });
  }
}

/**
 * Channels with their target share and cost. Channels carry no money budget in the
 * schema, only a cost as % of revenue, so that is the "budget" column.
 */
export function channelMixContent(strategy: Strategy, context: BlockContext): RichNode[] {
  const { labels } = context;
  const items = strategy.channels.items;
  if (items.length === 0) return [paragraph(labels.noChannels)];
  const nodes: RichNode[] = [table(
    [labels.channel, labels.channelType, labels.share, labels.cost],
    items.map((item) => [
      item.name,
      context.common.channelTypes[item.type],
      item.targetSharePercent === null ? context.common.none : context.percent(item.targetSharePercent),
      item.costPercent === null ? context.common.none : context.percent(item.costPercent),
    ]),
  )];
  const line = sharesLine(items, context);
  if (line !== null) nodes.push(paragraph(line));
  return nodes;
}
