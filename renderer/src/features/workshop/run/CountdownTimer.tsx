import { useT } from '../../../kernel/i18n/typedT';
import type { TimerDisplay } from './timerDisplay';

/**
 * The big countdown digits. Colour follows the phase (warning at two minutes, a different one
 * for the overrun), and the words under it say the same, so colour is never the only cue.
 * The size comes from the surrounding layout (runner card or presentation view).
 */
export function CountdownTimer({ display, flashing, fontSize }: { display: TimerDisplay; flashing: boolean; fontSize?: string }) {
  const { t } = useT('workshop');
  const spoken = display.caption === 'over' ? t('run.timer.overClock', { time: display.digits.slice(1) }) : display.digits;
  return (
    <div
      role="timer"
      aria-label={`${t('run.timer.label')}: ${spoken}`}
      data-testid="run-timer"
      data-phase={display.phase}
      className={`sb-run-timer${flashing ? ' sb-run-flash' : ''}`}
      style={fontSize ? { fontSize } : undefined}
    >
      {display.digits}
    </div>
  );
}

