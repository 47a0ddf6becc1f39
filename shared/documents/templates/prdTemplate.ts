import type { BuiltInTemplate } from './builtInTemplates';

/** PRD 产品需求文档 with the nine sections of product definition in DOMAIN.md, in that order. */
export const PRD_TEMPLATE: BuiltInTemplate = {
  id: 'builtin-prd',
  kind: 'prd',
  name: { en: 'Product requirements document (PRD)', 'zh-CN': '产品需求文档（PRD）' },
  sections: [
    {
      id: 'prd-vision',
      title: { en: 'Product vision', 'zh-CN': '产品愿景' },
      guidance: {
        en: 'In a few sentences, say what the product is, who it is for and why it will win. This is the north star the team checks its decisions against.',
        'zh-CN': '用几句话说明产品是什么、为谁服务、凭什么胜出。这是团队做决策时对照的方向。',
      },
    },
    {
      id: 'prd-target-market',
      title: { en: 'Target market', 'zh-CN': '目标市场' },
      guidance: {
        en: 'Describe the segments and personas this product serves, their needs and the size of the opportunity. Insert the strategy\'s target market block where it helps.',
        'zh-CN': '描述本产品服务的细分市场和用户画像、他们的需求以及机会的规模。可以插入策略中的目标市场区块。',
      },
    },
    {
      id: 'prd-competitive-analysis',
      title: { en: 'Competitive analysis', 'zh-CN': '竞争分析' },
      guidance: {
        en: 'Compare the main competitors on features, pricing and positioning, and state where we are stronger or weaker.',
        'zh-CN': '从功能、定价和定位等方面对比主要竞争对手，说明我们的优势和劣势。',
      },
    },
    {
      id: 'prd-feature-descriptions',
      title: { en: 'Detailed feature descriptions', 'zh-CN': '详细功能描述' },
      guidance: {
        en: 'Describe each feature: the user problem it solves, how it behaves and where its limits are. Record each one as a requirement in the requirements table.',
        'zh-CN': '描述每个功能：解决的用户问题、具体行为和边界。请在需求表中把每个功能记录为一条需求。',
      },
    },
    {
      id: 'prd-feature-priority',
      title: { en: 'Feature priority', 'zh-CN': '功能优先级' },
      guidance: {
        en: 'Rank the features by customer value and cost, and explain what goes into the first release and what can wait.',
        'zh-CN': '按客户价值和成本对功能排序，说明哪些功能进入首个版本、哪些可以推后。',
      },
    },
    {
      id: 'prd-reference-cases',
      title: { en: 'Reference cases', 'zh-CN': '参考案例' },
      guidance: {
        en: 'List similar products or earlier projects worth learning from, and what we take from each of them.',
        'zh-CN': '列出值得借鉴的同类产品或以往项目，以及从中吸取的经验。',
      },
    },
    {
      id: 'prd-system-requirements',
      title: { en: 'System requirements', 'zh-CN': '系统需求' },
      guidance: {
        en: 'State the platforms, hardware, software, integrations and standards the product must support or comply with.',
        'zh-CN': '说明产品必须支持或遵循的平台、硬件、软件、集成接口和标准。',
      },
    },
    {
      id: 'prd-performance-requirements',
      title: { en: 'Performance requirements', 'zh-CN': '性能需求' },
      guidance: {
        en: 'Give measurable targets for speed, capacity, reliability and other qualities, for example response time or uptime.',
        'zh-CN': '给出速度、容量、可靠性等方面可衡量的指标，例如响应时间或可用性。',
      },
    },
    {
      id: 'prd-sales-support-requirements',
      title: { en: 'Sales and technical-support requirements', 'zh-CN': '销售与技术支持需求' },
      guidance: {
        en: 'Describe what the sales and support teams need at launch: training, documentation, demos, service levels and spare parts.',
        'zh-CN': '说明上市时销售和技术支持团队需要什么：培训、文档、演示、服务水平和备件。',
      },
    },
  ],
};
