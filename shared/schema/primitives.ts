import { z } from 'zod';

/**
 * Building blocks every part of the workspace schema uses. Limits are deliberately
 * generous for real work and tight enough that a hostile file cannot make the app
 * hold or render absurd amounts of text in one field.
 */

export const LIMITS = {
  shortText: 200,
  mediumText: 2_000,
  longText: 100_000,
  richText: 5_000_000,
  listItems: 100_000,
} as const;

export const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, { message: 'id-format' });

export const shortText = z.string().max(LIMITS.shortText);
/** Non-blank name. A refinement, not .trim(): the stored text must equal what the user typed. */
export const requiredName = z
  .string()
  .max(LIMITS.shortText)
  .refine((value) => value.trim().length > 0, { message: 'required', params: { reason: 'required' } });
export const mediumText = z.string().max(LIMITS.mediumText);
export const longText = z.string().max(LIMITS.longText);
export const richText = z.string().max(LIMITS.richText);

/** Calendar date "YYYY-MM-DD" that exists (rejects 2026-02-30). */
export function isRealCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

export const isoDate = z
  .string()
  .max(10)
  .refine(isRealCalendarDate, { message: 'calendar-date', params: { reason: 'calendar-date' } });

export const isoDateTime = z.iso.datetime({ offset: true });

export const money = z.number().finite().nonnegative();
export const optionalMoney = money.nullable();
export const percent = z.number().finite().min(0).max(100);
export const count = z.number().int().nonnegative().finite();

export const currencyCode = z.string().regex(/^[A-Z]{3}$/, { message: 'currency-code' });

export const uiLanguage = z.enum(['en', 'zh-CN']);
export type UiLanguage = z.infer<typeof uiLanguage>;

export const confidence = z.enum(['low', 'medium', 'high']);

export function list<T extends z.ZodType>(item: T, max: number = LIMITS.listItems) {
  return z.array(item).max(max);
}

/** An image embedded in the workspace as a data URL (logo, document images). */
export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
export const imageDataUrl = z
  .string()
  .max(Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 64)
  .regex(/^data:image\/(png|jpeg|webp|gif);base64,[A-Za-z0-9+/]+=*$/, { message: 'image-data-url' });
