import type { calendarEn } from './calendar.en';
import type { TranslationOf } from './text';

export const calendarZhCN: TranslationOf<typeof calendarEn> = {
  printCharts: {
    planned: '计划',
    actual: '实际',
    allocation: '预算分配',
    overBudget: '超预算',
    noChannel: '无渠道',
    channelTypes: {
      'online-store': '线上商城',
      marketplace: '电商平台',
      retail: '线下零售',
      distributor: '代理商 / 分销商',
      'direct-sales': '直销',
      partner: '合作伙伴 / 运营商',
    },
  },
};
