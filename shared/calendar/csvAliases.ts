import type { Campaign } from '../schema/campaign';
import type { ChannelType } from './campaignFilter';

/**
 * What the campaign CSV import accepts besides our own ids, so files typed or exported by Chinese
 * and English Excel users import without editing: column headers and the values of the channel,
 * status and kind columns. Matching ignores case, all whitespace, '-' and '_' and full-width
 * forms (NFKC), so "Start Date", "start_date", "startDate" and "ｓｔａｒｔ" all match; '/' is kept.
 * The labels mirror the UI vocabulary (renderer i18n: calendar statuses/kinds, strategy channel types).
 */

export const CSV_COLUMN_NAMES = ['name', 'kind', 'status', 'startDate', 'endDate', 'channels', 'owner', 'plannedBudget', 'actualSpend', 'objective', 'strategy'] as const;
export type CsvColumn = (typeof CSV_COLUMN_NAMES)[number];

/** The comparison form of a header or value. */
export function normalizeAlias(text: string): string {
  return text.normalize('NFKC').replace(/^\uFEFF/, '').toLowerCase().replace(/[\s_-]+/g, '');
}

function table<T extends string>(entries: Record<T, readonly string[]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [target, aliases] of Object.entries(entries) as Array<[T, readonly string[]]>) {
    for (const alias of [target, ...aliases]) map.set(normalizeAlias(alias), target);
  }
  return map;
}

const HEADERS = table<CsvColumn>({
  name: ['名称', '活动名称', 'campaign', 'campaign name', 'title', '活动', '标题'],
  kind: ['类型', 'type', '活动类型'],
  status: ['状态'],
  startDate: ['start', 'start date', 'from', '开始日期', '开始', '开始时间'],
  endDate: ['end', 'end date', 'to', '结束日期', '结束', '结束时间'],
  channels: ['channel', '渠道', '销售渠道'],
  owner: ['负责人', '负责'],
  plannedBudget: ['planned budget', 'budget', 'planned', '计划预算', '预算'],
  actualSpend: ['actual spend', 'spend', 'actual', '实际花费', '实际支出', '花费', '支出'],
  objective: ['目标', '活动目标', 'goal'],
  strategy: ['策略', '市场策略'],
});

const CHANNELS = table<ChannelType>({
  'online-store': ['Online store', '线上商城', '网店', '官网商城'],
  marketplace: ['Marketplace', '电商平台'],
  retail: ['Retail', '线下零售', '零售'],
  distributor: ['Distributor / agent', 'Distributor', 'Agent', '代理商 / 分销商', '代理商', '分销商'],
  'direct-sales': ['Direct sales', '直销'],
  partner: ['Partner / carrier', 'Partner', 'Carrier', '合作伙伴 / 运营商', '合作伙伴', '运营商'],
});

const STATUSES = table<Campaign['status']>({
  idea: ['Idea', '创意', '构想'],
  planned: ['Planned', '计划中', '计划'],
  'in-progress': ['In progress', 'Ongoing', 'Running', '进行中'],
  done: ['Done', 'Completed', 'Finished', '已完成', '完成'],
  cancelled: ['Cancelled', 'Canceled', '已取消', '取消'],
});

const KINDS = table<Campaign['kind']>({
  campaign: ['Campaign', '营销活动'],
  event: ['Event', '活动'],
  'trade-show': ['Trade show', 'Tradeshow', 'Exhibition', 'Expo', '展会', '展览会'],
});

export function columnForHeader(header: string): CsvColumn | null {
  return HEADERS.get(normalizeAlias(header)) ?? null;
}

export function channelFromText(value: string): ChannelType | null {
  return CHANNELS.get(normalizeAlias(value)) ?? null;
}

export function statusFromText(value: string): Campaign['status'] | null {
  return STATUSES.get(normalizeAlias(value)) ?? null;
}

export function kindFromText(value: string): Campaign['kind'] | null {
  return KINDS.get(normalizeAlias(value)) ?? null;
}

