import { describe, expect, it } from 'vitest';
import { workshopSession, type WorkshopSession } from '../schema/workshop';
import { newWorkshop } from './agenda';
import {
  clockView, endWorkshop, formatClock, goToStep, heartbeat, isSleepGap, lastAliveAt, needsRestore, nextStep,
  pauseClock, restoreAfterInterruption, resumeClock, startWorkshop, SLEEP_GAP_MS, WARNING_MS,
} from './clock';

const T0 = new Date('2026-07-08T09:00:00.000Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

function session(): WorkshopSession {
  let n = 0;
  return newWorkshop({
    id: 'wsh_1', title: 'Q3 review', date: '2026-07-08', facilitator: 'Anna', strategyId: null, now: T0,
    stepTitles: { 'research': 'Research', 'target-market': 'Target', 'positioning': 'Positioning', 'price-channel': 'Price', 'promotion': 'Promotion', 'implementation': 'Plan' },
  }, () => `agd_${++n}`);
}

describe('clockView', () => {
  it('is idle before the start', () => {
    const s = session();
    expect(clockView(s, T0)).toEqual({ item: null, index: -1, running: false, usedMs: 0, remainingMs: 0, overrunMs: 0, phase: 'idle' });
  });

  it('counts wall-clock time since the start against the timebox', () => {
    const s = session(); // first step: research, 20 minutes
    startWorkshop(s, T0);
    const view = clockView(s, at(90));
    expect(view.item?.id).toBe('agd_1');
    expect(view.index).toBe(0);
    expect(view.running).toBe(true);
    expect(view.usedMs).toBe(90_000);
    expect(view.remainingMs).toBe(20 * 60_000 - 90_000);
    expect(view.overrunMs).toBe(0);
    expect(view.phase).toBe('normal');
  });

  it('warns at two minutes left and overruns at zero', () => {
    const s = session();
    startWorkshop(s, T0);
    const timebox = 20 * 60;
    expect(clockView(s, at(timebox - 121)).phase).toBe('normal');
    expect(clockView(s, at(timebox - WARNING_MS / 1000)).phase).toBe('warning');
    expect(clockView(s, at(timebox - 1)).phase).toBe('warning');
    const zero = clockView(s, at(timebox));
    expect(zero.phase).toBe('overrun');
    expect(zero.overrunMs).toBe(0);
    const over = clockView(s, at(timebox + 45));
    expect(over.phase).toBe('overrun');
    expect(over.remainingMs).toBe(-45_000);
    expect(over.overrunMs).toBe(45_000);
  });

  it('never counts negative time when the system clock goes back', () => {
    const s = session();
    startWorkshop(s, at(100));
    expect(clockView(s, at(50)).usedMs).toBe(0);
  });
});

describe('start, pause and resume', () => {
  it('starts the first step and records when the workshop and step began', () => {
    const s = session();
    startWorkshop(s, T0);
    expect(s.status).toBe('running');
    expect(s.startedAt).toBe(T0.toISOString());
    expect(s.run).toEqual({ currentItemId: 'agd_1', elapsedMs: 0, runningSince: T0.toISOString(), heartbeatAt: T0.toISOString() });
    expect(s.agenda[0]!.startedAt).toBe(T0.toISOString());
    expect(workshopSession.safeParse(s).success).toBe(true);
  });

  it('does nothing with an empty agenda', () => {
    const s = session();
    s.agenda = [];
    startWorkshop(s, T0);
    expect(s.status).toBe('planned');
    expect(s.run.runningSince).toBeNull();
  });

  it('pause keeps the used time and stops the clock; resume continues from it', () => {
    const s = session();
    startWorkshop(s, T0);
    pauseClock(s, at(100));
    expect(s.status).toBe('paused');
    expect(s.run.elapsedMs).toBe(100_000);
    expect(s.run.runningSince).toBeNull();
    // Paused time does not count.
    expect(clockView(s, at(1000)).usedMs).toBe(100_000);
    expect(clockView(s, at(1000)).running).toBe(false);
    resumeClock(s, at(1000));
    expect(s.status).toBe('running');
    expect(clockView(s, at(1030)).usedMs).toBe(130_000);
    pauseClock(s, at(1030));
    expect(s.run.elapsedMs).toBe(130_000);
    // The workshop's start is its first start, not the resume.
    expect(s.startedAt).toBe(T0.toISOString());
  });

  it('a second start while running changes nothing', () => {
    const s = session();
    startWorkshop(s, T0);
    startWorkshop(s, at(60));
    expect(s.run.runningSince).toBe(T0.toISOString());
  });
});

describe('nextStep, goToStep and endWorkshop', () => {
  it('closes the current step with its actual time and runs the next', () => {
    const s = session();
    startWorkshop(s, T0);
    pauseClock(s, at(60));
    resumeClock(s, at(300));
    expect(nextStep(s, at(300 + 61.4))).toBe('moved'); // used 60 s + 61.4 s = 121.4 s → 121
    const [first, second] = s.agenda;
    expect(first!.actualSeconds).toBe(121);
    expect(first!.endedAt).toBe(at(361.4).toISOString());
    expect(second!.startedAt).toBe(at(361.4).toISOString());
    expect(s.run.currentItemId).toBe('agd_2');
    expect(s.run.elapsedMs).toBe(0);
    expect(s.run.runningSince).toBe(at(361.4).toISOString());
    expect(s.status).toBe('running');
    expect(clockView(s, at(371.4)).usedMs).toBe(10_000);
  });

  it('runs the next step even when the current one was paused', () => {
    const s = session();
    startWorkshop(s, T0);
    pauseClock(s, at(30));
    nextStep(s, at(500));
    expect(s.agenda[0]!.actualSeconds).toBe(30);
    expect(s.status).toBe('running');
    expect(s.run.runningSince).toBe(at(500).toISOString());
  });

  it('ends the workshop after the last step', () => {
    const s = session();
    startWorkshop(s, T0);
    for (let i = 1; i <= 5; i++) expect(nextStep(s, at(i * 600))).toBe('moved');
    expect(s.run.currentItemId).toBe('agd_6');
    expect(nextStep(s, at(3600 + 15))).toBe('ended');
    expect(s.status).toBe('ended');
    expect(s.endedAt).toBe(at(3615).toISOString());
    expect(s.agenda[5]!.actualSeconds).toBe(615);
    expect(s.agenda[5]!.endedAt).toBe(at(3615).toISOString());
    expect(s.agenda.map((item) => item.actualSeconds)).toEqual([600, 600, 600, 600, 600, 615]);
    expect(s.run).toEqual({ currentItemId: null, elapsedMs: 0, runningSince: null, heartbeatAt: null });
    expect(clockView(s, at(4000)).phase).toBe('idle');
    expect(workshopSession.safeParse(s).success).toBe(true);
    // Nothing restarts an ended workshop by accident.
    expect(nextStep(s, at(5000))).toBe('ended');
    startWorkshop(s, at(5000));
    expect(s.status).toBe('ended');
  });

  it('nextStep before the start starts the first step', () => {
    const s = session();
    expect(nextStep(s, T0)).toBe('moved');
    expect(s.run.currentItemId).toBe('agd_1');
    expect(s.status).toBe('running');
  });

  it('goToStep closes the current step and a revisited step keeps its used time', () => {
    const s = session();
    startWorkshop(s, T0);
    goToStep(s, 'agd_3', at(100));
    expect(s.agenda[0]!.actualSeconds).toBe(100);
    expect(s.run.currentItemId).toBe('agd_3');
    expect(s.agenda[2]!.startedAt).toBe(at(100).toISOString());
    goToStep(s, 'agd_1', at(130));
    expect(s.agenda[2]!.actualSeconds).toBe(30);
    expect(s.agenda[0]!.endedAt).toBeNull();
    expect(s.agenda[0]!.startedAt).toBe(T0.toISOString());
    expect(clockView(s, at(140)).usedMs).toBe(110_000);
    goToStep(s, 'agd_missing', at(150));
    expect(s.run.currentItemId).toBe('agd_1');
  });

  it('endWorkshop closes the current step', () => {
    const s = session();
    startWorkshop(s, T0);
    nextStep(s, at(60));
    endWorkshop(s, at(90));
    expect(s.status).toBe('ended');
    expect(s.agenda[1]!.actualSeconds).toBe(30);
    expect(s.agenda[1]!.endedAt).toBe(at(90).toISOString());
    expect(s.agenda[2]!.startedAt).toBeNull();
    expect(s.endedAt).toBe(at(90).toISOString());
  });
});

describe('heartbeat and restore after an interruption', () => {
  it('saves the heartbeat only while running', () => {
    const s = session();
    heartbeat(s, T0);
    expect(s.run.heartbeatAt).toBeNull();
    startWorkshop(s, T0);
    heartbeat(s, at(10));
    expect(s.run.heartbeatAt).toBe(at(10).toISOString());
    pauseClock(s, at(15));
    heartbeat(s, at(20));
    expect(s.run.heartbeatAt).toBeNull();
  });

  it('a crash restores the step paused at the last heartbeat', () => {
    const s = session();
    startWorkshop(s, T0);
    pauseClock(s, at(40));
    resumeClock(s, at(100));
    heartbeat(s, at(110));
    heartbeat(s, at(120));
    // The app died at about 125 s and was opened again an hour later.
    expect(needsRestore(s)).toBe(true);
    expect(lastAliveAt(s)).toEqual(at(120));
    restoreAfterInterruption(s, lastAliveAt(s)!);
    expect(s.status).toBe('paused');
    expect(needsRestore(s)).toBe(false);
    expect(s.run.runningSince).toBeNull();
    expect(s.run.elapsedMs).toBe(40_000 + 20_000);
    expect(clockView(s, at(3600)).usedMs).toBe(60_000);
    expect(s.run.currentItemId).toBe('agd_1');
    resumeClock(s, at(3600));
    expect(clockView(s, at(3605)).usedMs).toBe(65_000);
  });

  it('without a heartbeat it restores at runningSince', () => {
    const s = session();
    startWorkshop(s, T0);
    pauseClock(s, at(40));
    resumeClock(s, at(100));
    s.run.heartbeatAt = null;
    expect(lastAliveAt(s)).toEqual(at(100));
    restoreAfterInterruption(s, lastAliveAt(s)!);
    expect(s.run.elapsedMs).toBe(40_000);
  });

  it('a heartbeat older than the running period counts as runningSince', () => {
    const s = session();
    startWorkshop(s, T0);
    s.run.heartbeatAt = at(-500).toISOString();
    expect(lastAliveAt(s)).toEqual(T0);
    restoreAfterInterruption(s, at(-500));
    expect(s.run.elapsedMs).toBe(0);
  });

  it('a sleep gap counts as a pause: the used time is that of the previous tick', () => {
    const s = session();
    startWorkshop(s, T0);
    const previousTick = at(200);
    const now = at(200 + 3600);
    expect(isSleepGap(at(199), previousTick)).toBe(false);
    expect(isSleepGap(previousTick, now)).toBe(true);
    expect(isSleepGap(previousTick, new Date(previousTick.getTime() + SLEEP_GAP_MS))).toBe(false);
    restoreAfterInterruption(s, previousTick);
    expect(s.status).toBe('paused');
    expect(clockView(s, now).usedMs).toBe(200_000);
  });

  it('a paused or planned workshop needs no restore', () => {
    const s = session();
    expect(needsRestore(s)).toBe(false);
    expect(lastAliveAt(s)).toBeNull();
    startWorkshop(s, T0);
    pauseClock(s, at(5));
    expect(needsRestore(s)).toBe(false);
  });
});

describe('formatClock', () => {
  it.each([
    [0, '0:00'], [999, '0:00'], [59_999, '0:59'], [60_000, '1:00'], [725_000, '12:05'],
    [3_723_000, '1:02:03'], [36_000_000, '10:00:00'], [-45_000, '0:45'], [-3_600_000, '1:00:00'],
  ])('%i ms → %s', (milliseconds, text) => {
    expect(formatClock(milliseconds)).toBe(text);
  });
});
