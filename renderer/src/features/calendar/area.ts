import { IconCalendarEvent } from '@tabler/icons-react';
import { defineArea } from '../../kernel/areas/areaDescriptor';
import { CalendarPage } from './CalendarPage';
import { budgetEn } from './i18n/budgetEn';
import { budgetZh } from './i18n/budgetZh';
import { calendarEn } from './i18n/calendarEn';
import { calendarIoEn } from './i18n/calendarIoEn';
import { calendarIoZh } from './i18n/calendarIoZh';
import { calendarZh } from './i18n/calendarZh';

declare module '../../kernel/routing/route' {
  interface AreaIds { calendar: true }
}
declare module '../../kernel/i18n/resources' {
  interface AreaTranslation { calendar: typeof calendarEn; budget: typeof budgetEn; calendarIo: typeof calendarIoEn }
}

/** Campaigns on a calendar, a list and a timeline, with the budget and calendar import/export. */
export const area = defineArea({
  id: 'calendar',
  navKey: 'nav.calendar',
  icon: IconCalendarEvent,
  page: CalendarPage,
  resources: {
    en: { translation: { calendar: calendarEn, budget: budgetEn, calendarIo: calendarIoEn } },
    'zh-CN': { translation: { calendar: calendarZh, budget: budgetZh, calendarIo: calendarIoZh } },
  },
});
