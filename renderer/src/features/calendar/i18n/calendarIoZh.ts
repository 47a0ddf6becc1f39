import type { calendarIoEn } from './calendarIoEn';

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** 日历导入导出的中文文字。 */
export const calendarIoZh: Widen<typeof calendarIoEn> = {
  exported: '已保存 {{file}}（{{count}} 项）。',
  nothingToExport: '没有可导出的营销活动。',
  reading: '正在读取 {{file}}…',
  previewCsvTitle: '从 {{file}} 导入营销活动',
  previewIcsTitle: '从 {{file}} 导入活动',
  encoding: '按 {{encoding}} 编码读取。',
  summary: '{{valid}} 项可导入，{{invalid}} 项有问题。',
  allBad: '没有可导入的行。请修改文件后重试。',
  partialNote: '有问题的行将被跳过；确认之前不会导入任何内容。',
  duplicates: '{{count}} 个活动已在此工作区中，将被跳过。',
  importValid_one: '导入 {{count}} 个有效项',
  importValid_other: '导入 {{count}} 个有效项',
  cancel: '取消',
  imported_one: '已导入 {{count}} 项。可按 Ctrl+Z 撤销。',
  imported_other: '已导入 {{count}} 项。可按 Ctrl+Z 撤销。',
  line: '行',
  name: '名称',
  dates: '日期',
  problems: '问题',
  ok: '正常',
  moreRows: '……另有 {{count}} 行（仅显示前 {{shown}} 行）。',
  noSummary: '（无标题）',
  fileErrors: {
    empty: '文件为空。',
    'too-large': '文件过大（{{detail}}）。请拆分为较小的文件。',
    'too-many-rows': '文件行数过多（{{detail}}）。',
    'too-many-events': '文件中的活动过多（{{detail}}）。',
    'missing-columns': '文件缺少必需的列：{{detail}}。第一行必须是列名（名称、开始日期、结束日期…… 或 name、startDate、endDate……）。',
    malformed: '无法按 {{format}} 读取文件：{{detail}}',
    'no-calendar': '该文件不是 iCalendar 文件（缺少 BEGIN:VCALENDAR）。',
    unreadable: '无法读取文件：{{detail}}',
  },
  rowErrors: {
    required: '{{column}} 为空',
    'bad-date': '{{column}}“{{value}}”不是有效日期（请用 YYYY-MM-DD）',
    'end-before-start': '结束日期早于开始日期',
    'unknown-channel': '未知渠道“{{value}}”',
    'unknown-status': '未知状态“{{value}}”',
    'unknown-kind': '未知类型“{{value}}”',
    'negative-money': '{{column}} 为负数（{{value}}）',
    'not-a-number': '{{column}}“{{value}}”不是数字',
    'too-long': '{{column}} 过长',
  },
  rowWarnings: {
    'unknown-strategy': '此工作区没有名为“{{value}}”的策略：导入时不关联策略',
  },
  eventErrors: {
    'no-start': '没有开始日期',
    'bad-date': '日期无法读取',
    'end-before-start': '结束日期早于开始日期',
    'no-summary': '没有标题',
    'too-long': '文字过长',
  },
  eventWarnings: {
    'recurrence-ignored': '为重复活动——仅导入第一次',
    'time-dropped': '包含具体时间——按全天导入',
  },
};
