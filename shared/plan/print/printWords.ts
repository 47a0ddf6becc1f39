import type { UiLanguage } from '../../schema/primitives';
import type { CampaignKind, CampaignStatus } from '../../calendar/campaignFilter';

/**
 * Words several plan section writers share (months, campaign status and kind, confidence,
 * promotion types). They live in shared/ like the strategy block labels, because the PDF is
 * written without the UI's i18n; the vocabulary follows the renderer's strategy and calendar
 * screens so the plan reads like the app.
 */
export interface PrintWords {
  /** Short month names, January first. */
  months: readonly string[];
  campaignStatus: Record<CampaignStatus, string>;
  campaignKind: Record<CampaignKind, string>;
  confidence: Record<'low' | 'medium' | 'high', string>;
  promotionTypes: Record<'advertising' | 'pr' | 'sales-promotion' | 'direct-marketing' | 'events' | 'content-social', string>;
  /** A campaign without a channel, in budget tables. */
  noChannel: string;
  /** "Q2 2026" */
  quarter: (quarter: number, year: number) => string;
  /** "2026-03-01 – 2026-03-31" */
  /** Between list items on one line. */
  listSeparator: string;
  total: string;
}

const en: PrintWords = {
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  campaignStatus: { idea: 'Idea', planned: 'Planned', 'in-progress': 'In progress', done: 'Done', cancelled: 'Cancelled' },
  campaignKind: { campaign: 'Campaign', event: 'Event', 'trade-show': 'Trade show' },
  confidence: { low: 'Low', medium: 'Medium', high: 'High' },
  promotionTypes: {
    advertising: 'Advertising', pr: 'Public relations', 'sales-promotion': 'Sales promotion',
    'direct-marketing': 'Direct marketing', events: 'Events & trade shows', 'content-social': 'Content & social',
  },
  noChannel: 'No channel',
  quarter: (quarter, year) => `Q${quarter} ${year}`,
  listSeparator: ', ',
  total: 'Total',
};

const ZH_NUMBERS = ['一', '二', '三', '四'];

const zh: PrintWords = {
  months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  campaignStatus: { idea: '构想', planned: '计划中', 'in-progress': '进行中', done: '已完成', cancelled: '已取消' },
  campaignKind: { campaign: '营销活动', event: '活动', 'trade-show': '展会' },
  confidence: { low: '低', medium: '中', high: '高' },
  promotionTypes: {
    advertising: '广告', pr: '公关', 'sales-promotion': '销售促进',
    'direct-marketing': '直销推广', events: '活动与展会', 'content-social': '内容与社交媒体',
  },
  noChannel: '未指定渠道',
  // Same wording as the plan period (planPeriod.ts): "2026 年第二季度".
  quarter: (quarter, year) => `${year} 年第${ZH_NUMBERS[quarter - 1] ?? quarter}季度`,
  listSeparator: '、',
  total: '合计',
};

export function printWords(language: UiLanguage): PrintWords {
  return language === 'zh-CN' ? zh : en;
}
