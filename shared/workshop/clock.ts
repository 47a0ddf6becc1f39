import type { AgendaItem, WorkshopSession } from '../schema/workshop';

/**
 * The workshop clock. It is wall-clock based: while running, the current step has used
 * `run.elapsedMs` plus the time since `run.runningSince`, so nothing needs a ticking counter
 * and a reload can work out where the clock was. Mutating functions take the session to change
 * (an immer draft in the app, a plain object in tests).
 */
export type ClockPhase = 'idle' | 'normal' | 'warning' | 'overrun';

export interface ClockView {
  item: AgendaItem | null;
  /** Index of `item` in the agenda, -1 when there is no current step. */
  index: number;
  running: boolean;
  usedMs: number;
  /** Planned time left; negative once the timebox is over. */
  remainingMs: number;
  /** How far past the timebox the step is; 0 until then. */
  overrunMs: number;
  phase: ClockPhase;
}

/** The timer turns amber when this much (or less) of the timebox is left. */
export const WARNING_MS = 120_000;
/** How often the renderer saves `run.heartbeatAt` while the clock runs. */
export const HEARTBEAT_MS = 10_000;
/** A gap this long between two UI ticks means the computer slept: the gap counts as a pause. */
export const SLEEP_GAP_MS = 60_000;

const ms = (iso: string) => new Date(iso).getTime();

function currentIndex(session: WorkshopSession): number {
  const { currentItemId } = session.run;
  return currentItemId === null ? -1 : session.agenda.findIndex((item) => item.id === currentItemId);
}

/** Time the current step has used so far (never negative, even if the system clock went back). */
export function usedMs(session: WorkshopSession, now: Date): number {
  const { elapsedMs, runningSince } = session.run;
  return elapsedMs + (runningSince === null ? 0 : Math.max(0, now.getTime() - ms(runningSince)));
}

export function clockView(session: WorkshopSession, now: Date): ClockView {
  const index = currentIndex(session);
  const item = index >= 0 ? session.agenda[index]! : null;
  if (!item) return { item: null, index: -1, running: false, usedMs: 0, remainingMs: 0, overrunMs: 0, phase: 'idle' };
  const used = usedMs(session, now);
  const remainingMs = item.minutes * 60_000 - used;
  const phase: ClockPhase = remainingMs <= 0 ? 'overrun' : remainingMs <= WARNING_MS ? 'warning' : 'normal';
  return {
    item, index, running: session.run.runningSince !== null, usedMs: used, remainingMs,
    overrunMs: Math.max(0, -remainingMs), phase,
  };
}

function run(session: WorkshopSession, now: Date): void {
  const iso = now.toISOString();
  session.run.runningSince = iso;
  session.run.heartbeatAt = iso;
  session.status = 'running';
  session.startedAt ??= iso;
  session.endedAt = null;
}

/** Makes `item` the current step with the time it already used (a revisited step keeps counting). */
function open(session: WorkshopSession, item: AgendaItem, now: Date): void {
  session.run.currentItemId = item.id;
  session.run.elapsedMs = (item.actualSeconds ?? 0) * 1000;
  item.startedAt ??= now.toISOString();
  item.endedAt = null;
}

/** Records what the current step really took; the clock then holds no running time. */
function closeCurrent(session: WorkshopSession, now: Date): void {
  const index = currentIndex(session);
  const item = index >= 0 ? session.agenda[index] : undefined;
  if (item) {
    item.actualSeconds = Math.round(usedMs(session, now) / 1000);
    item.endedAt = now.toISOString();
  }
  session.run.elapsedMs = 0;
  session.run.runningSince = null;
  session.run.heartbeatAt = null;
}

/** Starts (or continues) the workshop: the current step, or the first one, running. */
export function startWorkshop(session: WorkshopSession, now: Date): void {
  if (session.status === 'ended' || session.run.runningSince !== null) return;
  if (currentIndex(session) < 0) {
    const first = session.agenda[0];
    if (!first) return;
    open(session, first, now);
  }
  run(session, now);
}

