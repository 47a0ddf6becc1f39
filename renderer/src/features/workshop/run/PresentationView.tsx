import { Button, Group, Portal } from '@mantine/core';
import { IconCheckbox, IconX } from '@tabler/icons-react';
import { memo, useEffect, useRef } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import type { WorkshopSession } from '../../../../../shared/schema/workshop';
import type { ClockView } from '../../../../../shared/workshop/clock';
import { StepBoard } from '../board/StepBoard';
import { CountdownTimer } from './CountdownTimer';
import { useRestoreNoticeText } from './RestoreNoticeAlert';
import type { RestoreNotice } from './restoreNotices';
import { RunnerControls } from './RunnerControls';
import { requestToggleVoting } from './runEvents';
import type { TimerDisplay } from './timerDisplay';
import { useFullscreenWhileMounted } from './useFullscreenWhileMounted';
import type { useRunnerCommands } from './useRunnerCommands';

// The board does not depend on the clock: skip its re-render on every tick.
const Board = memo(StepBoard);

/**
 * The projector view: a full-window overlay (and full screen when allowed) with the step title
 * and the countdown sized to be read from the back of the room, light on a dark ground, and
 * the current step's board under them. The keyboard is handled by the runner (useRunnerKeys).
 */
export function PresentationView({ workshop, view, display, flashing, notice, commands, canEdit, onLeave }: {
  workshop: WorkshopSession;
  view: ClockView;
  display: TimerDisplay;
  flashing: boolean;
  notice: RestoreNotice | null;
  commands: ReturnType<typeof useRunnerCommands>;
  canEdit: boolean;
  onLeave: () => void;
}) {
  const { t } = useT('workshop');
  const root = useRef<HTMLDivElement>(null);
  useFullscreenWhileMounted(onLeave);
  // Focus inside the overlay, so nothing under it keeps the focus (and its keys).
  useEffect(() => root.current?.focus(), []);

  const noticeText = useRestoreNoticeText(notice);
  const item = view.item;
  const ended = workshop.status === 'ended';
  return (
    <Portal>
      <div ref={root} tabIndex={-1} className="sb-present" role="region" aria-label={t('run.presentation.label', { title: workshop.title })} data-testid="presentation-view">
        <div className="sb-present-head">
          <div className="sb-present-titles">
            <p className="sb-present-step">
              {item ? t('run.timer.stepOf', { index: view.index + 1, count: workshop.agenda.length }) : workshop.title}
            </p>
            <h2 className="sb-present-title" data-testid="presentation-title" title={item?.title}>
              {item ? item.title : ended ? t('run.presentation.endedTitle') : workshop.agenda[0]?.title ?? workshop.title}
            </h2>
            {workshop.status === 'paused' && <div className="sb-present-state" data-testid="presentation-state">{t('run.timer.paused')}</div>}
          </div>
          {!ended && (
            <div className="sb-present-clock">
              <CountdownTimer display={display} flashing={flashing} />
              <div className="sb-present-caption" data-phase={display.phase}>{t(`run.timer.${display.caption}`)}</div>
            </div>
          )}
        </div>
        {noticeText && <div className="sb-present-notice" role="status">{noticeText}</div>}
        {item ? (
          <div className="sb-present-board">
            <Board workshopId={workshop.id} agendaItemId={item.id} presentation />
          </div>
        ) : (
          <div className="sb-present-empty">{ended ? t('run.ended') : t('run.presentation.noStep')}</div>
        )}
        <div className="sb-present-foot">
          <span className="sb-present-keys">{t('run.presentation.keys')}</span>
          <Group gap="xs">
            <RunnerControls size="compact-sm" status={workshop.status} commands={commands} canEdit={canEdit} hasAgenda={workshop.agenda.length > 0} />
            {item && (
              <Button size="compact-sm" variant="default" leftSection={<IconCheckbox size={18} />} onClick={requestToggleVoting} data-testid="presentation-voting">
                {t('run.controls.voting')}
              </Button>
            )}
            <Button size="compact-sm" variant="default" leftSection={<IconX size={18} />} onClick={onLeave} data-testid="presentation-leave">
              {t('run.controls.leave')}
            </Button>
          </Group>
        </div>
      </div>
    </Portal>
  );
}
