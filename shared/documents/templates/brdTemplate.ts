import type { BuiltInTemplate } from './builtInTemplates';

/** BRD 商业需求文档: the case for the business, written after market research (DOMAIN.md). */
export const BRD_TEMPLATE: BuiltInTemplate = {
  id: 'builtin-brd',
  kind: 'brd',
  name: { en: 'Business requirements document (BRD)', 'zh-CN': '商业需求文档（BRD）' },
  sections: [
    {
      id: 'brd-business-opportunity',
      title: { en: 'Business opportunity', 'zh-CN': '商业机会' },
      guidance: {
        en: 'Describe the problem or unmet need you have found and why now is the right time to act. Cite the evidence: customer interviews, sales feedback or market data.',
        'zh-CN': '描述你发现的问题或未被满足的需求，以及为什么现在是行动的时机。请引用依据：客户访谈、销售反馈或市场数据。',
      },
    },
    {
      id: 'brd-market',
      title: { en: 'Market', 'zh-CN': '市场' },
      guidance: {
        en: 'Who are the target customers and how big is the market? Summarise the segments, market size, growth and the main competitors.',
        'zh-CN': '目标客户是谁？市场有多大？概述细分市场、市场规模、增长趋势和主要竞争对手。',
      },
    },
    {
      id: 'brd-business-case',
      title: { en: 'Business case', 'zh-CN': '商业论证' },
      guidance: {
        en: 'Estimate revenue, costs, pricing and break-even, and state the investment you are asking for. Show the assumptions behind the numbers.',
        'zh-CN': '估算收入、成本、定价和盈亏平衡点，并说明所需的投资。列出数字背后的假设。',
      },
    },
    {
      id: 'brd-goals-metrics',
      title: { en: 'Goals and metrics', 'zh-CN': '目标与衡量指标' },
      guidance: {
        en: 'State what success looks like in measurable terms, with targets and dates (for example revenue, market share or adoption).',
        'zh-CN': '用可衡量的方式说明成功的标准，包括目标值和时间（例如收入、市场份额或用户采用率）。',
      },
    },
    {
      id: 'brd-risks',
      title: { en: 'Risks', 'zh-CN': '风险' },
      guidance: {
        en: 'List the main market, technical, financial and schedule risks, how likely each one is, and how you plan to reduce it.',
        'zh-CN': '列出主要的市场、技术、财务和进度风险，评估每项风险的可能性，并说明应对措施。',
      },
    },
  ],
};
