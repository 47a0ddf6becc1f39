import { calendarTexts } from '../../../../../shared/i18n/texts';
import { withShared } from '../../../kernel/i18n/resources';
import { budgetEn } from './budgetEn';
import { budgetZh } from './budgetZh';
import { calendarEn } from './calendarEn';
import { calendarIoEn } from './calendarIoEn';
import { calendarIoZh } from './calendarIoZh';
import { calendarZh } from './calendarZh';

/**
 * The 'calendar' namespace: the words its print and export writers share (shared/i18n/calendar.*)
 * with the screens' own words over them, so both read the same strings.
 */
export const calendarNamespace = {
  en: withShared(calendarTexts.en, { ...calendarEn, budget: budgetEn, calendarIo: calendarIoEn }),
  'zh-CN': withShared(calendarTexts['zh-CN'], { ...calendarZh, budget: budgetZh, calendarIo: calendarIoZh }),
};
