import type { WorkshopSession } from '../../../../../shared/schema/workshop';
import { formatClock, type ClockPhase, type ClockView } from '../../../../../shared/workshop/clock';

/** What the big timer shows: digits, the phase (its colour) and which caption goes under it. */
export interface TimerDisplay {
  digits: string;
  phase: ClockPhase;
  caption: 'left' | 'over' | 'notStarted' | 'ended';
}

/** Time left, rounded up as countdowns do: "0:00" appears exactly when the time is up, with the signal. */
export function countdownText(remainingMs: number): string {
  return formatClock(Math.ceil(remainingMs / 1000) * 1000);
}

/**
 * Time left as "m:ss"; past zero "+m:ss" with the caption "over". Before the start the first
 * step's whole timebox is shown, after the end nothing is left to count.
 */
export function timerDisplay(workshop: WorkshopSession, view: ClockView): TimerDisplay {
  if (view.item) {
    return view.phase === 'overrun'
      ? { digits: `+${formatClock(view.overrunMs)}`, phase: 'overrun', caption: 'over' }
      : { digits: countdownText(view.remainingMs), phase: view.phase, caption: 'left' };
  }
  if (workshop.status === 'ended') return { digits: formatClock(0), phase: 'idle', caption: 'ended' };
  const first = workshop.agenda[0];
  return { digits: formatClock((first?.minutes ?? 0) * 60_000), phase: 'idle', caption: 'notStarted' };
}
