import { describe, expect, it } from 'vitest';
import type { WorkshopSession } from '../../../../../shared/schema/workshop';
import { clockView, startWorkshop, endWorkshop } from '../../../../../shared/workshop/clock';
import { timerDisplay } from './timerDisplay';

const t0 = new Date('2026-07-08T09:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

function session(): WorkshopSession {
  const item = (id: string, minutes: number) => ({
    id, step: 'research' as const, title: id, minutes, block: 'research' as const, actualSeconds: null, startedAt: null, endedAt: null,
  });
  return {
    id: 'w', title: 'W', date: '2026-07-08', facilitator: '', participants: [], status: 'planned', strategyId: null,
    agenda: [item('a', 5), item('b', 10)],
    run: { currentItemId: null, elapsedMs: 0, runningSince: null, heartbeatAt: null },
    notes: [], clusters: [], votes: [], decisions: [], actions: [], votesPerParticipant: 3,
    startedAt: null, endedAt: null, createdAt: t0.toISOString(),
  };
}

describe('timerDisplay', () => {
  it('shows the first timebox before the start', () => {
    const s = session();
    expect(timerDisplay(s, clockView(s, t0))).toEqual({ digits: '5:00', phase: 'idle', caption: 'notStarted' });
  });

  it('counts down, warns and shows the overrun with a plus', () => {
    const s = session();
    startWorkshop(s, t0);
    expect(timerDisplay(s, clockView(s, at(55)))).toEqual({ digits: '4:05', phase: 'normal', caption: 'left' });
    expect(timerDisplay(s, clockView(s, at(200)))).toEqual({ digits: '1:40', phase: 'warning', caption: 'left' });
    expect(timerDisplay(s, clockView(s, at(0.2)))).toEqual({ digits: '5:00', phase: 'normal', caption: 'left' });
    expect(timerDisplay(s, clockView(s, at(299.5)))).toEqual({ digits: '0:01', phase: 'warning', caption: 'left' });
    expect(timerDisplay(s, clockView(s, at(300)))).toEqual({ digits: '+0:00', phase: 'overrun', caption: 'over' });
    expect(timerDisplay(s, clockView(s, at(372)))).toEqual({ digits: '+1:12', phase: 'overrun', caption: 'over' });
  });

  it('shows nothing left after the end', () => {
    const s = session();
    startWorkshop(s, t0);
    endWorkshop(s, at(60));
    expect(timerDisplay(s, clockView(s, at(90)))).toEqual({ digits: '0:00', phase: 'idle', caption: 'ended' });
  });
});
