import type { MarketingPlan, PlanSectionId } from '../../schema/marketingPlan';
import type { UiLanguage } from '../../schema/primitives';

/**
 * Titles of the plan's sections in the user's UI language (the language chooses the titles,
 * not the content language). The cover prints the plan title instead; "Cover" / "封面" is its
 * name in the builder's section list.
 */
const TITLES: Record<UiLanguage, Record<PlanSectionId, string>> = {
  en: {
    cover: 'Cover',
    'executive-summary': 'Executive summary',
    contents: 'Contents',
    'market-analysis': 'Market analysis',
    objectives: 'Objectives and targets',
    strategy: 'Strategy',
    'promotion-calendar': 'Promotion plan and campaign calendar',
    budget: 'Budget',
    kpis: 'KPIs',
    'sales-handoff': 'Handed to sales',
    appendices: 'Appendices',
  },
  'zh-CN': {
    cover: '封面',
    'executive-summary': '执行摘要',
    contents: '目录',
    'market-analysis': '市场分析',
    objectives: '目标与指标',
    strategy: '策略',
    'promotion-calendar': '促销计划与活动日历',
    budget: '预算',
    kpis: '关键绩效指标',
    'sales-handoff': '交给销售',
    appendices: '附录',
  },
};

export function planSectionTitle(id: PlanSectionId, language: UiLanguage): string {
  return TITLES[language][id];
}

/** The anchor (HTML id) of a section; the contents links to it. */
export function planSectionAnchor(id: PlanSectionId): string {
  return `plan-${id}`;
}

/** The plan title as printed (cover, running header, <title>): the user's, or a neutral one when blank. */
export function printedPlanTitle(plan: Pick<MarketingPlan, 'title' | 'period'>, language: UiLanguage): string {
  if (plan.title.trim()) return plan.title.trim();
  return language === 'zh-CN' ? `${plan.period.year} 年营销计划` : `Marketing plan ${plan.period.year}`;
}
