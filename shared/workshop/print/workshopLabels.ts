import { planLabels } from '../../plan/print/planLabels';
import type { UiLanguage } from '../../schema/primitives';
import type { PromotionTarget, WorkshopSession } from '../../schema/workshop';

/**
 * Words of the printed workshop summary and of its export (file name, result messages). Kept in
 * shared/ because the print writer runs without the UI's i18n; both languages are complete by
 * type, like shared/plan/print/planLabels.ts whose page footer, colon and list separator they reuse.
 */
export interface WorkshopPrintLabels {
  /** The document's subtitle under the workshop title, and the file name's ending. */
  summary: string;
  /** The host's footer template: {page} and {total} are filled in by Chromium (the plan's). */
  footerTemplate: string;
  colon: string;
  listSeparator: string;
  /** A value that is not set. */
  none: string;

  date: string;
  facilitator: string;
  attendees: string;
  strategy: string;
  status: string;
  time: string;
  votesPerParticipant: string;
  printedOn: string;
  statuses: Record<WorkshopSession['status'], string>;

  agenda: string;
  decisions: string;
  actions: string;
  notesAndVotes: string;
  voteResults: string;
  notes: string;

  /** Table headers. */
  step: string;
  planned: string;
  actual: string;
  startEnd: string;
  total: string;
  decision: string;
  canvasField: string;
  canvasItem: string;
  action: string;
  owner: string;
  due: string;
  campaign: string;
  rank: string;
  idea: string;
  votes: string;
  note: string;
  writtenBy: string;
  cluster: string;

  /** Nothing-yet lines. */
  noAttendees: string;
  noAgenda: string;
  noDecisions: string;
  noActions: string;
  noNotes: string;
  noVotes: string;
  /** Before the list of steps that have no notes. */
  stepsWithoutNotes: string;
  notRun: string;
  /** A decision whose canvas item has been deleted since. */
  removedFromCanvas: string;
  /** A note written by no one in particular. */
  room: string;
  untitledCluster: string;
  /** The kind written before a cluster in the results ("Group"). */
  clusterKind: string;
  overrun: (duration: string) => string;
  minutes: (n: number) => string;
  /** A duration in minutes and seconds: "22 min 40 s" / "22 分 40 秒". */
  duration: (minutes: number, seconds: number) => string;
  targets: Record<PromotionTarget, string>;

  /** Results of the PDF export, for the Record page's notification. */
  export: {
    notFound: string;
    saved: (path: string) => string;
    downloaded: (file: string) => string;
    cancelled: string;
    failed: (message: string) => string;
    unsupported: (message: string) => string;
  };
}

const en: WorkshopPrintLabels = {
  summary: 'Workshop summary',
  footerTemplate: planLabels('en').footerTemplate,
  colon: planLabels('en').colon,
  listSeparator: planLabels('en').listSeparator,
  none: planLabels('en').none,
  date: 'Date',
  facilitator: 'Facilitator',
  attendees: 'Attendees',
  strategy: 'Strategy',
  status: 'Status',
  time: 'Time',
  votesPerParticipant: 'Votes per participant',
  printedOn: 'Printed on',
  statuses: { planned: 'Planned', running: 'Running', paused: 'Paused', ended: 'Ended' },
  agenda: 'Agenda',
  decisions: 'Decisions',
  actions: 'Action items',
  notesAndVotes: 'Notes and votes by step',
  voteResults: 'Vote results',
  notes: 'Sticky notes',
  step: 'Step',
  planned: 'Planned',
  actual: 'Actual',
  startEnd: 'Start – end',
  total: 'Total',
  decision: 'Decision',
  canvasField: 'Canvas field',
  canvasItem: 'Canvas item',
  action: 'Action item',
  owner: 'Owner',
  due: 'Due date',
  campaign: 'Campaign',
  rank: '#',
  idea: 'Note or cluster',
  votes: 'Votes',
  note: 'Note',
  writtenBy: 'By',
  cluster: 'Cluster',
  noAttendees: 'No participants recorded.',
  noAgenda: 'No agenda.',
  noDecisions: 'No decisions recorded.',
  noActions: 'No action items.',
  noNotes: 'No sticky notes.',
  noVotes: 'No votes cast.',
  stepsWithoutNotes: 'Steps without notes',
  notRun: 'not run',
  removedFromCanvas: 'removed from the canvas',
  room: 'the room',
  untitledCluster: 'Untitled cluster',
  clusterKind: 'Cluster',
  overrun: (duration) => `overrun +${duration}`,
  minutes: (n) => `${n} min`,
  duration: (minutes, seconds) => (seconds === 0 ? `${minutes} min` : minutes === 0 ? `${seconds} s` : `${minutes} min ${seconds} s`),
  targets: {
    'research-finding': 'Research finding',
    segment: 'Segment',
    'differentiation-point': 'Differentiation point',
    channel: 'Channel',
    'promotion-item': 'Promotion item',
  },
  export: {
    notFound: 'This workshop no longer exists.',
    saved: (path) => `Workshop summary saved to ${path}.`,
    downloaded: (file) => `Workshop summary downloaded as ${file}.`,
    cancelled: 'Export cancelled.',
    failed: (message) => `The workshop summary could not be made: ${message}`,
    unsupported: (message) => `PDF export is not available here: ${message}`,
  },
};

