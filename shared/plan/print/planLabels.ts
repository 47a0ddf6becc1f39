import type { UiLanguage } from '../../schema/primitives';

/**
 * Words every part of the printed marketing plan shares (section writers, contents, page
 * frame). Kept in shared/ because the print writers run without the UI's i18n; both languages
 * are complete by type. Section-specific words live beside their writer.
 */
export interface PlanLabels {
  /** The line an empty section prints when the plan says "placeholder". */
  notYetWritten: string;
  contents: string;
  page: string;
  /** The host's footer template: {page} and {total} are filled in by Chromium. */
  footerTemplate: string;
  /** Between a label and its value: ": " / "：". */
  colon: string;
  /** A value that is not set. */
  none: string;
  /** Joins list items in a table cell: ", " / "、". */
  listSeparator: string;
  company: string;
  author: string;
  date: string;
  period: string;
  preparedBy: string;
  total: string;
  year: string;
  target: string;
  actual: string;
  planned: string;
  month: string;
  quarter: string;
  /** Short quarter names Q1–Q4 / 一季度–四季度. */
  quarters: readonly [string, string, string, string];
  /** Short month names Jan–Dec / 1月–12月. */
  months: readonly [string, string, string, string, string, string, string, string, string, string, string, string];
  strategy: string;
  campaign: string;
  owner: string;
  channels: string;
  dates: string;
  objective: string;
}

const en: PlanLabels = {
  notYetWritten: 'Not yet written.',
  contents: 'Contents',
  page: 'Page',
  footerTemplate: 'Page {page} of {total}',
  colon: ': ',
  none: '—',
  listSeparator: ', ',
  company: 'Company',
  author: 'Author',
  date: 'Date',
  period: 'Period',
  preparedBy: 'Prepared by',
  total: 'Total',
  year: 'Year',
  target: 'Target',
  actual: 'Actual',
  planned: 'Planned',
  month: 'Month',
  quarter: 'Quarter',
  quarters: ['Q1', 'Q2', 'Q3', 'Q4'],
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  strategy: 'Strategy',
  campaign: 'Campaign',
  owner: 'Owner',
  channels: 'Channels',
  dates: 'Dates',
  objective: 'Objective',
};

const zh: PlanLabels = {
  notYetWritten: '尚未填写。',
  contents: '目录',
  page: '页',
  footerTemplate: '第 {page} 页，共 {total} 页',
  colon: '：',
  none: '—',
  listSeparator: '、',
  company: '公司',
  author: '作者',
  date: '日期',
  period: '计划期间',
  preparedBy: '编制人',
  total: '合计',
  year: '全年',
  target: '目标',
  actual: '实际',
  planned: '计划',
  month: '月份',
  quarter: '季度',
  quarters: ['一季度', '二季度', '三季度', '四季度'],
  months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  strategy: '策略',
  campaign: '营销活动',
  owner: '负责人',
  channels: '渠道',
  dates: '日期',
  objective: '目标',
};

export function planLabels(language: UiLanguage): PlanLabels {
  return language === 'zh-CN' ? zh : en;
}
