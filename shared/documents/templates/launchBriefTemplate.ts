import type { BuiltInTemplate } from './builtInTemplates';

/** A one-page launch brief: everything a launch team must agree on, short enough for one page. */
export const LAUNCH_BRIEF_TEMPLATE: BuiltInTemplate = {
  id: 'builtin-launch-brief',
  kind: 'launch-brief',
  name: { en: 'One-page launch brief', 'zh-CN': '一页式上市简报' },
  sections: [
    {
      id: 'launch-product-date',
      title: { en: 'Product and launch date', 'zh-CN': '产品与上市日期' },
      guidance: {
        en: 'Name the product and what is new about it, and give the launch date and the markets it launches in.',
        'zh-CN': '说明产品名称和新在哪里，并写明上市日期和上市的市场范围。',
      },
    },
    {
      id: 'launch-target-customers',
      title: { en: 'Target customers', 'zh-CN': '目标客户' },
      guidance: {
        en: 'Who we launch to first: the segment and persona, and the problem they feel most.',
        'zh-CN': '首先面向谁上市：细分市场、用户画像，以及他们最迫切的问题。',
      },
    },
    {
      id: 'launch-positioning-messages',
      title: { en: 'Positioning and key messages', 'zh-CN': '定位与核心信息' },
      guidance: {
        en: 'One positioning statement and three selling points, each backed by a proof point.',
        'zh-CN': '一句定位陈述和三个卖点，每个卖点都要有支撑依据。',
      },
    },
    {
      id: 'launch-pricing-availability',
      title: { en: 'Pricing and availability', 'zh-CN': '定价与供货' },
      guidance: {
        en: 'Give the price points and editions, and say where and from when customers can buy.',
        'zh-CN': '列出价格和版本，并说明客户从何时、在哪里可以购买。',
      },
    },
    {
      id: 'launch-channels-promotion',
      title: { en: 'Channels and promotion', 'zh-CN': '渠道与促销' },
      guidance: {
        en: 'List the channels and launch activities (events, media, ads, partners) with their timing.',
        'zh-CN': '列出使用的渠道和上市活动（活动、媒体、广告、合作伙伴）及时间安排。',
      },
    },
    {
      id: 'launch-success-metrics',
      title: { en: 'Success metrics', 'zh-CN': '成功指标' },
      guidance: {
        en: 'How we will know the launch worked: targets for the first 30, 60 and 90 days.',
        'zh-CN': '如何判断上市是否成功：首 30、60、90 天的目标。',
      },
    },
    {
      id: 'launch-owners-readiness',
      title: { en: 'Owners and readiness', 'zh-CN': '负责人与准备情况' },
      guidance: {
        en: 'Name the owner of each launch task, and what sales, support and marketing must have ready before launch day.',
        'zh-CN': '写明每项上市任务的负责人，以及销售、支持和市场团队在上市日前必须准备好的内容。',
      },
    },
  ],
};
