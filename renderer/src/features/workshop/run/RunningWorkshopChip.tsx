import { Button } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import { clockView } from '../../../../../shared/workshop/clock';
import { navigate, useRoute } from '../../../kernel/routing/useHashRoute';
import { useOpenSession } from '../../../kernel/workspace/WorkspaceContext';
import { timerDisplay } from './timerDisplay';

const PHASE_COLOR = { idle: 'gray', normal: 'blue', warning: 'orange', overrun: 'red' } as const;

/**
 * In the header while a workshop clock runs and its runner is not on screen (the facilitator is
 * showing the canvas, say): the step and the time left, one click back to the runner.
 */
export function RunningWorkshopChip() {
  const { t } = useT('workshop');
  const session = useOpenSession();
  const route = useRoute();
  const running = session?.workspace.workshops.find((item) => item.run.runningSince !== null) ?? null;
  const [now, setNow] = useState(() => new Date());
  const active = running !== null;
  useEffect(() => {
    if (!active) return;
    const id = window.setInterval(() => setNow(new Date()), 1_000);
    return () => window.clearInterval(id);
  }, [active]);

  if (!running || (route.area === 'workshop' && route.section === running.id)) return null;
  const view = clockView(running, now);
  if (!view.item) return null;
  const display = timerDisplay(running, view);
  const time = display.digits.replace(/^\+/, '');
  const label = display.caption === 'over'
    ? t('run.chip.labelOver', { title: running.title, step: view.item.title, time })
    : t('run.chip.label', { title: running.title, step: view.item.title, time });
  return (
    <Button
      size="compact-sm"
      variant="light"
      color={PHASE_COLOR[display.phase]}
      leftSection={<IconClock size={16} aria-hidden />}
      onClick={() => navigate('workshop', running.id)}
      aria-label={label}
      title={label}
      data-testid="running-workshop-chip"
      maw={260}
      visibleFrom="sm"
    >
      <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 }}>
        <span style={{ fontVariantNumeric: 'tabular-nums' }}>{display.digits}</span>&nbsp;·&nbsp;{view.item.title}
      </span>
    </Button>
  );
}
