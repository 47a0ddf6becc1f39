import { z } from 'zod';
import { defineOperation } from '../../ops/defineOperation';
import { id, isoDateTime } from '../../schema/primitives';
import {
  endWorkshop, goToStep, heartbeat, lastAliveAt, nextStep, pauseClock, restoreAfterInterruption, resumeClock, startWorkshop,
} from '../clock';
import { now, requireAgendaItem, requireWorkshop, workshopRef } from './common';

const ref = z.object(workshopRef).strict();

/**
 * The facilitator's clock. "Now" is the moment of the call (`context.at`), so the renderer and
 * the service work out the same times. Each command is one undo step, except the heartbeat and
 * the restore after an interruption, which the app runs without one (`history: false`).
 */
export const clockOps = {
  /** Starts (or continues) the workshop: the current step, or the first one, running. */
  'workshop.clock.start': defineOperation('workshop.clock.start', ref, (draft, { workshopId }, context) => {
    startWorkshop(requireWorkshop(draft, workshopId), now(context));
  }),
  'workshop.clock.pause': defineOperation('workshop.clock.pause', ref, (draft, { workshopId }, context) => {
    pauseClock(requireWorkshop(draft, workshopId), now(context));
  }),
  'workshop.clock.resume': defineOperation('workshop.clock.resume', ref, (draft, { workshopId }, context) => {
    resumeClock(requireWorkshop(draft, workshopId), now(context));
  }),
  /** Closes the current step and runs the next; after the last step the workshop ends. */
  'workshop.clock.next': defineOperation('workshop.clock.next', ref, (draft, { workshopId }, context) => {
    nextStep(requireWorkshop(draft, workshopId), now(context));
  }),
  /** Back to the step before the current one (nothing at the first step or once ended). */
  'workshop.clock.previous': defineOperation('workshop.clock.previous', ref, (draft, { workshopId }, context) => {
    const workshop = requireWorkshop(draft, workshopId);
    const index = workshop.agenda.findIndex((item) => item.id === workshop.run.currentItemId);
    const before = index > 0 ? workshop.agenda[index - 1] : undefined;
    if (before) goToStep(workshop, before.id, now(context));
  }),
  /** Jumps to any step: the current one is closed as on "next", the chosen one runs. */
  'workshop.clock.jump': defineOperation('workshop.clock.jump', z.object({ ...workshopRef, itemId: id }).strict(), (draft, { workshopId, itemId }, context) => {
    const workshop = requireWorkshop(draft, workshopId);
    requireAgendaItem(workshop, itemId);
    goToStep(workshop, itemId, now(context));
  }),
  'workshop.clock.end': defineOperation('workshop.clock.end', ref, (draft, { workshopId }, context) => {
    endWorkshop(requireWorkshop(draft, workshopId), now(context));
  }),

  /**
   * The running clocks are alive at `context.at` (saved every HEARTBEAT_MS, without an undo
   * step). A workshop deleted meanwhile is skipped: a heartbeat is no reason to bother anyone.
   */
  'workshop.clock.heartbeat': defineOperation('workshop.clock.heartbeat', z.object({ workshopIds: z.array(id).min(1).max(1_000) }).strict(), (draft, { workshopIds }, context) => {
    const ids = new Set(workshopIds);
    const at = now(context);
    for (const workshop of draft.workshops) if (ids.has(workshop.id)) heartbeat(workshop, at);
  }),

  /**
   * A run interrupted by a crash, a restart or a sleep comes back paused with the time it had at
   * `lastAliveAt` (default: its latest heartbeat, else the moment of the call).
   */
  'workshop.clock.restore': defineOperation('workshop.clock.restore', z.object({ ...workshopRef, lastAliveAt: isoDateTime.optional() }).strict(), (draft, args, context) => {
    const workshop = requireWorkshop(draft, args.workshopId);
    const alive = args.lastAliveAt !== undefined ? new Date(args.lastAliveAt) : lastAliveAt(workshop) ?? now(context);
    restoreAfterInterruption(workshop, alive);
  }),
};
