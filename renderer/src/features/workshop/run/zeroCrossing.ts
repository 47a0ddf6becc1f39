import type { ClockView } from '../../../../../shared/workshop/clock';

/** What one tick remembers of the clock, to notice the moment the timebox runs out. */
export interface TickMark {
  itemId: string;
  phase: ClockView['phase'];
}

export function tickMark(view: ClockView): TickMark | null {
  return view.item ? { itemId: view.item.id, phase: view.phase } : null;
}

/**
 * True only when the running clock of the same step went from time-left to overrun between two
 * ticks: not when a restored or revisited step is already over, nor when switching steps.
 */
export function crossedZero(before: TickMark | null, after: TickMark | null): boolean {
  return before !== null && after !== null && before.itemId === after.itemId
    && before.phase !== 'overrun' && after.phase === 'overrun';
}
