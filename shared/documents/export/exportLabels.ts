import type { DocumentKind, DocumentStatus, Requirement, ChangeRecord } from '../../schema/document';
import type { UiLanguage } from '../../schema/primitives';

/**
 * Words every export writer prints around the user's content (cover, contents, the
 * requirement and change-log tables, the page footer). Kept in shared/ because the writers
 * run without the UI's i18n; both languages are complete by type.
 */
export interface ExportLabels {
  contents: string;
  requirements: string;
  changeLog: string;
  documentInfo: string;
  title: string;
  product: string;
  version: string;
  status: string;
  author: string;
  date: string;
  company: string;
  kind: string;
  /** Between a label and its value: ": " / "：". */
  colon: string;
  /** Version line when the export is of the working copy, not a named version. */
  workingCopy: string;
  page: string;
  of: string;
  /** Text around the two numbers of "Page 3 of 12" / "第 3 页，共 12 页": before, between, after. */
  pageNumberParts: readonly [string, string, string];
  image: string;
  noChanges: string;
  none: string;
  requirementColumns: Record<'key' | 'title' | 'description' | 'priority' | 'acceptanceCriteria' | 'status' | 'owner' | 'linked', string>;
  changeColumns: Record<'date' | 'description' | 'reason' | 'impact' | 'implementationPlan' | 'requestedBy' | 'approver' | 'decision', string>;
  priorities: Record<Requirement['priority'], string>;
  requirementStatuses: Record<Requirement['status'], string>;
  decisions: Record<ChangeRecord['decision'], string>;
  kinds: Record<DocumentKind, string>;
  statuses: Record<DocumentStatus, string>;
}

const en: ExportLabels = {
  contents: 'Contents',
  requirements: 'Requirements',
  changeLog: 'Change log',
  documentInfo: 'Document information',
  title: 'Title',
  product: 'Product',
  version: 'Version',
  status: 'Status',
  author: 'Author',
  date: 'Date',
  company: 'Company',
  kind: 'Document type',
  colon: ': ',
  workingCopy: 'Working copy',
  page: 'Page',
  of: 'of',
  pageNumberParts: ['Page ', ' of ', ''],
  image: '[image]',
  noChanges: 'No changes recorded.',
  none: '—',
  requirementColumns: {
    key: 'ID', title: 'Title', description: 'Description', priority: 'Priority',
    acceptanceCriteria: 'Acceptance criteria', status: 'Status', owner: 'Owner', linked: 'Segment / persona',
  },
  changeColumns: {
    date: 'Date', description: 'Change', reason: 'Reason', impact: 'Impact',
    implementationPlan: 'Implementation plan', requestedBy: 'Requested by', approver: 'Approver', decision: 'Decision',
  },
  priorities: {
    must: 'Must have', should: 'Should have', could: 'Could have', wont: "Won't have",
    P0: 'P0', P1: 'P1', P2: 'P2', P3: 'P3',
  },
  requirementStatuses: { proposed: 'Proposed', accepted: 'Accepted', 'in-progress': 'In progress', done: 'Done', rejected: 'Rejected' },
  decisions: { pending: 'Pending', approved: 'Approved', rejected: 'Rejected' },
  kinds: {
    brd: 'Business requirements document (BRD)', prd: 'Product requirements document (PRD)',
    'launch-brief': 'Launch brief', 'trade-show-plan': 'Trade-show plan', 'change-request': 'Change request', other: 'Document',
  },
  statuses: { draft: 'Draft', 'in-review': 'In review', approved: 'Approved', 'handed-off': 'Handed off' },
};

const zh: ExportLabels = {
  contents: '目录',
  requirements: '需求',
  changeLog: '变更记录',
  documentInfo: '文档信息',
  title: '标题',
  product: '产品',
  version: '版本',
  status: '状态',
  author: '作者',
  date: '日期',
  company: '公司',
  kind: '文档类型',
  colon: '：',
  workingCopy: '工作稿',
  page: '第',
  of: '共',
  pageNumberParts: ['第 ', ' 页，共 ', ' 页'],
  image: '[图片]',
  noChanges: '尚无变更记录。',
  none: '—',
  requirementColumns: {
    key: '编号', title: '标题', description: '描述', priority: '优先级',
    acceptanceCriteria: '验收标准', status: '状态', owner: '负责人', linked: '细分市场 / 用户画像',
  },
  changeColumns: {
    date: '日期', description: '变更内容', reason: '原因', impact: '影响',
    implementationPlan: '实施计划', requestedBy: '申请人', approver: '审批人', decision: '审批结果',
  },
  priorities: {
    must: '必须有', should: '应该有', could: '可以有', wont: '暂不做',
    P0: 'P0', P1: 'P1', P2: 'P2', P3: 'P3',
  },
  requirementStatuses: { proposed: '已提出', accepted: '已接受', 'in-progress': '进行中', done: '已完成', rejected: '已拒绝' },
  decisions: { pending: '待审批', approved: '已批准', rejected: '已驳回' },
  kinds: {
    brd: '商业需求文档（BRD）', prd: '产品需求文档（PRD）',
    'launch-brief': '上市简报', 'trade-show-plan': '展会计划', 'change-request': '变更申请', other: '文档',
  },
  statuses: { draft: '草稿', 'in-review': '评审中', approved: '已批准', 'handed-off': '已移交' },
};

export function exportLabels(language: UiLanguage): ExportLabels {
  return language === 'zh-CN' ? zh : en;
}
