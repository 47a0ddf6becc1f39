import { IconCalendarEvent } from '@tabler/icons-react';
import { defineArea } from '../../kernel/areas/areaDescriptor';
import { calendarNamespace } from './i18n/texts';
import { CalendarPage } from './CalendarPage';

declare module '../../kernel/routing/route' {
  interface AreaIds { calendar: true }
}
declare module '../../kernel/i18n/resources' {
  interface AreaNamespaces { calendar: typeof calendarNamespace.en }
}

/** Campaigns on a calendar, a list and a timeline, with the budget and calendar import/export. */
export const area = defineArea({
  id: 'calendar',
  navKey: 'nav.calendar',
  icon: IconCalendarEvent,
  page: CalendarPage,
  resources: { en: { calendar: calendarNamespace.en }, 'zh-CN': { calendar: calendarNamespace['zh-CN'] } },
});
