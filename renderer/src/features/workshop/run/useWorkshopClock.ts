import { useEffect, useState } from 'react';
import { clockView, type ClockView } from '../../../../../shared/workshop/clock';
import type { WorkshopSession } from '../../../../../shared/schema/workshop';
import type { WorkspaceStore } from '../../../kernel/workspace/workspaceStore';
import { useOpenSession, useWorkspaceStore } from '../../../kernel/workspace/WorkspaceContext';
import { useRestoreNotice } from './restoreNotices';
import { openWorkshops } from './WorkshopClockKeeper';
import { crossedZero, tickMark, type TickMark } from './zeroCrossing';

/** Re-render rate while the clock runs: fast enough that seconds never appear to skip. */
const TICK_MS = 250;
/** How long the timer flashes when the timebox runs out (the CSS animation matches). */
const FLASH_MS = 3_000;

function findWorkshop(store: WorkspaceStore, workshopId: string): WorkshopSession | null {
  return openWorkshops(store)?.workshops.find((item) => item.id === workshopId) ?? null;
}

/**
 * The workshop's clock as the runner shows it: a tick while running and the flash at zero. The
 * restore of an interrupted run, the heartbeat, sleep detection and the sound are the app-wide
 * WorkshopClockKeeper's, so they work wherever the facilitator is in the app.
 */
export function useWorkshopClock(workshopId: string) {
  const store = useWorkspaceStore();
  const session = useOpenSession();
  const workshop = session?.workspace.workshops.find((item) => item.id === workshopId) ?? null;
  const [now, setNow] = useState(() => new Date());
  const [flashUntil, setFlashUntil] = useState(0);
  const running = Boolean(workshop?.run.runningSince);
  const storedNotice = useRestoreNotice(workshopId);

  // The tick, only while running (a stopped clock shows the same time).
  useEffect(() => {
    if (!running) return;
    let mark: TickMark | null = null;
    const id = window.setInterval(() => {
      const tick = new Date();
      const current = findWorkshop(store, workshopId);
      const nextMark = current ? tickMark(clockView(current, tick)) : null;
      if (crossedZero(mark, nextMark)) setFlashUntil(tick.getTime() + FLASH_MS);
      mark = nextMark;
      setNow(tick);
    }, TICK_MS);
    return () => window.clearInterval(id);
  }, [running, store, workshopId]);

  // A stopped clock does not depend on "now", so the last tick is exact enough between ticks.
  const view: ClockView | null = workshop ? clockView(workshop, now) : null;
  // The notice holds while the clock still stands where the restore left it.
  const notice = storedNotice && workshop && !running && workshop.run.currentItemId === storedNotice.itemId
    && workshop.run.elapsedMs === storedNotice.elapsedMs ? storedNotice : null;
  const flashing = now.getTime() < flashUntil;
  return { workshop, view, notice, flashing };
}
