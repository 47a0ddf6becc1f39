import { fill } from '../../i18n/text';
import type { Strategy } from '../../schema/strategy';
import { breakEven, breakEvenTier } from '../../strategy/breakEven';
import type { RichNode } from '../richText';
import type { BlockContext } from './blockContext';
import { bold, paragraph, table, text } from './richBuilders';

function breakEvenLine(pricing: Strategy['pricing'], context: BlockContext): string {
  const { labels } = context;
  const tier = breakEvenTier(pricing);
  const result = breakEven({ price: tier?.price ?? null, unitVariableCost: pricing.unitVariableCost, fixedCosts: pricing.fixedCosts });
  switch (result.kind) {
    case 'ok':
      return fill(labels.breakEvenOk, { tier: tier!.name, price: context.money(result.price), units: context.number(result.units), revenue: context.money(result.revenue) });
    case 'no-break-even':
      return fill(labels.breakEvenNone, { price: context.money(result.price), cost: context.money(result.unitVariableCost) });
    case 'out-of-range':
      return labels.breakEvenOutOfRange;
    case 'incomplete':
      return labels.breakEvenIncomplete;
  }
}

/** Price tiers as a table, the pricing strategy type and the break-even line. */
export function priceTiersContent(strategy: Strategy, context: BlockContext): RichNode[] {
  const { labels } = context;
  const { pricing } = strategy;
  const nodes: RichNode[] = pricing.tiers.length === 0
    ? [paragraph(labels.noTiers)]
    : [table(
        [labels.tier, labels.price, labels.includes],
        pricing.tiers.map((tier) => [tier.name, context.money(tier.price), tier.includes]),
      )];
  if (pricing.strategyType !== null) {
    // The colon stays outside the bold: Markdown cannot close "**价格策略：**" before a CJK letter.
    nodes.push(paragraph(bold(labels.pricingStrategy), text(`${context.common.colon}${labels.strategyTypes[pricing.strategyType]}`)));
  }
  if (pricing.tiers.length > 0) nodes.push(paragraph(breakEvenLine(pricing, context)));
  return nodes;
}
