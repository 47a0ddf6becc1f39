import { describe, expect, it } from 'vitest';
import { PLAN_SECTION_IDS } from '../../schema/marketingPlan';
import { commonTexts, planTexts } from '../../i18n/texts';
import { planSectionAnchor, planSectionTitle, printedPlanTitle } from './sectionTitles';

const CJK = /[\u4e00-\u9fff]/;

describe('section titles', () => {
  it('has a title for every section in both languages', () => {
    for (const id of PLAN_SECTION_IDS) {
      expect(planSectionTitle(id, 'en')).toMatch(/^[A-Z]/);
      expect(planSectionTitle(id, 'zh-CN')).toMatch(CJK);
    }
    expect(new Set(PLAN_SECTION_IDS.map((id) => planSectionTitle(id, 'zh-CN'))).size).toBe(PLAN_SECTION_IDS.length);
  });

  it('uses the agreed vocabulary', () => {
    expect(PLAN_SECTION_IDS.map((id) => planSectionTitle(id, 'zh-CN'))).toEqual([
      '封面', '执行摘要', '目录', '市场分析', '目标与指标', '策略', '促销计划与活动日历', '预算', '关键绩效指标', '交给销售', '附录',
    ]);
    expect(planSectionTitle('objectives', 'en')).toBe('Objectives and targets');
    expect(planSectionAnchor('sales-handoff')).toBe('plan-sales-handoff');
  });

  it('prints the plan title, or a neutral one when it is blank', () => {
    expect(printedPlanTitle({ title: '  Brightleaf 2027  ', period: { year: 2027, quarter: null } }, 'en')).toBe('Brightleaf 2027');
    expect(printedPlanTitle({ title: ' ', period: { year: 2027, quarter: 2 } }, 'en')).toBe('Marketing plan 2027');
    expect(printedPlanTitle({ title: '', period: { year: 2027, quarter: null } }, 'zh-CN')).toBe('2027 年营销计划');
  });
});

describe('plan words', () => {
  it('has every word in both languages and the footer template the host fills in', () => {
    const en = { ...planTexts.en.print, ...planTexts.en.print.words, ...commonTexts.en };
    const zh = { ...planTexts['zh-CN'].print, ...planTexts['zh-CN'].print.words, ...commonTexts['zh-CN'] };
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(zh.words).sort()).toEqual(Object.keys(en.words).sort());
    expect(en.footerTemplate).toBe('Page {page} of {total}');
    expect(zh.footerTemplate).toBe('第 {page} 页，共 {total} 页');
    expect(zh.notYetWritten).toBe('尚未填写。');
    expect(en.months).toHaveLength(12);
    expect(zh.months).toHaveLength(12);
  });
});
