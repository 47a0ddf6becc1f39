import type { UiLanguage } from '../../../../../shared/schema/primitives';
import type { ChannelType } from '../../../../../shared/calendar/campaignFilter';
import type { SizeUnit } from '../../../../../shared/strategy/marketSizing';

/**
 * Every word the print charts draw, in English and Simplified Chinese. Kept here rather than in
 * the app's i18n resources because the charts are drawn outside React (no `t()`), for a language
 * the plan chooses, which need not be the UI language of the moment. Wording follows the app's
 * strategy and budget screens so the PDF and the screen say the same thing.
 * Templates use `{name}` placeholders (see fillLabel).
 */
export interface PrintChartLabels {
  tam: string;
  sam: string;
  som: string;
  sizeUnits: Record<SizeUnit, string>;
  /** " ({percent} of {base})" after an amount: SAM as a share of TAM, SOM of SAM. */
  shareOf: string;
  notEntered: string;
  ownProduct: string;
  competitor: string;
  /** Axis ends the user left blank. */
  axisLow: string;
  axisHigh: string;
  revenue: string;
  totalCost: string;
  unitsSold: string;
  breakEven: string;
  /** "{units} units". */
  unitsValue: string;
  planned: string;
  actual: string;
  allocation: string;
  overBudget: string;
  noChannel: string;
  /** The slice that gathers the smallest channels of a long mix. */
  otherChannels: string;
  channelTypes: Record<ChannelType, string>;
}

const en: PrintChartLabels = {
  tam: 'TAM',
  sam: 'SAM',
  som: 'SOM',
  sizeUnits: { customers: 'Customers', units: 'Units per year', revenue: 'Revenue per year' },
  shareOf: ' ({percent} of {base})',
  notEntered: 'not entered',
  ownProduct: 'Our product',
  competitor: 'Competitor',
  axisLow: 'Low end',
  axisHigh: 'High end',
  revenue: 'Revenue',
  totalCost: 'Total cost',
  unitsSold: 'Units sold',
  breakEven: 'Break-even',
  unitsValue: '{units} units',
  planned: 'Planned',
  actual: 'Actual',
  allocation: 'Allocation',
  overBudget: 'Over budget',
  noChannel: 'No channel',
  otherChannels: 'Other ({count})',
  channelTypes: {
    'online-store': 'Online store',
    marketplace: 'Marketplace',
    retail: 'Retail',
    distributor: 'Distributor / agent',
    'direct-sales': 'Direct sales',
    partner: 'Partner / carrier',
  },
};

const zhCN: PrintChartLabels = {
  tam: 'TAM',
  sam: 'SAM',
  som: 'SOM',
  sizeUnits: { customers: '客户数', units: '年销量（件）', revenue: '年销售额' },
  shareOf: '（占 {base} 的 {percent}）',
  notEntered: '未填写',
  ownProduct: '本产品',
  competitor: '竞争对手',
  axisLow: '低端',
  axisHigh: '高端',
  revenue: '销售额',
  totalCost: '总成本',
  unitsSold: '销量',
  breakEven: '盈亏平衡点',
  unitsValue: '{units} 件',
  planned: '计划',
  actual: '实际',
  allocation: '预算分配',
  overBudget: '超预算',
  noChannel: '无渠道',
  otherChannels: '其他（{count} 个）',
  channelTypes: {
    'online-store': '线上商城',
    marketplace: '电商平台',
    retail: '线下零售',
    distributor: '代理商 / 分销商',
    'direct-sales': '直销',
    partner: '合作伙伴 / 运营商',
  },
};

export function printChartLabels(language: UiLanguage): PrintChartLabels {
  return language === 'zh-CN' ? zhCN : en;
}

/** Replaces `{name}` placeholders; an unknown name stays as written, so a typo shows rather than vanishes. */
export function fillLabel(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
