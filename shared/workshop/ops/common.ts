import type { Draft } from 'immer';
import { z } from 'zod';
import { OperationRefused, type OperationContext } from '../../ops/defineOperation';
import { requireItem } from '../../ops/findById';
import { id } from '../../schema/primitives';
import type { WorkshopSession } from '../../schema/workshop';
import type { Workspace } from '../../schema/workspace';

/** Helpers every workshop operation uses: finding the workshop and its parts by id, the time of the call. */

export const workshopRef = { workshopId: id };

/** Texts the shared logic clips to the schema's limit: accepted a little longer, stored clipped as before. */
export const clippedText = (max: number) => z.string().max(max * 4);

export function requireWorkshop(draft: Draft<Workspace>, workshopId: string): Draft<WorkshopSession> {
  return requireItem(draft.workshops, workshopId, { en: 'workshop', zh: '研讨会' });
}

export function requireAgendaItem(workshop: Draft<WorkshopSession>, itemId: string) {
  return requireItem(workshop.agenda, itemId, { en: 'agenda step', zh: '议程步骤' });
}

export function requireNote(workshop: Draft<WorkshopSession>, noteId: string) {
  return requireItem(workshop.notes, noteId, { en: 'sticky note', zh: '便利贴' });
}

/** Every one of these notes, or a conflict naming the first that is gone (one pass over the board). */
export function requireNotes(workshop: Draft<WorkshopSession>, noteIds: readonly string[]): void {
  const present = new Set(workshop.notes.map((note) => note.id));
  const missing = noteIds.find((noteId) => !present.has(noteId));
  if (missing !== undefined) requireNote(workshop, missing);
}

export function requireCluster(workshop: Draft<WorkshopSession>, clusterId: string) {
  return requireItem(workshop.clusters, clusterId, { en: 'note group', zh: '便利贴分组' });
}

export function requireParticipant(workshop: Draft<WorkshopSession>, participantId: string) {
  return requireItem(workshop.participants, participantId, { en: 'participant', zh: '参与者' });
}

export function requireAction(workshop: Draft<WorkshopSession>, actionId: string) {
  return requireItem(workshop.actions, actionId, { en: 'action item', zh: '行动项' });
}

/** A new entity's id (made by the caller) must not be in use already in that list. */
export function requireFreeId(list: readonly { id: string }[], newId: string): void {
  if (list.some((item) => item.id === newId)) {
    throw new OperationRefused('refused', `The ID "${newId}" is already in use; nothing was changed.`, `ID“${newId}”已被使用，未做任何更改。`);
  }
}

/** "Now" for the clock and the timestamps: the moment the user made the change, stamped by the caller. */
export function now(context: OperationContext): Date {
  return new Date(context.at);
}
