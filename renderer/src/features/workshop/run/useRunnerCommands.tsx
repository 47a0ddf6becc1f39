import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkshopSession } from '../../../../../shared/schema/workshop';
import {
  endWorkshop, goToStep, nextStep, pauseClock, resumeClock, startWorkshop, type ClockView,
} from '../../../../../shared/workshop/clock';
import { useWorkspaceStore } from '../../../app/workspace/WorkspaceContext';
import { primeAudio } from './zeroSignal';

type SessionRecipe = (session: WorkshopSession, now: Date) => void;

/**
 * The facilitator's commands. Each is one normal (undoable) edit; the ones that end the
 * workshop ask first. Start and resume also unlock audio for the signal at zero, since they
 * are user gestures.
 */
export function useRunnerCommands(workshopId: string, workshop: WorkshopSession | null, view: ClockView | null) {
  const store = useWorkspaceStore();
  const { t } = useTranslation('workshopRun');

  return useMemo(() => {
    const edit = (recipe: SessionRecipe) => store.edit((draft) => {
      const target = draft.workshops.find((item) => item.id === workshopId);
      if (target) recipe(target, new Date());
    });
    const confirm = (title: string, body: string, label: string, onConfirm: () => void) => modals.openConfirmModal({
      title,
      children: <Text size="sm">{body}</Text>,
      labels: { confirm: label, cancel: t('confirm.cancel') },
      confirmProps: { color: 'red', 'data-testid': 'run-confirm' },
      onConfirm,
    });
    const status = workshop?.status ?? 'ended';
    const index = view?.index ?? -1;
    const agenda = workshop?.agenda ?? [];
    const isLast = index >= 0 && index === agenda.length - 1;

    const start = () => { primeAudio(); edit(startWorkshop); };
    const pause = () => edit(pauseClock);
    const resume = () => { primeAudio(); edit(resumeClock); };
    const end = () => confirm(t('confirm.endTitle'), t('confirm.endBody'), t('confirm.endConfirm'), () => edit(endWorkshop));
    const next = () => {
      if (status === 'ended') return;
      primeAudio();
      if (isLast) confirm(t('confirm.lastStepTitle'), t('confirm.lastStepBody'), t('confirm.endConfirm'), () => edit((s, now) => { nextStep(s, now); }));
      else edit((s, now) => { nextStep(s, now); });
    };
    const goTo = (itemId: string) => { primeAudio(); edit((s, now) => goToStep(s, itemId, now)); };
    const previous = () => {
      const before = index > 0 ? agenda[index - 1] : undefined;
      if (before && status !== 'ended') goTo(before.id);
    };
    /** Space: start, pause or resume, whichever fits. */
    const toggle = () => {
      if (status === 'planned') start();
      else if (status === 'running') pause();
      else if (status === 'paused') resume();
    };
    return { start, pause, resume, next, previous, goTo, end, toggle, isLast, canGoBack: index > 0 && status !== 'ended' };
  }, [store, workshopId, workshop, view?.index, t]);
}
