import type { calendarEn } from './calendar.en';
import type { TranslationOf } from './text';

export const calendarZhCN: TranslationOf<typeof calendarEn> = {
  printCharts: {
    planned: '计划',
    actual: '实际',
    allocation: '预算分配',
    overBudget: '超预算',
    noChannel: '无渠道',
  },
};
