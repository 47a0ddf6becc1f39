import type { documentsEn } from './documents.en';
import type { TranslationOf } from './text';

export const documentsZhCN: TranslationOf<typeof documentsEn> = {
  exported: {
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
    workingCopy: '工作稿',
    pageNumber: '第 {{page}} 页，共 {{total}} 页',
    image: '[图片]',
    noChanges: '尚无变更记录。',
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
  },
  jiraCsv: {
    acceptance: '验收标准：',
    segment: '细分市场/用户画像',
    source: '来源文档',
  },
};
