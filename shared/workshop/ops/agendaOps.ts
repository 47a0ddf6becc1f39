import { z } from 'zod';
import { defineOperation } from '../../ops/defineOperation';
import { id } from '../../schema/primitives';
import { agendaItem, strategyStep } from '../../schema/workshop';
import { addAgendaItem, agendaItemFor, moveAgendaItem, removeAgendaItem } from '../agenda';
import { requireAgendaItem, requireFreeId, requireWorkshop, workshopRef } from './common';

const itemRef = { ...workshopRef, itemId: id };

/** The agenda editor: steps added, retitled, re-timed, re-pointed at a canvas block, moved and removed. */
export const agendaOps = {
  /** A new step of the method at the end of the agenda, with its default minutes and block. */
  'workshop.agenda.add': defineOperation('workshop.agenda.add', z.object({ ...itemRef, step: strategyStep, title: agendaItem.shape.title }).strict(), (draft, { workshopId, itemId, step, title }) => {
    const workshop = requireWorkshop(draft, workshopId);
    requireFreeId(workshop.agenda, itemId);
    addAgendaItem(workshop, agendaItemFor(step, itemId, title));
  }),

  'workshop.agenda.update': defineOperation('workshop.agenda.update', z.object({
    ...itemRef,
    fields: z.object({ title: agendaItem.shape.title.optional(), minutes: agendaItem.shape.minutes.optional(), block: agendaItem.shape.block.optional() }).strict(),
  }).strict(), (draft, { workshopId, itemId, fields }) => {
    const item = requireAgendaItem(requireWorkshop(draft, workshopId), itemId);
    if (fields.title !== undefined) item.title = fields.title;
    if (fields.minutes !== undefined) item.minutes = fields.minutes;
    if (fields.block !== undefined) item.block = fields.block;
  }),

  /** One place up or down; nothing happens at either end. */
  'workshop.agenda.move': defineOperation('workshop.agenda.move', z.object({ ...itemRef, direction: z.enum(['up', 'down']) }).strict(), (draft, { workshopId, itemId, direction }) => {
    const workshop = requireWorkshop(draft, workshopId);
    requireAgendaItem(workshop, itemId);
    moveAgendaItem(workshop, itemId, direction === 'up' ? -1 : 1);
  }),

  /** Removes the step with its notes, votes and groups; decisions made there stay (shared/workshop/agenda). */
  'workshop.agenda.remove': defineOperation('workshop.agenda.remove', z.object(itemRef).strict(), (draft, { workshopId, itemId }) => {
    const workshop = requireWorkshop(draft, workshopId);
    requireAgendaItem(workshop, itemId);
    removeAgendaItem(workshop, itemId);
  }),
};
