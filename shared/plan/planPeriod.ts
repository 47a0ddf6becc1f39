import type { MarketingPlan } from '../schema/marketingPlan';
import type { UiLanguage } from '../schema/primitives';

/** The plan period: the whole year, or one quarter of it. Calendar quarters (Q1 = Jan–Mar). */
export interface PlanPeriod {
  /** First day, "YYYY-MM-DD". */
  start: string;
  /** Last day, "YYYY-MM-DD". */
  end: string;
  /** "2027" / "Q2 2027" / "2027 年" / "2027 年第二季度". */
  label: string;
}

const ZH_QUARTERS = ['第一季度', '第二季度', '第三季度', '第四季度'] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** Months 1–12 the period covers: all twelve, or the quarter's three. */
export function monthsInPeriod(period: MarketingPlan['period']): number[] {
  if (period.quarter === null) return Array.from({ length: 12 }, (_, i) => i + 1);
  const first = (period.quarter - 1) * 3 + 1;
  return [first, first + 1, first + 2];
}

export function planPeriod(plan: Pick<MarketingPlan, 'period'>, language: UiLanguage): PlanPeriod {
  const { year, quarter } = plan.period;
  const months = monthsInPeriod(plan.period);
  const lastMonth = months[months.length - 1]!;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return {
    start: `${year}-${pad(months[0]!)}-01`,
    end: `${year}-${pad(lastMonth)}-${pad(lastDay)}`,
    label: periodLabel(year, quarter, language),
  };
}

function periodLabel(year: number, quarter: number | null, language: UiLanguage): string {
  if (language === 'zh-CN') return quarter === null ? `${year} 年` : `${year} 年${ZH_QUARTERS[quarter - 1]}`;
  return quarter === null ? String(year) : `Q${quarter} ${year}`;
}
