import type { Strategy } from '../schema/strategy';

/** A blank canvas: every block present and empty, so the six steps can be walked from the start. */
export function emptyStrategy(options: { id: string; name: string; currency: string; createdAt: string }): Strategy {
  return {
    id: options.id,
    name: options.name,
    product: '',
    market: '',
    currency: options.currency,
    createdAt: options.createdAt,
    research: { sources: [], findings: [], competitors: [], notes: '' },
    targetMarket: { segments: [], personas: [], marketSize: { tam: null, sam: null, som: null, unit: 'revenue' }, notes: '' },
    positioning: {
      statement: { target: '', need: '', product: '', category: '', benefit: '', competitor: '', differentiator: '' },
      differentiationPoints: [],
      map: { xAxis: { low: '', high: '' }, yAxis: { low: '', high: '' }, points: [] },
      notes: '',
    },
    pricing: { strategyType: null, tiers: [], unitVariableCost: null, fixedCosts: null, breakEvenTierId: null, discountPolicy: '', notes: '' },
    channels: { items: [], notes: '' },
    promotion: { items: [], notes: '' },
    implementation: { notes: '', reviewCadenceWeeks: null },
  };
}
