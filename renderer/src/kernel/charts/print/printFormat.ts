import type { UiLanguage } from '../../../../../shared/schema/primitives';
import { formatMoney, formatNumber } from '../../i18n/format';

/** Number formats the print charts use, in the plan's language and a given currency. */
export interface PrintFormat {
  money: (amount: number) => string;
  /** Short amounts for ticks and bar labels (¥12万, $120K): full amounts would crowd a 640 px chart. */
  compactMoney: (amount: number) => string;
  number: (value: number, maxFractionDigits?: number) => string;
  compactNumber: (value: number) => string;
  /** 0–100 in, "38%" out. */
  percent: (value: number) => string;
  /** Short month name for month 1–12 ("Jan", "1月"). */
  month: (month: number) => string;
}

export function printFormat(currency: string, language: UiLanguage): PrintFormat {
  const compact = new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 });
  let compactCurrency: Intl.NumberFormat | null;
  try {
    compactCurrency = new Intl.NumberFormat(language, { style: 'currency', currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 });
  } catch {
    // An unknown currency code must not cost the plan its charts: fall back to the bare number.
    compactCurrency = null;
  }
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const month = new Intl.DateTimeFormat(language, { month: 'short', timeZone: 'UTC' });
  return {
    money: (amount) => formatMoney(amount, currency, language),
    compactMoney: (amount) => (compactCurrency ? compactCurrency.format(amount) : `${compact.format(amount)} ${currency}`),
    number: (value, digits = 1) => formatNumber(value, language, digits),
    compactNumber: (value) => compact.format(value),
    percent: (value) => percent.format(value / 100),
    month: (m) => month.format(new Date(Date.UTC(2024, m - 1, 1))),
  };
}
