import type { DateClickArg } from '@fullcalendar/interaction';
import type { DatesSetArg, EventChangeArg, EventClickArg } from '@fullcalendar/core';
import zhCnLocale from '@fullcalendar/core/locales/zh-cn';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import FullCalendar from '@fullcalendar/react';
import { Paper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useCallback, useMemo } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import type { Campaign } from '../../../../../shared/schema/campaign';
import { currentLanguage } from '../../../kernel/i18n/i18n';
import { navigate } from '../../../kernel/routing/useHashRoute';
import { useCanEdit, useRun, useWorkspaceStore } from '../../../kernel/workspace/WorkspaceContext';
import type { ColorBy } from '../colors';
import { fromExclusiveEnd } from './calendarDates';
import { capEventsPerDay, MORE_ROW_ORDER } from './calendarDayCap';
import { gridDateChange, type GridDateChange } from './calendarEdits';
import { campaignsToEvents, visibleWindow, type CalendarEventRef } from './calendarEvents';
import './calendarTheme.css';

export type GridView = 'month' | 'week';

function runGridChange(run: ReturnType<typeof useRun>, change: GridDateChange): boolean {
  switch (change.op) {
    case 'campaign.shift': return run(change.op, change.args);
    case 'campaign.reschedule': return run(change.op, change.args);
    case 'campaign.activity.reschedule': return run(change.op, change.args);
  }
}

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
/** Events a month day shows before "+N more" (FullCalendar's dayMaxEvents). */
const MONTH_DAY_EVENTS = 4;
/**
 * Above this many events around the month, only what the cells show is handed to FullCalendar
 * (see calendarDayCap.ts); below it, FullCalendar's own "+more" popover lists a busy day.
 */
const CAP_ABOVE = 200;

/**
 * Month and week views (FullCalendar day grids). Campaigns and milestones are all-day events;
 * dragging moves, resizing changes the end — each one undoable edit. The editor offers the same
 * dates for keyboard users.
 */
export function CalendarGridView({ view, campaigns, colorBy, date, onDateChange, onOpenCampaign, onNewCampaign }: CalendarGridViewProps) {
  const { t } = useT('calendar');
  const { t: tApp } = useT('app');
  const language = currentLanguage();
  const store = useWorkspaceStore();
  const run = useRun();
  const canEdit = useCanEdit();
  // Only the events around the shown dates, and in a busy month only as many per day as a cell
  // shows: thousands of campaigns stay quick to lay out.
  const { events, capped } = useMemo(() => {
    const shown = visibleWindow(date);
    const all = campaignsToEvents(campaigns, colorBy, shown);
    if (view !== 'month') return { events: all, capped: false };
    return capEventsPerDay(all, shown, {
      perDay: MONTH_DAY_EVENTS, capAbove: CAP_ABOVE, moreLabel: (count) => t('grid.more', { count }),
    });
  }, [campaigns, colorBy, date, view, t]);

  const onChange = useCallback((info: EventChangeArg) => {
    const ref = info.event.extendedProps as CalendarEventRef;
    if (ref.type === 'more') { info.revert(); return; } // not editable; never expected here
    const start = info.event.startStr.slice(0, 10);
    const end = fromExclusiveEnd(start, info.event.endStr || null);
    const oldStart = info.oldEvent.startStr.slice(0, 10);
    const change = gridDateChange(ref, { start: oldStart, end: fromExclusiveEnd(oldStart, info.oldEvent.endStr || null) }, { start, end });
    // One drag or resize = one operation (one undo step).
    const saved = change !== 'end-before-start' && runGridChange(run, change);
    // The workspace is the truth: FullCalendar's own move is undone and the new events come from the store.
    info.revert();
    if (change === 'end-before-start') notifications.show({ color: 'red', message: t('grid.endBeforeStart') });
    // A refused operation has said why already; a read-only workspace changes nothing and says so here.
    else if (!saved && !store.editable) notifications.show({ color: 'red', message: tApp('readOnly.title') });
  }, [store, run, t, tApp]);

  const onEventClick = useCallback((info: EventClickArg) => {
    info.jsEvent.preventDefault();
    const ref = info.event.extendedProps as CalendarEventRef;
    // "+N more" stands for campaigns FullCalendar was not given: the List view shows them all.
    if (ref.type === 'more') navigate('calendar', 'list');
    else onOpenCampaign(ref.campaignId);
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
    <Paper withBorder p="sm" radius="md" className="sb-calendar" role="region" aria-label={t('grid.label')}>
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
        // Capped months: the kept events plus the "+N more" row, so FullCalendar adds no link of its own.
        dayMaxEvents={view === 'month' ? MONTH_DAY_EVENTS + (capped ? 1 : 0) : false}
        eventOrder={MORE_ROW_ORDER}
        eventDisplay="block"
        displayEventTime={false}
        eventChange={onChange}
        eventClick={onEventClick}
        dateClick={onDateClick}
        datesSet={onDatesSet}
        fixedWeekCount={false}
      />
      <Text size="xs" c="dimmed" mt="xs">{t('grid.hint')}</Text>
    </Paper>
  );
}
