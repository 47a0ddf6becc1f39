import { describe, expect, it } from 'vitest';
import { formatObjectiveValue, formatPlanDate, formatPlanDateRange, formatPlanMoney, isLevelObjective, objectiveCurrency, shareText } from './planFormat';

describe('plan dates', () => {
  it('spells dates the same in every ICU', () => {
    expect(formatPlanDate('2026-05-20', 'en')).toBe('May 20, 2026');
    expect(formatPlanDate('2026-05-20', 'zh-CN')).toBe('2026年5月20日');
  });

  it('shortens ranges within a year and keeps both years across one', () => {
    expect(formatPlanDateRange('2026-03-10', '2026-04-15', 'en')).toBe('Mar 10 – Apr 15, 2026');
    expect(formatPlanDateRange('2026-03-10', '2026-04-15', 'zh-CN')).toBe('2026年3月10日–4月15日');
    expect(formatPlanDateRange('2026-12-10', '2027-01-15', 'en')).toBe('Dec 10, 2026 – Jan 15, 2027');
    expect(formatPlanDateRange('2026-12-10', '2027-01-15', 'zh-CN')).toBe('2026年12月10日–2027年1月15日');
    expect(formatPlanDateRange('2026-09-16', '2026-09-16', 'en')).toBe('Sep 16, 2026');
  });
});

describe('objective values', () => {
  it('prints money for a currency unit, the unit after other numbers, and % without a space', () => {
    expect(formatObjectiveValue(75_000, { unit: 'USD' }, 'en')).toBe('$75,000');
    expect(formatObjectiveValue(833.33, { unit: 'usd' }, 'en')).toBe('$833.33');
    expect(formatObjectiveValue(500_000, { unit: 'CNY' }, 'zh-CN')).toBe('¥500,000');
    expect(formatObjectiveValue(2_000, { unit: 'units' }, 'en')).toBe('2,000 units');
    expect(formatObjectiveValue(2_000, { unit: '台' }, 'zh-CN')).toBe('2,000 台');
    expect(formatObjectiveValue(35, { unit: '%' }, 'en')).toBe('35%');
    expect(formatObjectiveValue(1234.5, { unit: ' ' }, 'en')).toBe('1,234.5');
  });

  it('does not take any three letters for a currency', () => {
    expect(objectiveCurrency({ unit: 'pcs' })).toBeNull();
    expect(objectiveCurrency({ unit: 'EUR' })).toBe('EUR');
    expect(formatObjectiveValue(10, { unit: 'pcs' }, 'en')).toBe('10 pcs');
  });

  it('treats percentages as levels', () => {
    expect(isLevelObjective({ unit: ' % ' })).toBe(true);
    expect(isLevelObjective({ unit: 'units' })).toBe(false);
  });
});

describe('money and shares', () => {
  it('falls back to USD for a currency Intl rejects and gives no share of nothing', () => {
    expect(formatPlanMoney(1_500, 'CNY', 'zh-CN')).toBe('¥1,500');
    expect(formatPlanMoney(1_500, 'ZZZZ', 'en')).toBe('$1,500');
    expect(shareText(1, 4, 'en')).toBe('25%');
    expect(shareText(1, 0, 'en')).toBeNull();
  });
});
