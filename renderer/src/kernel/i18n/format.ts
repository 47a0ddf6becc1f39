import type { UiLanguage } from '../../../../shared/schema/primitives';

/** Date and number formatting through Intl in the UI language, so 中文 users see 2026年3月1日. */

export function formatDateTime(iso: string | null | undefined, language: UiLanguage): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Calendar dates ("YYYY-MM-DD") carry no time zone; format them in UTC so they never shift a day. */
export function formatCalendarDate(isoDate: string, language: UiLanguage): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Whole amounts by default (budgets); pass 2 for prices, where cents matter. */
export function formatMoney(amount: number, currency: string, language: UiLanguage, maxFractionDigits = 0): string {
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: maxFractionDigits }).format(amount);
  } catch {
    // An unknown currency code should not break a page; show the number with the code.
    return `${new Intl.NumberFormat(language).format(amount)} ${currency}`;
  }
}

export function formatBytes(bytes: number, language: UiLanguage): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(language, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

export function formatNumber(value: number, language: UiLanguage, maxFractionDigits = 1): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: maxFractionDigits }).format(value);
}

/** Month names for pickers (1 = January), in the UI language. */
export function monthNames(language: UiLanguage): string[] {
  const format = new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, index) => format.format(new Date(Date.UTC(2024, index, 1))));
}
