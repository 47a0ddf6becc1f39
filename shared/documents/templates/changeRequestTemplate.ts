import type { BuiltInTemplate } from './builtInTemplates';

/**
 * A change request 变更申请 as its own document, for changes bigger than a change record: the
 * same parts DOMAIN.md lists for a change record (description, reason, impact, implementation
 * plan, evaluation and approval).
 */
export const CHANGE_REQUEST_TEMPLATE: BuiltInTemplate = {
  id: 'builtin-change-request',
  kind: 'change-request',
  name: { en: 'Change request', 'zh-CN': '变更申请' },
  sections: [
    {
      id: 'change-description',
      title: { en: 'Change description', 'zh-CN': '变更描述' },
      guidance: {
        en: 'Describe exactly what should change, and which requirements or document sections are affected.',
        'zh-CN': '准确描述需要变更的内容，以及受影响的需求或文档章节。',
      },
    },
    {
      id: 'change-reason',
      title: { en: 'Reason', 'zh-CN': '变更原因' },
      guidance: {
        en: 'Explain why the change is needed: customer feedback, a market shift, a technical finding or a mistake to correct.',
        'zh-CN': '说明变更的原因：客户反馈、市场变化、技术发现或需要纠正的错误。',
      },
    },
    {
      id: 'change-impact',
      title: { en: 'Impact', 'zh-CN': '影响分析' },
      guidance: {
        en: 'Assess the effect on scope, schedule, cost, quality and other teams, and the risk of not making the change.',
        'zh-CN': '评估对范围、进度、成本、质量和其他团队的影响，以及不做变更的风险。',
      },
    },
    {
      id: 'change-implementation-plan',
      title: { en: 'Implementation plan', 'zh-CN': '实施计划' },
      guidance: {
        en: 'List the steps, owners and dates for carrying out the change, and say how it will be tested.',
        'zh-CN': '列出实施变更的步骤、负责人和日期，并说明如何验证。',
      },
    },
    {
      id: 'change-approval',
      title: { en: 'Evaluation and approval', 'zh-CN': '评估与审批' },
      guidance: {
        en: 'Record who requested the change, who evaluated and approved it, the decision and the date.',
        'zh-CN': '记录变更申请人、评估人和审批人、审批结论及日期。',
      },
    },
  ],
};