/** Folds the running time into `elapsedMs` and stops the clock. */
export function pauseClock(session: WorkshopSession, now: Date): void {
  const { runningSince } = session.run;
  if (runningSince !== null) {
    session.run.elapsedMs += Math.max(0, Math.round(now.getTime() - ms(runningSince)));
  }
  session.run.runningSince = null;
  session.run.heartbeatAt = null;
  if (session.status === 'running') session.status = 'paused';
}

export function resumeClock(session: WorkshopSession, now: Date): void {
  startWorkshop(session, now);
}

/**
 * Closes the current step (actual time, end) and runs the next one. After the last step the
 * workshop ends. Before the first start it starts the first step.
 */
export function nextStep(session: WorkshopSession, now: Date): 'moved' | 'ended' {
  if (session.status === 'ended') return 'ended';
  const index = currentIndex(session);
  if (index < 0) {
    if (session.agenda.length === 0) return 'ended';
    startWorkshop(session, now);
    return 'moved';
  }
  const next = session.agenda[index + 1];
  if (!next) {
    endWorkshop(session, now);
    return 'ended';
  }
  closeCurrent(session, now);
  open(session, next, now);
  run(session, now);
  return 'moved';
}

/** The facilitator jumps to any step: the current one is closed like in nextStep, the chosen one runs. */
export function goToStep(session: WorkshopSession, itemId: string, now: Date): void {
  if (session.status === 'ended') return;
  const target = session.agenda.find((item) => item.id === itemId);
  if (!target) return;
  if (session.run.currentItemId === itemId) {
    startWorkshop(session, now);
    return;
  }
  closeCurrent(session, now);
  open(session, target, now);
  run(session, now);
}

export function endWorkshop(session: WorkshopSession, now: Date): void {
  if (session.status === 'ended') return;
  closeCurrent(session, now);
  session.run.currentItemId = null;
  session.status = 'ended';
  session.endedAt = now.toISOString();
}

/** Saved every HEARTBEAT_MS while running, so a crash loses at most that much time. */
export function heartbeat(session: WorkshopSession, now: Date): void {
  if (session.run.runningSince !== null) session.run.heartbeatAt = now.toISOString();
}

/**
 * The last moment the running clock is known to have been watched: the latest heartbeat, or the
 * start of the running period if no heartbeat came after it. Null when the clock is not running.
 */
export function lastAliveAt(session: WorkshopSession): Date | null {
  const { runningSince, heartbeatAt } = session.run;
  if (runningSince === null) return null;
  const since = ms(runningSince);
  return new Date(heartbeatAt === null ? since : Math.max(since, ms(heartbeatAt)));
}

/**
 * After a crash, restart or sleep: the step comes back paused with the time it had used at
 * `lastAliveAt` (never less than at `runningSince`), so the lost interval does not count.
 */
export function restoreAfterInterruption(session: WorkshopSession, lastAlive: Date): void {
  const { runningSince } = session.run;
  if (runningSince !== null) {
    const alive = Math.max(ms(runningSince), lastAlive.getTime());
    session.run.elapsedMs += Math.round(alive - ms(runningSince));
  }
  session.run.runningSince = null;
  session.run.heartbeatAt = null;
  if (session.status === 'running') session.status = 'paused';
}

/** On app load: a session still marked running was interrupted (crash, quit, power loss). */
export function needsRestore(session: WorkshopSession): boolean {
  return session.status === 'running';
}

/** True when two UI ticks are so far apart that the machine must have slept in between. */
export function isSleepGap(previousTick: Date, now: Date): boolean {
  return now.getTime() - previousTick.getTime() > SLEEP_GAP_MS;
}

/**
 * "m:ss" or "h:mm:ss" of the absolute value, in whole seconds rounded down (the UI adds "+" for
 * an overrun). 725_000 → "12:05", 3_723_000 → "1:02:03", -45_000 → "0:45".
 */
export function formatClock(milliseconds: number): string {
  const total = Math.floor(Math.abs(milliseconds) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}
