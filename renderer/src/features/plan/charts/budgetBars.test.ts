import { describe, expect, it } from 'vitest';
import { budgetRollup } from '../../../../../shared/calendar/budgetRollup';
import { createSampleWorkspace } from '../../../../../shared/samplePlan/samplePlan';
import { budgetBars } from './budgetBars';
import { calendarTexts, commonTexts } from '../../../../../shared/i18n/texts';
import { printFormat } from '../../../kernel/charts/print/printFormat';

const YEAR = 2026;
const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const sample = createSampleWorkspace('en', new Date(Date.UTC(YEAR, 2, 1)));
const en = { ...calendarTexts.en.printCharts, channelTypes: commonTexts.en.channelTypes };
const usd = printFormat('USD', 'en');

describe('budgetBars', () => {
  it('for a whole year: the rollup by channel with allocations, channels without money left out', () => {
    const { byChannel, byMonth } = budgetBars(sample, YEAR, ALL, en, usd);
    const rollup = budgetRollup(sample, YEAR);
    const withMoney = rollup.byChannel.filter((line) => line.planned > 0 || line.actual > 0 || (line.allocated ?? 0) > 0);
    expect(byChannel?.map((bar) => bar.label)).toEqual(withMoney.map((line) => en.channelTypes[line.channel as keyof typeof en.channelTypes]));
    expect(byChannel?.[0]).toEqual({ label: 'Online store', planned: withMoney[0]!.planned, actual: withMoney[0]!.actual, allocated: withMoney[0]!.allocated, over: false });
    expect(byChannel?.every((bar) => bar.allocated !== null)).toBe(true);
    expect(byMonth?.map((bar) => bar.label)).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    expect(byMonth?.[2]?.planned).toBe(rollup.byMonth[2]!.planned);
  });

  it('for a quarter: only its months, and channel money of those months without the annual allocations', () => {
    const { byChannel, byMonth } = budgetBars(sample, YEAR, [4, 5, 6], { ...calendarTexts['zh-CN'].printCharts, channelTypes: commonTexts['zh-CN'].channelTypes }, printFormat('CNY', 'zh-CN'));
    expect(byMonth?.map((bar) => bar.label)).toEqual(['4月', '5月', '6月']);
    expect(byMonth?.map((bar) => bar.allocated)).toEqual(sample.budgets[0]!.byMonth.slice(3, 6));
    expect(byChannel?.every((bar) => bar.allocated === null && !bar.over)).toBe(true);
    const channelSum = byChannel!.reduce((sum, bar) => sum + bar.planned, 0);
    const monthSum = byMonth!.reduce((sum, bar) => sum + bar.planned, 0);
    expect(channelSum).toBeCloseTo(monthSum, 0);
    expect(channelSum).toBeLessThan(budgetRollup(sample, YEAR).plannedTotal);
  });

  it('names campaigns without a channel and marks over-budget lines', () => {
    const workspace = {
      campaigns: [{ ...sample.campaigns[0]!, channels: [], startDate: '2026-05-01', endDate: '2026-05-31', plannedBudget: 100, actualSpend: 50 }],
      budgets: [{ year: YEAR, total: 1000, byChannel: [], byMonth: [0, 0, 0, 0, 10] }],
    };
    const { byChannel, byMonth } = budgetBars(workspace, YEAR, ALL, en, usd);
    expect(byChannel).toEqual([{ label: 'No channel', planned: 100, actual: 50, allocated: null, over: false }]);
    expect(byMonth?.[4]).toEqual({ label: 'May', planned: 100, actual: 50, allocated: 10, over: true });
  });

  it('has no charts when the period has no money and no allocation', () => {
    expect(budgetBars({ campaigns: [], budgets: [] }, YEAR, ALL, en, usd)).toEqual({ byChannel: null, byMonth: null });
    expect(budgetBars(sample, YEAR, [], en, usd)).toEqual({ byChannel: null, byMonth: null });
    expect(budgetBars(sample, 2030, ALL, en, usd)).toEqual({ byChannel: null, byMonth: null });
  });
});
