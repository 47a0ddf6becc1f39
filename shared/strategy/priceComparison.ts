import type { Strategy } from '../schema/strategy';

/** Bars for the price comparison chart: where our tiers sit against the competition. */

export interface PriceBar {
  /** 'tier:<id>' or 'competitor:<id>': prefixed so a tier and a competitor can never share a key. */
  key: string;
  label: string;
  price: number;
  kind: 'own' | 'competitor';
}

/**
 * Own price tiers then competitors with a known price, for the comparison chart. Each list
 * keeps its order in the strategy; competitors without a price have nothing to draw.
 */
export function priceComparison(strategy: Strategy): PriceBar[] {
  const bars: PriceBar[] = strategy.pricing.tiers.map((tier) => ({
    key: `tier:${tier.id}`, label: tier.name, price: tier.price, kind: 'own',
  }));
  for (const competitor of strategy.research.competitors) {
    if (competitor.price === null) continue;
    bars.push({ key: `competitor:${competitor.id}`, label: competitor.name, price: competitor.price, kind: 'competitor' });
  }
  return bars;
}
