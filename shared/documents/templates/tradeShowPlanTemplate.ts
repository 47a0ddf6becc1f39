import type { BuiltInTemplate } from './builtInTemplates';

/** A plan for one trade show 展会: why we go, what we show, who staffs it, what it costs, how leads are followed up. */
export const TRADE_SHOW_PLAN_TEMPLATE: BuiltInTemplate = {
  id: 'builtin-trade-show-plan',
  kind: 'trade-show-plan',
  name: { en: 'Trade-show plan', 'zh-CN': '展会计划' },
  sections: [
    {
      id: 'show-overview',
      title: { en: 'Event overview', 'zh-CN': '展会概况' },
      guidance: {
        en: 'Give the name, dates, city, venue and expected audience of the show, and say why we attend.',
        'zh-CN': '写明展会名称、日期、城市、场馆和预期观众，并说明参展原因。',
      },
    },
    {
      id: 'show-objectives',
      title: { en: 'Objectives and targets', 'zh-CN': '目标与指标' },
      guidance: {
        en: 'State what we want from the show in numbers: qualified leads, meetings booked, partners met, press coverage.',
        'zh-CN': '用数字说明参展目标：有效线索、预约会谈、合作伙伴、媒体报道。',
      },
    },
    {
      id: 'show-booth-demos',
      title: { en: 'Booth and demos', 'zh-CN': '展位与演示' },
      guidance: {
        en: 'Describe the booth size, location and layout, the products and demos shown, and the equipment needed.',
        'zh-CN': '描述展位面积、位置和布局，展示的产品和演示，以及所需设备。',
      },
    },
    {
      id: 'show-messages-materials',
      title: { en: 'Messages and materials', 'zh-CN': '宣传信息与物料' },
      guidance: {
        en: 'Write the key message for visitors, and list the brochures, datasheets, giveaways and signage to prepare.',
        'zh-CN': '写出面向观众的核心信息，并列出需准备的宣传册、产品规格书、礼品和展板。',
      },
    },
    {
      id: 'show-staffing-schedule',
      title: { en: 'Staffing and schedule', 'zh-CN': '人员与日程' },
      guidance: {
        en: 'Say who staffs the booth and when, which meetings are booked in advance, and the timeline from preparation to the show.',
        'zh-CN': '说明展位值守人员及班次、提前预约的会谈，以及从筹备到开展的时间表。',
      },
    },
    {
      id: 'show-budget',
      title: { en: 'Budget', 'zh-CN': '预算' },
      guidance: {
        en: 'Estimate the costs of space, booth build, travel, materials and promotion, and compare them with the expected return.',
        'zh-CN': '估算场地、搭建、差旅、物料和推广费用，并与预期回报对比。',
      },
    },
    {
      id: 'show-follow-up',
      title: { en: 'Lead follow-up and evaluation', 'zh-CN': '线索跟进与评估' },
      guidance: {
        en: 'Explain how leads are captured, who follows them up within what time, and how we judge the results after the show.',
        'zh-CN': '说明如何收集线索、由谁在多长时间内跟进，以及展会结束后如何评估效果。',
      },
    },
  ],
};
