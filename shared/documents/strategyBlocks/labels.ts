import type { UiLanguage } from '../../schema/primitives';
import type { StrategyBlockKind } from '../richText';

/**
 * Words of the static content a strategy block turns into. They live in shared/ (not in the
 * renderer's i18n) because the same content is frozen into snapshots and written into every
 * export, which run without the UI. The vocabulary follows the strategy canvas.
 */
export interface StrategyBlockLabels {
  titles: Record<StrategyBlockKind, string>;
  /** "{title} — {strategy}" */
  heading: (title: string, strategyName: string) => string;
  missingStrategy: string;
  snapshotOf: (date: string) => string;
  chosenSegments: string;
  segment: string;
  sizeEstimate: string;
  growth: string;
  attractiveness: string;
  sizeUnits: { customers: string; units: string; revenue: string };
  marketSize: string;
  personas: string;
  noSegments: string;
  noMarketSize: string;
  noPersonas: string;
  differentiation: string;
  /** Appended to a differentiation point: " (against X)" / "（针对 X）". */
  against: (competitor: string) => string;
  /** Between a label and its value: ": " / "：". */
  colon: string;
  noStatement: string;
  noDifferentiation: string;
  statementBlanks: Record<'target' | 'need' | 'product' | 'category' | 'benefit' | 'competitor' | 'differentiator', string>;
  competitor: string;
  priceLevel: string;
  price: string;
  strengths: string;
  weaknesses: string;
  priceLevels: { low: string; mid: string; high: string; premium: string };
  noCompetitors: string;
  mapAlt: (x: string, y: string) => string;
  mapEntry: string;
  horizontal: string;
  vertical: string;
  low: string;
  high: string;
  ownProduct: string;
  noMapPoints: string;
  tier: string;
  includes: string;
  noTiers: string;
  pricingStrategy: string;
  strategyTypes: Record<'penetration' | 'skimming' | 'value-based' | 'cost-plus' | 'competitive' | 'tiered-freemium', string>;
  breakEvenOk: (tier: string, price: string, units: string, revenue: string) => string;
  breakEvenNone: (price: string, cost: string) => string;
  breakEvenOutOfRange: string;
  breakEvenIncomplete: string;
  channel: string;
  channelType: string;
  share: string;
  cost: string;
  channelTypes: Record<'online-store' | 'marketplace' | 'retail' | 'distributor' | 'direct-sales' | 'partner', string>;
  noChannels: string;
  sharesOk: string;
  sharesUnder: (total: string, gap: string) => string;
  sharesOver: (total: string, gap: string) => string;
  notSet: string;
}

const en: StrategyBlockLabels = {
  titles: {
    'target-market': 'Target market',
    positioning: 'Positioning',
    competitors: 'Competitors',
    'perceptual-map': 'Perceptual map',
    'price-tiers': 'Price tiers',
    'channel-mix': 'Channel mix',
  },
  heading: (title, strategyName) => `${title} — ${strategyName}`,
  missingStrategy: 'The strategy this block showed no longer exists.',
  snapshotOf: (date) => `Snapshot of ${date}`,
  chosenSegments: 'Chosen segments',
  segment: 'Segment',
  sizeEstimate: 'Size estimate',
  growth: 'Growth per year',
  attractiveness: 'Attractiveness',
  sizeUnits: { customers: 'customers', units: 'units per year', revenue: 'revenue per year' },
  marketSize: 'Market size',
  personas: 'Personas',
  noSegments: 'No target segments chosen yet.',
  noMarketSize: 'No market size estimated yet.',
  noPersonas: 'No personas yet.',
  differentiation: 'Differentiation points',
  against: (competitor) => ` (against ${competitor})`,
  colon: ': ',
  noStatement: 'No positioning statement yet.',
  noDifferentiation: 'No differentiation points yet.',
  statementBlanks: {
    target: '<target>', need: '<need>', product: '<product>', category: '<category>',
    benefit: '<benefit>', competitor: '<competitor>', differentiator: '<differentiator>',
  },
  competitor: 'Competitor',
  priceLevel: 'Price level',
  price: 'Price',
  strengths: 'Strengths',
  weaknesses: 'Weaknesses',
  priceLevels: { low: 'Low', mid: 'Mid', high: 'High', premium: 'Premium' },
  noCompetitors: 'No competitors yet.',
  mapAlt: (x, y) => `Perceptual map: ${x} horizontally, ${y} vertically`,
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
  },
  breakEvenOk: (tier, price, units, revenue) => `Break-even at the price of ${tier} (${price}): ${units} units, ${revenue} revenue.`,
  breakEvenNone: (price, cost) => `No break-even: the price (${price}) is not above the unit variable cost (${cost}).`,
  breakEvenOutOfRange: 'Break-even is beyond any realistic volume: the margin per unit is too small for the fixed costs.',
  breakEvenIncomplete: 'Break-even not calculated yet: a price tier, the unit variable cost and the fixed costs are needed.',
  channel: 'Channel',
  channelType: 'Type',
  share: 'Target share',
  cost: 'Cost (% of revenue)',
  channelTypes: {
    'online-store': 'Online store', marketplace: 'Marketplace', retail: 'Retail',
    distributor: 'Distributor / agent', 'direct-sales': 'Direct sales', partner: 'Partner / carrier',
  },
  noChannels: 'No channels yet.',
  sharesOk: 'Target shares add up to 100%.',
  sharesUnder: (total, gap) => `Target shares add up to ${total}: ${gap} is not assigned to a channel.`,
  sharesOver: (total, gap) => `Target shares add up to ${total}, ${gap} more than 100%.`,
  notSet: '—',
};

