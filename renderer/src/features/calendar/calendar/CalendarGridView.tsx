import type { DateClickArg } from '@fullcalendar/interaction';
import type { DatesSetArg, EventChangeArg, EventClickArg } from '@fullcalendar/core';
import zhCnLocale from '@fullcalendar/core/locales/zh-cn';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import FullCalendar from '@fullcalendar/react';
import { Paper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../../../shared/schema/campaign';
import { currentLanguage } from '../../../app/i18n/i18n';
import { useCanEdit, useWorkspaceStore } from '../../../app/workspace/WorkspaceContext';
import type { ColorBy } from '../colors';
import { fromExclusiveEnd } from './calendarDates';
import { changeActivityDates, changeCampaignDates, type DateChangeProblem } from './calendarEdits';
import { campaignsToEvents, visibleWindow, type CalendarEventRef } from './calendarEvents';
import './calendarTheme.css';

export type GridView = 'month' | 'week';

interface CalendarGridViewProps {
  view: GridView;
  campaigns: readonly Campaign[];
  colorBy: ColorBy;
  /** The day the calendar shows (kept by the page so switching month ↔ week stays on the same dates). */
  date: string;
  onDateChange: (date: string) => void;
  onOpenCampaign: (id: string) => void;
  onNewCampaign: (startDate: string) => void;
}

const FC_VIEW: Record<GridView, string> = { month: 'dayGridMonth', week: 'dayGridWeek' };
const PLUGINS = [dayGridPlugin, interactionPlugin];
const LOCALES = [zhCnLocale];

/**
 * Month and week views (FullCalendar day grids). Campaigns and milestones are all-day events;
 * dragging moves, resizing changes the end — each one undoable edit. The editor offers the same
 * dates for keyboard users.
 */
export function CalendarGridView({ view, campaigns, colorBy, date, onDateChange, onOpenCampaign, onNewCampaign }: CalendarGridViewProps) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const store = useWorkspaceStore();
  const canEdit = useCanEdit();
  // Only the events around the shown dates: thousands of campaigns stay quick to lay out.
  const events = useMemo(() => campaignsToEvents(campaigns, colorBy, visibleWindow(date)), [campaigns, colorBy, date]);

  const onChange = useCallback((info: EventChangeArg) => {
    const ref = info.event.extendedProps as CalendarEventRef;
    const start = info.event.startStr.slice(0, 10);
    const end = fromExclusiveEnd(start, info.event.endStr || null);
    let problem: DateChangeProblem | null = null;
    const saved = store.edit((draft) => {
      problem = ref.type === 'campaign'
        ? changeCampaignDates(draft, ref.campaignId, start, end)
        : changeActivityDates(draft, ref.campaignId, ref.activityId, start, end);
    });
    // The workspace is the truth: FullCalendar's own move is undone and the new events come from the store.
    info.revert();
    if (problem === 'end-before-start') notifications.show({ color: 'red', message: t('calendar.grid.endBeforeStart') });
    else if (!saved) notifications.show({ color: 'red', message: t('readOnly.title') });
  }, [store, t]);

  const onEventClick = useCallback((info: EventClickArg) => {
    info.jsEvent.preventDefault();
    onOpenCampaign((info.event.extendedProps as CalendarEventRef).campaignId);
  }, [onOpenCampaign]);

  const onDateClick = useCallback((info: DateClickArg) => {
    if (canEdit) onNewCampaign(info.dateStr.slice(0, 10));
  }, [canEdit, onNewCampaign]);

  const onDatesSet = useCallback((info: DatesSetArg) => {
    // The current date of a month view is the 1st of the month shown; of a week, its first day.
    const current = info.view.currentStart;
    const iso = `${current.getFullYear()}-${String(current.getMonth() + 1).padStart(2, '0')}-${String(current.getDate()).padStart(2, '0')}`;
    if (iso !== date) onDateChange(iso);
  }, [date, onDateChange]);

  return (
    <Paper withBorder p="sm" radius="md" className="sb-calendar" role="region" aria-label={t('calendar.grid.label')}>
      <FullCalendar
        key={view}
        plugins={PLUGINS}
        initialView={FC_VIEW[view]}
        initialDate={date}
        locales={LOCALES}
        locale={language === 'zh-CN' ? 'zh-cn' : 'en'}
        firstDay={language === 'zh-CN' ? 1 : 0}
        headerToolbar={{ left: 'prev,next today', center: 'title', right: '' }}
        height="auto"
        events={events}
        editable={canEdit}
        eventStartEditable={canEdit}
        eventDurationEditable={canEdit}
        dayMaxEvents={view === 'month' ? 4 : false}
        eventDisplay="block"
        displayEventTime={false}
        eventChange={onChange}
        eventClick={onEventClick}
        dateClick={onDateClick}
        datesSet={onDatesSet}
        fixedWeekCount={false}
      />
      <Text size="xs" c="dimmed" mt="xs">{t('calendar.grid.hint')}</Text>
    </Paper>
  );
}
