import { useEffect, useState } from 'react';
import {
  clockView, HEARTBEAT_MS, heartbeat, isSleepGap, lastAliveAt, needsRestore, restoreAfterInterruption, type ClockView,
} from '../../../../../shared/workshop/clock';
import type { WorkshopSession } from '../../../../../shared/schema/workshop';
import type { WorkspaceStore } from '../../../app/workspace/workspaceStore';
import { useOpenSession, useWorkspaceStore } from '../../../app/workspace/WorkspaceContext';
import { postRestoreNotice, useRestoreNotice, type RestoreNotice } from './restoreNotices';
import { crossedZero, tickMark, type TickMark } from './zeroCrossing';
import { playZeroSignal } from './zeroSignal';

/** Re-render rate while the clock runs: fast enough that seconds never appear to skip. */
const TICK_MS = 250;
/** How long the timer flashes when the timebox runs out (the CSS animation matches). */
const FLASH_MS = 3_000;

/**
 * Workshops already checked for an interrupted run in this page load. A workshop found
 * "running" the first time the runner shows it was left running by a crash, quit or power
 * loss; after that, "running" is this window's own clock (switching tabs must not pause it).
 */
const checkedThisLoad = new Set<string>();

function findWorkshop(store: WorkspaceStore, workshopId: string): WorkshopSession | null {
  const session = store.getSnapshot().session;
  return session?.state === 'open' ? session.workspace.workshops.find((item) => item.id === workshopId) ?? null : null;
}

/** Paused with the time used at `lastAlive`, as one edit without an undo step, plus the notice saying so. */
function restorePaused(store: WorkspaceStore, workshopId: string, lastAlive: Date): void {
  let notice: RestoreNotice | null = null as RestoreNotice | null;
  const changed = store.edit((draft) => {
    const target = draft.workshops.find((item) => item.id === workshopId);
    if (!target) return;
    restoreAfterInterruption(target, lastAlive);
    const view = clockView(target, lastAlive);
    if (view.item) {
      notice = {
        stepTitle: view.item.title, remainingMs: view.remainingMs, overrunMs: view.overrunMs,
        itemId: view.item.id, elapsedMs: target.run.elapsedMs,
      };
    }
  }, { history: false });
  if (changed && notice) postRestoreNotice(workshopId, notice);
}

/**
 * The workshop's clock as the runner sees it: a tick while running, the heartbeat, the restore
 * of an interrupted run on first sight, sleep detection and the signal at zero. All clock
 * arithmetic is shared/workshop/clock's; this hook only decides when to ask.
 */
export function useWorkshopClock(workshopId: string) {
  const store = useWorkspaceStore();
  const session = useOpenSession();
  const workshop = session?.workspace.workshops.find((item) => item.id === workshopId) ?? null;
  const [now, setNow] = useState(() => new Date());
  const [flashUntil, setFlashUntil] = useState(0);
  const running = Boolean(workshop?.run.runningSince);
  const storedNotice = useRestoreNotice(workshopId);

  // First sight in this page load: a run left "running" comes back paused at its last heartbeat.
  const hasWorkshop = workshop !== null;
  useEffect(() => {
    if (!hasWorkshop || checkedThisLoad.has(workshopId) || !store.editable) return; // read-only: show the file as it is
    const found = findWorkshop(store, workshopId);
    if (!found) return;
    checkedThisLoad.add(workshopId);
    if (needsRestore(found)) restorePaused(store, workshopId, lastAliveAt(found) ?? new Date());
  }, [hasWorkshop, workshopId, store]);

  // The tick, only while running (a stopped clock shows the same time). A tick far later than
  // asked means the machine slept: the gap counts as a pause from the previous tick.
  useEffect(() => {
    if (!running) return;
    let previous = new Date();
    let mark: TickMark | null = null;
    const id = window.setInterval(() => {
      const tick = new Date();
      if (isSleepGap(previous, tick)) {
        restorePaused(store, workshopId, previous);
        setNow(tick);
        return;
      }
      previous = tick;
      const current = findWorkshop(store, workshopId);
      const nextMark = current ? tickMark(clockView(current, tick)) : null;
      if (crossedZero(mark, nextMark)) {
        playZeroSignal();
        setFlashUntil(tick.getTime() + FLASH_MS);
      }
      mark = nextMark;
      setNow(tick);
    }, TICK_MS);
    return () => window.clearInterval(id);
  }, [running, store, workshopId]);

  // The heartbeat: a crash loses at most HEARTBEAT_MS of clock time.
  useEffect(() => {
    if (!running) return;
    const id = window.setInterval(() => {
      store.edit((draft) => {
        const target = draft.workshops.find((item) => item.id === workshopId);
        if (target) heartbeat(target, new Date());
      }, { history: false });
    }, HEARTBEAT_MS);
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
