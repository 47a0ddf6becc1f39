import { Button, Group } from '@mantine/core';
import { IconPlayerPause, IconPlayerPlay, IconPlayerSkipBack, IconPlayerSkipForward, IconPlayerStop, IconPresentation } from '@tabler/icons-react';
import { useT } from '../../../kernel/i18n/typedT';
import type { WorkshopSession } from '../../../../../shared/schema/workshop';
import type { useRunnerCommands } from './useRunnerCommands';

type Commands = ReturnType<typeof useRunnerCommands>;

/** Start / Pause / Resume / Previous / Next step / End workshop, and "Present". Only what fits the status shows. */
export function RunnerControls({ status, commands, canEdit, hasAgenda, onPresent, size = 'sm' }: {
  status: WorkshopSession['status'];
  commands: Commands;
  canEdit: boolean;
  hasAgenda: boolean;
  onPresent?: () => void;
  size?: 'sm' | 'compact-sm';
}) {
  const { t } = useT('workshop');
  const editable = canEdit && hasAgenda;
  const started = status === 'running' || status === 'paused';
  return (
    <Group gap="xs" role="group" aria-label={t('run.controls.label')}>
      {status === 'planned' && (
        <Button size={size} leftSection={<IconPlayerPlay size={18} />} onClick={commands.start} disabled={!editable} data-testid="run-start">
          {t('run.controls.start')}
        </Button>
      )}
      {status === 'running' && (
        <Button size={size} leftSection={<IconPlayerPause size={18} />} onClick={commands.pause} disabled={!canEdit} data-testid="run-pause">
          {t('run.controls.pause')}
        </Button>
      )}
      {status === 'paused' && (
        <Button size={size} leftSection={<IconPlayerPlay size={18} />} onClick={commands.resume} disabled={!canEdit} data-testid="run-resume">
          {t('run.controls.resume')}
        </Button>
      )}
      {started && (
        <>
          <Button size={size} variant="default" leftSection={<IconPlayerSkipBack size={18} />} onClick={commands.previous} disabled={!canEdit || !commands.canGoBack} data-testid="run-previous">
            {t('run.controls.previous')}
          </Button>
          {/* On the last step, "End workshop" is the next step. */}
          {!commands.isLast && (
            <Button size={size} variant="default" leftSection={<IconPlayerSkipForward size={18} />} onClick={commands.next} disabled={!canEdit} data-testid="run-next">
              {t('run.controls.next')}
            </Button>
          )}
          <Button size={size} variant="light" color="red" leftSection={<IconPlayerStop size={18} />} onClick={commands.end} disabled={!canEdit} data-testid="run-end">
            {t('run.controls.end')}
          </Button>
        </>
      )}
      {onPresent && (
        <Button size={size} variant="outline" leftSection={<IconPresentation size={18} />} onClick={onPresent} data-testid="run-present">
          {t('run.controls.present')}
        </Button>
      )}
    </Group>
  );
}
