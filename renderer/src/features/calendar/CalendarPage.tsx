import { Button, Group, SegmentedControl, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useT } from '../../kernel/i18n/typedT';
import { isEditableElement } from '../../kernel/ui/editableFocus';
import { navigate } from '../../kernel/routing/useHashRoute';
import { PageHeader } from '../../kernel/ui/PageHeader';
import { useCanEdit, useOpenSession } from '../../kernel/workspace/WorkspaceContext';
import { BudgetView } from './budget/BudgetView';
import { localToday } from './calendar/calendarDates';
import { CalendarGridView } from './calendar/CalendarGridView';
import { CalendarLegend } from './CalendarLegend';
import type { ColorBy } from './colors';
import { CampaignEditor, type EditorTarget } from './editor/CampaignEditor';
import { CalendarIoMenu } from './io/CalendarIoMenu';
import { CampaignListView } from './list/CampaignListView';
import { TimelineView } from './timeline/TimelineView';

export const CALENDAR_VIEWS = ['month', 'week', 'list', 'timeline', 'budget'] as const;
export type CalendarViewName = (typeof CALENDAR_VIEWS)[number];

/** The route section names the view (#/calendar/week), so a reload keeps it; anything else is the month. */
export function viewFromSection(section: string | null): CalendarViewName {
  return CALENDAR_VIEWS.find((view) => view === section) ?? 'month';
}

/** The Calendar area: month, week, list, timeline and budget views of the campaigns, and the campaign editor. */
export function CalendarPage({ section }: { section: string | null }) {
  const { t } = useT('calendar');
  const session = useOpenSession();
  const canEdit = useCanEdit();
  const view = viewFromSection(section);
  const [colorBy, setColorBy] = useState<ColorBy>('channel');
  const [date, setDate] = useState(localToday);
  const [editor, setEditor] = useState<{ target: EditorTarget; key: number } | null>(null);

  const open = useCallback((target: EditorTarget) => setEditor({ target, key: Date.now() }), []);
  const openCampaign = useCallback((id: string) => open({ mode: 'edit', id }), [open]);
  const newCampaign = useCallback((startDate: string) => open({ mode: 'new', startDate }), [open]);

  // N starts a new campaign, unless the user is typing or a dialog is already open.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'n' || event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      if (!canEdit || editor !== null || isEditableElement(document.activeElement) || document.querySelector('[role="dialog"]')) return;
      event.preventDefault();
      newCampaign(localToday());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canEdit, editor, newCampaign]);

  if (!session) return null;
  const { campaigns, strategies, settings } = session.workspace;
  const showsColours = view === 'month' || view === 'week' || view === 'timeline';

  return (
    <>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <PageHeader title={t('title')} subtitle={t('subtitle')} />
        <Group gap="sm">
          <Button leftSection={<IconPlus size={16} aria-hidden />} disabled={!canEdit} title={`${t('newCampaign')} (N)`} aria-keyshortcuts="N"
            onClick={() => newCampaign(view === 'month' || view === 'week' ? date : localToday())}>
            {t('newCampaign')}
          </Button>
          <CalendarIoMenu />
        </Group>
      </Group>
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="md">
          <SegmentedControl
            aria-label={t('views.label')}
            value={view}
            data={CALENDAR_VIEWS.map((v) => ({ value: v, label: t(`views.${v}`) }))}
            onChange={(next) => navigate('calendar', viewFromSection(next))}
          />
          {showsColours && <CalendarLegend colorBy={colorBy} onChange={setColorBy} />}
        </Group>
        {(view === 'month' || view === 'week') && (
          <CalendarGridView view={view} campaigns={campaigns} colorBy={colorBy} date={date} onDateChange={setDate}
            onOpenCampaign={openCampaign} onNewCampaign={newCampaign} />
        )}
        {view === 'list' && <CampaignListView campaigns={campaigns} strategies={strategies} currency={settings.currency} onOpenCampaign={openCampaign} />}
        {view === 'timeline' && <TimelineView campaigns={campaigns} colorBy={colorBy} onOpenCampaign={openCampaign} />}
        {view === 'budget' && <BudgetView />}
      </Stack>
      {editor && <CampaignEditor key={editor.key} target={editor.target} onClose={() => setEditor(null)} />}
    </>
  );
}
