import { formatMoney, formatNumber, formatPercent, pickCurrency } from '../../documents/strategyBlocks/numberFormat';
import type { PlanObjective } from '../../schema/marketingPlan';
import type { UiLanguage } from '../../schema/primitives';

/**
 * Numbers and dates as the printed plan shows them. Dates are spelled out by hand rather than
 * with Intl so the preview (Chromium's ICU) and the tests (Node's ICU) print the same text.
 */

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Ymd { y: number; m: number; d: number }

function parts(iso: string): Ymd {
  return { y: Number(iso.slice(0, 4)), m: Number(iso.slice(5, 7)), d: Number(iso.slice(8, 10)) };
}

/** "May 20, 2026" / "2026年5月20日". */
export function formatPlanDate(iso: string, language: UiLanguage): string {
  const { y, m, d } = parts(iso);
  return language === 'zh-CN' ? `${y}年${m}月${d}日` : `${EN_MONTHS[m - 1]} ${d}, ${y}`;
}

/** "Mar 10 – Apr 15, 2026" / "2026年3月10日–4月15日"; one date when start = end; both years when they differ. */
export function formatPlanDateRange(start: string, end: string, language: UiLanguage): string {
  if (start === end) return formatPlanDate(start, language);
  const a = parts(start);
  const b = parts(end);
  if (language === 'zh-CN') {
    return a.y === b.y ? `${a.y}年${a.m}月${a.d}日–${b.m}月${b.d}日` : `${formatPlanDate(start, language)}–${formatPlanDate(end, language)}`;
  }
  return a.y === b.y
    ? `${EN_MONTHS[a.m - 1]} ${a.d} – ${EN_MONTHS[b.m - 1]} ${b.d}, ${b.y}`
    : `${formatPlanDate(start, language)} – ${formatPlanDate(end, language)}`;
}

/** The workspace currency if Intl knows it, else USD (the schema only checks the code's shape). */
export function planCurrency(currency: string): string {
  return pickCurrency(currency, 'USD');
}

export function formatPlanMoney(value: number, currency: string, language: UiLanguage): string {
  return formatMoney(value, planCurrency(currency), language);
}

export function formatPlanNumber(value: number, language: UiLanguage): string {
  return formatNumber(value, language);
}

/** part ÷ whole as a percentage, or null when whole is 0. */
export function shareText(part: number, whole: number, language: UiLanguage): string | null {
  if (whole === 0) return null;
  return formatPercent((part / whole) * 100, language);
}

/** An objective whose unit is a percentage (awareness, share) is a level to reach, not an amount to add up by month. */
export function isLevelObjective(objective: Pick<PlanObjective, 'unit'>): boolean {
  return objective.unit.trim() === '%';
}

/**
 * Currency codes Intl knows. Intl formats any three letters as a currency, so a unit such as
 * "pcs" or "kgs" would print as money without this list.
 */
let knownCurrencies: ReadonlySet<string> | null = null;
function isKnownCurrency(code: string): boolean {
  knownCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCurrencies.has(code);
}

/** The currency an objective is counted in: its unit when that is an ISO currency code ("CNY", "usd"), else null. */
export function objectiveCurrency(objective: Pick<PlanObjective, 'unit'>): string | null {
  const code = objective.unit.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) && isKnownCurrency(code) ? code : null;
}

/** A target in the objective's unit: "$75,000", "2,000 units", "2,000 台", "35%", or the bare number without a unit. */
export function formatObjectiveValue(value: number, objective: Pick<PlanObjective, 'unit'>, language: UiLanguage): string {
  const currency = objectiveCurrency(objective);
  if (currency) return formatMoney(value, currency, language);
  const unit = objective.unit.trim();
  const number = formatNumber(value, language);
  if (!unit) return number;
  return unit === '%' ? `${number}%` : `${number} ${unit}`;
}
