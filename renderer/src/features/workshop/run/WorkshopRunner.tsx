import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { memo, useRef, useState } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import { useCanEdit } from '../../../kernel/workspace/WorkspaceContext';
import { ActionsPanel } from '../board/ActionsPanel';
import { StepBoard } from '../board/StepBoard';
import { AgendaProgress } from './AgendaProgress';
import { CountdownTimer } from './CountdownTimer';
import { PresentationView } from './PresentationView';
import { clearRestoreNotice } from './restoreNotices';
import { RestoreNoticeAlert } from './RestoreNoticeAlert';
import { RunnerControls } from './RunnerControls';
import { requestNewNote, requestToggleVoting } from './runEvents';
import type { RunnerKeyAction } from './runnerKeys';
import { timerDisplay } from './timerDisplay';
import { useRunnerCommands } from './useRunnerCommands';
import { useRunnerKeys } from './useRunnerKeys';
import { useWorkshopClock } from './useWorkshopClock';
import './runner.css';

// Neither depends on the clock: skip their re-render on every tick.
const Board = memo(StepBoard);
const Actions = memo(ActionsPanel);

/**
 * Runs one workshop: the controls, the big countdown, the agenda with planned and used time,
 * the current step's board and the action items, and "Present" for the projector view.
 */
export function WorkshopRunner({ workshopId }: { workshopId: string }) {
  const { t } = useT('workshop');
  const canEdit = useCanEdit();
  const { workshop, view, notice, flashing } = useWorkshopClock(workshopId);
  const commands = useRunnerCommands(workshopId, workshop, view);
  const [presenting, setPresenting] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  // Back from the projector view the focus goes to the runner itself, not to a button, so
  // Space keeps meaning start/pause as the notices say.
  const leave = () => {
    setPresenting(false);
    requestAnimationFrame(() => root.current?.focus({ preventScroll: true }));
  };

  useRunnerKeys(presenting, (action: RunnerKeyAction) => {
    if (action === 'toggle') commands.toggle();
    else if (action === 'next') commands.next();
    else if (action === 'previous') commands.previous();
    else if (action === 'new-note') requestNewNote();
    else if (action === 'toggle-voting') requestToggleVoting();
    else if (action === 'leave') leave();
  });

  if (!workshop || !view) return <Text c="dimmed">{t('run.notFound')}</Text>;
  const display = timerDisplay(workshop, view);
  const hasAgenda = workshop.agenda.length > 0;
  const item = view.item;
  const ended = workshop.status === 'ended';

  return (
    <Stack gap="md" data-testid="workshop-runner" ref={root} tabIndex={-1} style={{ outline: 'none' }}>
      {notice && <RestoreNoticeAlert notice={notice} onDismiss={() => clearRestoreNotice(workshopId)} />}
      {!canEdit && <Alert color="gray">{t('run.readOnly')}</Alert>}
      {!hasAgenda && <Alert color="yellow">{t('run.emptyAgenda')}</Alert>}
      {ended && <Alert color="blue" data-testid="run-ended">{t('run.ended')}</Alert>}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <div style={{ minWidth: 0 }}>
                <Text size="sm" c="dimmed">
                  {item ? t('run.timer.stepOf', { index: view.index + 1, count: workshop.agenda.length }) : ended ? t('run.timer.ended') : t('run.timer.planned')}
                </Text>
                {!ended && (
                  <Text fw={650} size="xl" data-testid="run-step-title" style={{ overflowWrap: 'anywhere' }}>
                    {item?.title ?? workshop.agenda[0]?.title ?? ''}
                  </Text>
                )}
              </div>
              {/* The page header shows the status; near the clock only "paused" needs saying. */}
              {workshop.status === 'paused' && <Badge variant="light" color="yellow" data-testid="run-paused">{t('run.timer.paused')}</Badge>}
            </Group>
            {!ended && (
              <Group align="baseline" gap="sm">
                <CountdownTimer display={display} flashing={flashing} fontSize="clamp(48px, 8vw, 96px)" />
                <Text size="lg" fw={600} c={display.phase === 'overrun' ? 'red' : display.phase === 'warning' ? 'orange' : 'dimmed'}>
                  {t(`run.timer.${display.caption}`)}
                </Text>
              </Group>
            )}
            <RunnerControls status={workshop.status} commands={commands} canEdit={canEdit} hasAgenda={hasAgenda} onPresent={() => setPresenting(true)} />
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <AgendaProgress workshop={workshop} view={view} canJump={canEdit && (workshop.status === 'running' || workshop.status === 'paused')} onGoTo={commands.goTo} />
        </Paper>
      </SimpleGrid>
      {item && !presenting && <Board workshopId={workshopId} agendaItemId={item.id} />}
      <Actions workshopId={workshopId} />
      {presenting && (
        <PresentationView
          workshop={workshop} view={view} display={display} flashing={flashing} notice={notice}
          commands={commands} canEdit={canEdit} onLeave={leave}
        />
      )}
    </Stack>
  );
}
