import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useMemo } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import type { WorkshopSession } from '../../../../../shared/schema/workshop';
import type { ClockView } from '../../../../../shared/workshop/clock';
import { useRun } from '../../../kernel/workspace/WorkspaceContext';
import { primeAudio } from './zeroSignal';

type ClockCommand = 'workshop.clock.start' | 'workshop.clock.pause' | 'workshop.clock.resume' | 'workshop.clock.next' | 'workshop.clock.previous' | 'workshop.clock.end';

/**
 * The facilitator's commands. Each is one normal (undoable) operation, timed by the moment of the
 * call (shared/workshop/ops/clockOps); the ones that end the workshop ask first. Start and resume
 * also unlock audio for the signal at zero, since they are user gestures.
 */
export function useRunnerCommands(workshopId: string, workshop: WorkshopSession | null, view: ClockView | null) {
  const run = useRun();
  const { t } = useT('workshop');

  return useMemo(() => {
    const clock = (op: ClockCommand) => run(op, { workshopId });
    const confirm = (title: string, body: string, label: string, onConfirm: () => void) => modals.openConfirmModal({
      title,
      children: <Text size="sm">{body}</Text>,
      labels: { confirm: label, cancel: t('run.confirm.cancel') },
      confirmProps: { color: 'red', 'data-testid': 'run-confirm' },
      onConfirm,
    });
    const status = workshop?.status ?? 'ended';
    const index = view?.index ?? -1;
    const agenda = workshop?.agenda ?? [];
    const isLast = index >= 0 && index === agenda.length - 1;

    const start = () => { primeAudio(); clock('workshop.clock.start'); };
    const pause = () => clock('workshop.clock.pause');
    const resume = () => { primeAudio(); clock('workshop.clock.resume'); };
    const end = () => confirm(t('run.confirm.endTitle'), t('run.confirm.endBody'), t('run.confirm.endConfirm'), () => clock('workshop.clock.end'));
    const next = () => {
      if (status === 'ended') return;
      primeAudio();
      if (isLast) confirm(t('run.confirm.lastStepTitle'), t('run.confirm.lastStepBody'), t('run.confirm.endConfirm'), () => clock('workshop.clock.next'));
      else clock('workshop.clock.next');
    };
    const goTo = (itemId: string) => { primeAudio(); run('workshop.clock.jump', { workshopId, itemId }); };
    const previous = () => {
      if (index > 0 && status !== 'ended') {
        primeAudio();
        clock('workshop.clock.previous');
      }
    };
    /** Space: start, pause or resume, whichever fits. */
    const toggle = () => {
      if (status === 'planned') start();
      else if (status === 'running') pause();
      else if (status === 'paused') resume();
    };
    return { start, pause, resume, next, previous, goTo, end, toggle, isLast, canGoBack: index > 0 && status !== 'ended' };
  }, [run, workshopId, workshop, view?.index, t]);
}
