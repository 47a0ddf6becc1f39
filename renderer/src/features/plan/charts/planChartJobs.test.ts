import { describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../../../../../shared/samplePlan/samplePlan';
import { planChartJobs } from './planChartJobs';
import { fill } from '../../../../../shared/i18n/text';
import { calendarTexts, strategyTexts } from '../../../../../shared/i18n/texts';
import { shortenLabel } from '../../../kernel/charts/print/shortenLabel';

const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const sample = () => structuredClone(createSampleWorkspace('zh-CN', new Date(Date.UTC(2026, 2, 1))));

describe('planChartJobs', () => {
  it('has every chart of the sample plan, keyed as chartKeys.ts says', () => {
    const workspace = sample();
    const keys = planChartJobs({ strategies: workspace.strategies, workspace, year: 2026, months: ALL, language: 'zh-CN' }).map((job) => job.key);
    expect(keys).toEqual([
      'market-size:str_kettle', 'perceptual-map:str_kettle', 'break-even:str_kettle', 'channel-mix:str_kettle',
      'budget-by-channel', 'budget-by-month',
    ]);
  });

  it('leaves out the charts that have no data, per strategy', () => {
    const workspace = sample();
    const empty = structuredClone(workspace.strategies[0]!);
    empty.id = 'str_empty';
    empty.channels.items = [];
    empty.positioning.map.points = [];
    empty.pricing.fixedCosts = null;
    empty.targetMarket.marketSize = { tam: null, sam: null, som: 5, unit: 'units' };
    const keys = planChartJobs({ strategies: [empty, workspace.strategies[0]!], workspace: { ...workspace, campaigns: [], budgets: [] }, year: 2026, months: [4, 5, 6], language: 'en' })
      .map((job) => job.key);
    expect(keys).toEqual(['market-size:str_empty', 'market-size:str_kettle', 'perceptual-map:str_kettle', 'break-even:str_kettle', 'channel-mix:str_kettle']);
  });

  it('takes wording overrides over the dictionary', () => {
    const workspace = sample();
    const [job] = planChartJobs({ strategies: workspace.strategies, workspace, year: 2026, months: ALL, language: 'en', labels: { tam: 'Total market' } });
    expect(job?.key).toBe('market-size:str_kettle');
    // The market-size configuration needs no canvas (no pattern fills), so it can be built here.
    expect(job!.config().data.labels).toEqual(['Total market', 'SAM', 'SOM']);
  });
});

describe('the print charts\' words', () => {
  it('has every word in both languages', () => {
    const words = (language: 'en' | 'zh-CN') => ({ ...strategyTexts[language].printCharts, ...calendarTexts[language].printCharts });
    const en = words('en');
    const zh = words('zh-CN');
    const flat = (labels: object): string[] => Object.values(labels).flatMap((value) => (typeof value === 'string' ? [value] : flat(value as object)));
    expect(flat(zh)).toHaveLength(flat(en).length);
    expect(flat(en).every((text) => text.trim() !== '')).toBe(true);
    expect(flat(zh).every((text) => text.trim() !== '')).toBe(true);
    expect(zh.planned).toBe('计划');
    expect(zh.actual).toBe('实际');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{{units}} units of {{what}}', { units: '5' })).toBe('5 units of {{what}}');
    expect(fill(strategyTexts.en.printCharts.unitsValue, { units: '1,200' })).toBe('1,200 units');
    expect(fill(strategyTexts['zh-CN'].printCharts.shareOf, { percent: '25%', base: 'TAM' })).toBe('（占 TAM 的 25%）');
  });
});

describe('shortenLabel', () => {
  it('counts CJK characters double and cuts with an ellipsis', () => {
    expect(shortenLabel('  Retail  ', 10)).toBe('Retail');
    expect(shortenLabel('线上商城旗舰店', 8)).toBe('线上商…');
    expect(shortenLabel('abcdefghij', 6)).toBe('abcde…');
  });
});