const zh: StrategyBlockLabels = {
  titles: {
    'target-market': '目标市场',
    positioning: '定位',
    competitors: '竞争对手',
    'perceptual-map': '定位图',
    'price-tiers': '价格档位',
    'channel-mix': '渠道组合',
  },
  heading: (title, strategyName) => `${title} — ${strategyName}`,
  missingStrategy: '此区块所链接的策略已不存在。',
  snapshotOf: (date) => `${date} 的快照`,
  chosenSegments: '已选细分市场',
  segment: '细分市场',
  sizeEstimate: '规模估算',
  growth: '年增长率',
  attractiveness: '吸引力',
  sizeUnits: { customers: '客户', units: '件/年', revenue: '年销售额' },
  marketSize: '市场规模',
  personas: '用户画像',
  noSegments: '尚未选择目标细分市场。',
  noMarketSize: '尚未估算市场规模。',
  noPersonas: '尚无用户画像。',
  differentiation: '差异化要点',
  against: (competitor) => `（针对${competitor}）`,
  colon: '：',
  noStatement: '尚无定位陈述。',
  noDifferentiation: '尚无差异化要点。',
  statementBlanks: {
    target: '〈目标客户〉', need: '〈需求〉', product: '〈产品〉', category: '〈品类〉',
    benefit: '〈核心利益〉', competitor: '〈竞争对手〉', differentiator: '〈差异点〉',
  },
  competitor: '竞争对手',
  priceLevel: '价格水平',
  price: '价格',
  strengths: '优势',
  weaknesses: '劣势',
  priceLevels: { low: '低', mid: '中', high: '高', premium: '高端' },
  noCompetitors: '尚无竞争对手。',
  mapAlt: (x, y) => `定位图：横轴为${x}，纵轴为${y}`,
  mapEntry: '产品或竞争对手',
  horizontal: '横向（0–10）',
  vertical: '纵向（0–10）',
  low: '低',
  high: '高',
  ownProduct: '本产品',
  noMapPoints: '定位图上尚未放置任何产品。',
  tier: '档位',
  includes: '包含内容',
  noTiers: '尚无价格档位。',
  pricingStrategy: '价格策略',
  strategyTypes: {
    penetration: '渗透定价', skimming: '撇脂定价', 'value-based': '价值定价',
    'cost-plus': '成本加成定价', competitive: '竞争导向定价', 'tiered-freemium': '分档 / 免费增值',
  },
  breakEvenOk: (tier, price, units, revenue) => `按${tier}（${price}）计算的盈亏平衡点：${units} 件，销售额 ${revenue}。`,
  breakEvenNone: (price, cost) => `无法盈亏平衡：价格（${price}）不高于单位变动成本（${cost}）。`,
  breakEvenOutOfRange: '盈亏平衡点超出任何现实销量：相对于固定成本，单位毛利太小。',
  breakEvenIncomplete: '尚未计算盈亏平衡点：需要价格档位、单位变动成本和固定成本。',
  channel: '渠道',
  channelType: '类型',
  share: '目标占比',
  cost: '费用（占销售额 %）',
  channelTypes: {
    'online-store': '线上商城', marketplace: '电商平台', retail: '线下零售',
    distributor: '代理商 / 分销商', 'direct-sales': '直销', partner: '合作伙伴 / 运营商',
  },
  noChannels: '尚无渠道。',
  sharesOk: '目标占比合计为 100%。',
  sharesUnder: (total, gap) => `目标占比合计为 ${total}：还有 ${gap} 未分配给渠道。`,
  sharesOver: (total, gap) => `目标占比合计为 ${total}，超出 100% ${gap}。`,
  notSet: '—',
};

export function strategyBlockLabels(language: UiLanguage): StrategyBlockLabels {
  return language === 'zh-CN' ? zh : en;
}