const zh: WorkshopPrintLabels = {
  summary: '研讨会纪要',
  footerTemplate: planLabels('zh-CN').footerTemplate,
  colon: planLabels('zh-CN').colon,
  listSeparator: planLabels('zh-CN').listSeparator,
  none: planLabels('zh-CN').none,
  date: '日期',
  facilitator: '主持人',
  attendees: '参与者',
  strategy: '策略',
  status: '状态',
  time: '时间',
  votesPerParticipant: '每位参与者票数',
  printedOn: '打印日期',
  statuses: { planned: '计划中', running: '进行中', paused: '已暂停', ended: '已结束' },
  agenda: '议程',
  decisions: '决策',
  actions: '行动项',
  notesAndVotes: '各步骤的便利贴与投票',
  voteResults: '投票结果',
  notes: '便利贴',
  step: '步骤',
  planned: '计划',
  actual: '实际',
  startEnd: '开始 – 结束',
  total: '合计',
  decision: '决策',
  canvasField: '画布字段',
  canvasItem: '画布条目',
  action: '行动项',
  owner: '负责人',
  due: '截止日期',
  campaign: '营销活动',
  rank: '#',
  idea: '便利贴或分组',
  votes: '票数',
  note: '便利贴',
  writtenBy: '作者',
  cluster: '分组',
  noAttendees: '未记录参与者。',
  noAgenda: '没有议程。',
  noDecisions: '未记录决策。',
  noActions: '没有行动项。',
  noNotes: '没有便利贴。',
  noVotes: '尚未投票。',
  stepsWithoutNotes: '没有便利贴的步骤',
  notRun: '未进行',
  removedFromCanvas: '已从画布删除',
  room: '全体',
  untitledCluster: '未命名分组',
  clusterKind: '分组',
  overrun: (duration) => `超时 ${duration}`,
  minutes: (n) => `${n} 分钟`,
  duration: (minutes, seconds) => (seconds === 0 ? `${minutes} 分钟` : minutes === 0 ? `${seconds} 秒` : `${minutes} 分 ${seconds} 秒`),
  targets: {
    'research-finding': '调研发现',
    segment: '细分市场',
    'differentiation-point': '差异化要点',
    channel: '渠道',
    'promotion-item': '促销项目',
  },
  export: {
    notFound: '该研讨会已不存在。',
    saved: (path) => `研讨会纪要已保存到 ${path}。`,
    downloaded: (file) => `研讨会纪要已下载为 ${file}。`,
    cancelled: '已取消导出。',
    failed: (message) => `无法生成研讨会纪要：${message}`,
    unsupported: (message) => `此处无法导出 PDF：${message}`,
  },
};

export function workshopLabels(language: UiLanguage): WorkshopPrintLabels {
  return language === 'zh-CN' ? zh : en;
}
