import { z } from 'zod';
import { defineOperation } from '../../ops/defineOperation';
import { id, LIMITS } from '../../schema/primitives';
import { noteColor } from '../../schema/workshop';
import { addNote, groupNotes, removeNotes, renameCluster, ungroupCluster, updateNoteText } from '../notes';
import {
  clippedText, now, requireAgendaItem, requireCluster, requireFreeId, requireNote, requireNotes, requireWorkshop, workshopRef,
} from './common';

const noteText = clippedText(LIMITS.mediumText).refine((text) => text.trim() !== '', { message: 'required' });
const noteIds = (min: number) => z.array(id).min(min).max(5_000);

/** Sticky notes and their groups on a step's board (shared/workshop/notes). */
export const noteOps = {
  /**
   * A note on the step's board, in the next free cell. Its colour is the one given, else the
   * author's, else yellow (the room); an author no longer in the room is stored as the room.
   */
  'workshop.note.add': defineOperation('workshop.note.add', z.object({
    ...workshopRef, noteId: id, agendaItemId: id, text: noteText, participantId: id.nullable(), color: noteColor.optional(),
  }).strict(), (draft, args, context) => {
    const workshop = requireWorkshop(draft, args.workshopId);
    requireAgendaItem(workshop, args.agendaItemId);
    requireFreeId(workshop.notes, args.noteId);
    addNote(workshop, {
      id: args.noteId, agendaItemId: args.agendaItemId, text: args.text, participantId: args.participantId, color: args.color, now: now(context),
    });
  }),

  'workshop.note.update': defineOperation('workshop.note.update', z.object({ ...workshopRef, noteId: id, text: noteText }).strict(), (draft, { workshopId, noteId, text }) => {
    const workshop = requireWorkshop(draft, workshopId);
    requireNote(workshop, noteId);
    updateNoteText(workshop, noteId, text);
  }),

  /** Notes dragged to new places on the board (a selection moves together: one step). */
  'workshop.note.move': defineOperation('workshop.note.move', z.object({
    ...workshopRef,
    positions: z.array(z.object({ noteId: id, x: z.number().finite(), y: z.number().finite() }).strict()).min(1).max(5_000),
  }).strict(), (draft, { workshopId, positions }) => {
    const workshop = requireWorkshop(draft, workshopId);
    requireNotes(workshop, positions.map((position) => position.noteId));
    const byId = new Map(workshop.notes.map((note) => [note.id, note]));
    for (const { noteId, x, y } of positions) {
      const note = byId.get(noteId)!;
      note.x = x;
      note.y = y;
    }
  }),

  /** Removes notes with their votes; a group left empty goes too. */
  'workshop.note.remove': defineOperation('workshop.note.remove', z.object({ ...workshopRef, noteIds: noteIds(1) }).strict(), (draft, { workshopId, noteIds: ids }) => {
    const workshop = requireWorkshop(draft, workshopId);
    requireNotes(workshop, ids);
    removeNotes(workshop, ids);
  }),

  /** Groups notes of one step into the cluster `clusterId` (new, or merging the groups they were in). */
  'workshop.note.group': defineOperation('workshop.note.group', z.object({
    ...workshopRef, noteIds: noteIds(2), clusterId: id, title: clippedText(LIMITS.shortText).default(''),
  }).strict(), (draft, { workshopId, noteIds: ids, clusterId, title }) => {
    const workshop = requireWorkshop(draft, workshopId);
    requireNotes(workshop, ids);
    groupNotes(workshop, ids, { id: clusterId, title });
  }),

  'workshop.cluster.rename': defineOperation('workshop.cluster.rename', z.object({ ...workshopRef, clusterId: id, title: clippedText(LIMITS.shortText) }).strict(), (draft, { workshopId, clusterId, title }) => {
    const workshop = requireWorkshop(draft, workshopId);
    requireCluster(workshop, clusterId);
    renameCluster(workshop, clusterId, title);
  }),

  /** Dissolves groups; their notes stay on the board. */
  'workshop.cluster.ungroup': defineOperation('workshop.cluster.ungroup', z.object({ ...workshopRef, clusterIds: z.array(id).min(1).max(1_000) }).strict(), (draft, { workshopId, clusterIds }) => {
    const workshop = requireWorkshop(draft, workshopId);
    for (const clusterId of clusterIds) requireCluster(workshop, clusterId);
    for (const clusterId of clusterIds) ungroupCluster(workshop, clusterId);
  }),
};
