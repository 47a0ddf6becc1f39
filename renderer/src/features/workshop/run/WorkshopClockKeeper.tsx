import { useEffect } from 'react';
import { clockView, HEARTBEAT_MS, isSleepGap, needsRestore } from '../../../../../shared/workshop/clock';
import type { WorkspaceStore } from '../../../kernel/workspace/workspaceStore';
import { useOpenSession, useWorkspaceStore } from '../../../kernel/workspace/WorkspaceContext';
import { postRestoreNotice, type RestoreNotice } from './restoreNotices';
import { crossedZero, tickMark, type TickMark } from './zeroCrossing';
import { playZeroSignal } from './zeroSignal';

/** How often the keeper looks at running clocks: the zero signal sounds within a second. */
const KEEPER_TICK_MS = 1_000;

/**
 * Workshops (per workspace file) already checked for an interrupted run in this page load. One
 * found "running" at first sight was left running by a crash, a quit or a power loss; after
 * that, "running" is this window's own clock.
 */
const checkedThisLoad = new Set<string>();

/** The open workspace's file and workshops as the store holds them now (outside React's render). */
export function openWorkshops(store: WorkspaceStore) {
  const session = store.getSnapshot().session;
  return session?.state === 'open' ? { filePath: session.filePath, workshops: session.workspace.workshops } : null;
}

/**
 * Paused with the time used at `lastAlive` (default: the run's last heartbeat), as one operation
 * without an undo step, plus the notice saying so.
 */
export function restorePaused(store: WorkspaceStore, workshopId: string, lastAlive?: Date): void {
  const args = lastAlive ? { workshopId, lastAliveAt: lastAlive.toISOString() } : { workshopId };
  if (!store.run('workshop.clock.restore', args, { history: false })) return;
  const target = openWorkshops(store)?.workshops.find((item) => item.id === workshopId);
  if (!target) return;
  // Paused now: the view no longer depends on the time it is asked at.
  const view = clockView(target, new Date(0));
  if (!view.item) return;
  const notice: RestoreNotice = {
    stepTitle: view.item.title, remainingMs: view.remainingMs, overrunMs: view.overrunMs,
    itemId: view.item.id, elapsedMs: target.run.elapsedMs,
  };
  postRestoreNotice(workshopId, notice);
}

/**
 * Keeps every running workshop clock honest wherever the facilitator is in the app (showing the
 * canvas on the projector, say): restores a run interrupted by a restart as soon as the
 * workspace opens, saves the heartbeat, treats a sleep as a pause and sounds the signal at zero.
 * Mounted once for the whole app; it draws nothing. All clock arithmetic is shared/workshop/clock's.
 */
export function WorkshopClockKeeper() {
  const store = useWorkspaceStore();
  const session = useOpenSession();
  const filePath = session?.filePath ?? null;
  const workshops = session?.workspace.workshops;
  const runningIds = (workshops ?? []).filter((item) => item.run.runningSince !== null).map((item) => item.id).join('\n');

  // First sight of each workshop in this page load: a run left "running" comes back paused.
  useEffect(() => {
    if (!filePath || !workshops || !store.editable) return; // read-only: show the file as it is
    for (const workshop of workshops) {
      const key = `${filePath}\n${workshop.id}`;
      if (checkedThisLoad.has(key)) continue;
      checkedThisLoad.add(key);
      if (needsRestore(workshop)) restorePaused(store, workshop.id);
    }
  }, [filePath, workshops, store]);

  // While any clock runs: sleep detection and the signal at zero every second, the heartbeat every HEARTBEAT_MS.
  useEffect(() => {
    if (runningIds === '') return;
    const ids = runningIds.split('\n');
    let previous = new Date();
    let lastHeartbeat = previous.getTime();
    const marks = new Map<string, TickMark | null>();
    const id = window.setInterval(() => {
      const tick = new Date();
      const open = openWorkshops(store);
      if (!open) return;
      if (isSleepGap(previous, tick)) {
        // The gap counts as a pause from the last tick before it.
        for (const workshopId of ids) restorePaused(store, workshopId, previous);
        return;
      }
      previous = tick;
      for (const workshopId of ids) {
        const workshop = open.workshops.find((item) => item.id === workshopId);
        const mark = workshop ? tickMark(clockView(workshop, tick)) : null;
        if (crossedZero(marks.get(workshopId) ?? null, mark)) playZeroSignal();
        marks.set(workshopId, mark);
      }
      if (tick.getTime() - lastHeartbeat >= HEARTBEAT_MS) {
        lastHeartbeat = tick.getTime();
        // Stamped with the time of the call, which is this tick; no undo step.
        store.run('workshop.clock.heartbeat', { workshopIds: ids }, { history: false });
      }
    }, KEEPER_TICK_MS);
    return () => window.clearInterval(id);
  }, [runningIds, store]);

  return null;
}
