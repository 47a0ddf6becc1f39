import type { UiLanguage } from '../../schema/primitives';

/**
 * Number formatting for block content. Intl exists in browsers and Node alike; a currency
 * code Intl rejects (the schema only checks the shape) falls back to "1,234.50 XYZ" so a
 * bad code never stops a document from exporting.
 */

const localeOf = (language: UiLanguage) => (language === 'zh-CN' ? 'zh-CN' : 'en-US');

export function formatNumber(value: number, language: UiLanguage, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(localeOf(language), { maximumFractionDigits }).format(value);
}

/** Whole amounts without decimals ("¥9,800,000,000", "$69"), others with the currency's usual digits. */
export function formatMoney(value: number, currency: string, language: UiLanguage): string {
  try {
    const whole = Number.isInteger(value) ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {};
    return new Intl.NumberFormat(localeOf(language), { style: 'currency', currency, ...whole }).format(value);
  } catch {
    return `${formatNumber(value, language)} ${currency}`;
  }
}

/** 12.5 -> "12.5%". The values are already percentages, not fractions. */
export function formatPercent(value: number, language: UiLanguage): string {
  return `${formatNumber(value, language, 1)}%`;
}

/** A usable ISO currency code: the strategy's own if Intl accepts it, else the fallback. */
export function pickCurrency(preferred: string, fallback: string): string {
  try {
    new Intl.NumberFormat('en-US', { style: 'currency', currency: preferred });
    return preferred;
  } catch {
    return fallback;
  }
}
