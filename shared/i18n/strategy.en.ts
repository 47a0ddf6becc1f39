import type { StrategyBlockKind } from '../documents/richText';
import type { Strategy } from '../schema/strategy';
import type { SizeUnit } from '../strategy/marketSizing';

/**
 * The strategy area's words that code without the UI's i18n needs: the positioning statement's
 * template and blanks (the same keys as the canvas's `strategy.positioning.*`), and the static
 * content a strategy block turns into (`blockContent`), which is also frozen into snapshots,
 * written into every export and printed in the plan.
 */
export const strategyEn = {
  positioning: {
    /** The sentence; Chinese reads the need before the target, so the order of the parts is the language's. */
    template: 'For {{target}} who {{need}}, {{product}} is a {{category}} that {{benefit}}. Unlike {{competitor}}, it {{differentiator}}.',
    /** What a blank part shows. */
    blank: {
      target: '<target>', need: '<need>', product: '<product>', category: '<category>',
      benefit: '<benefit>', competitor: '<competitor>', differentiator: '<differentiator>',
    },
  },
  blockContent: {
    titles: {
      'target-market': 'Target market',
      positioning: 'Positioning',
      competitors: 'Competitors',
      'perceptual-map': 'Perceptual map',
      'price-tiers': 'Price tiers',
      'channel-mix': 'Channel mix',
    } satisfies Record<StrategyBlockKind, string>,
    heading: '{{title}} — {{strategy}}',
    missingStrategy: 'The strategy this block showed no longer exists.',
    snapshotOf: 'Snapshot of {{date}}',
    chosenSegments: 'Chosen segments',
    segment: 'Segment',
    sizeEstimate: 'Size estimate',
    growth: 'Growth per year',
    attractiveness: 'Attractiveness',
    sizeUnits: { customers: 'customers', units: 'units per year', revenue: 'revenue per year' } satisfies Record<Strategy['targetMarket']['marketSize']['unit'], string>,
    marketSize: 'Market size',
    personas: 'Personas',
    noSegments: 'No target segments chosen yet.',
    noMarketSize: 'No market size estimated yet.',
    noPersonas: 'No personas yet.',
    differentiation: 'Differentiation points',
    against: ' (against {{competitor}})',
    noStatement: 'No positioning statement yet.',
    noDifferentiation: 'No differentiation points yet.',
    competitor: 'Competitor',
    priceLevel: 'Price level',
    price: 'Price',
    strengths: 'Strengths',
    weaknesses: 'Weaknesses',
    priceLevels: { low: 'Low', mid: 'Mid', high: 'High', premium: 'Premium' } satisfies Record<Strategy['research']['competitors'][number]['priceLevel'], string>,
    noCompetitors: 'No competitors yet.',
    mapAlt: 'Perceptual map: {{x}} horizontally, {{y}} vertically',
    mapEntry: 'Product or competitor',
    horizontal: 'Horizontal (0–10)',
    vertical: 'Vertical (0–10)',
    low: 'Low',
    high: 'High',
    ownProduct: 'Our product',
    noMapPoints: 'No products placed on the perceptual map yet.',
    tier: 'Tier',
    includes: 'What is included',
    noTiers: 'No price tiers yet.',
    pricingStrategy: 'Pricing strategy',
    strategyTypes: {
      penetration: 'Penetration', skimming: 'Skimming', 'value-based': 'Value-based',
      'cost-plus': 'Cost-plus', competitive: 'Competitive', 'tiered-freemium': 'Tiered / freemium',
    } satisfies Record<NonNullable<Strategy['pricing']['strategyType']>, string>,
    breakEvenOk: 'Break-even at the price of {{tier}} ({{price}}): {{units}} units, {{revenue}} revenue.',
    breakEvenNone: 'No break-even: the price ({{price}}) is not above the unit variable cost ({{cost}}).',
    breakEvenOutOfRange: 'Break-even is beyond any realistic volume: the margin per unit is too small for the fixed costs.',
    breakEvenIncomplete: 'Break-even not calculated yet: a price tier, the unit variable cost and the fixed costs are needed.',
    channel: 'Channel',
    channelType: 'Type',
    share: 'Target share',
    cost: 'Cost (% of revenue)',
    noChannels: 'No channels yet.',
    sharesOk: 'Target shares add up to 100%.',
    sharesUnder: 'Target shares add up to {{total}}: {{gap}} is not assigned to a channel.',
    sharesOver: 'Target shares add up to {{total}}, {{gap}} more than 100%.',
  },
  /**
   * The words the plan's print charts draw (market size, perceptual map, break-even, channel mix),
   * for the plan's language, which need not be the UI's. Wording follows the strategy canvas.
   */
  printCharts: {
    tam: 'TAM',
    sam: 'SAM',
    som: 'SOM',
    sizeUnits: { customers: 'Customers', units: 'Units per year', revenue: 'Revenue per year' } satisfies Record<SizeUnit, string>,
    /** After an amount: SAM as a share of TAM, SOM of SAM. */
    shareOf: ' ({{percent}} of {{base}})',
    notEntered: 'not entered',
    ownProduct: 'Our product',
    competitor: 'Competitor',
    /** Axis ends the user left blank. */
    axisLow: 'Low end',
    axisHigh: 'High end',
    revenue: 'Revenue',
    totalCost: 'Total cost',
    unitsSold: 'Units sold',
    breakEven: 'Break-even',
    unitsValue: '{{units}} units',
    /** The slice that gathers the smallest channels of a long mix. */
    otherChannels: 'Other ({{count}})',
  },
};
