import { z } from 'zod';
import { defineOperation } from '../../ops/defineOperation';
import { requireItem } from '../../ops/findById';
import { id, isoDate, LIMITS, requiredName, shortText } from '../../schema/primitives';
import { noteColor, strategyStep, workshopSession } from '../../schema/workshop';
import { addParticipant, agendaItemFor, plannedWorkshop, removeParticipant } from '../agenda';
import { clippedText, now, requireFreeId, requireParticipant, requireWorkshop, workshopRef } from './common';

const requireStrategy = (strategies: readonly { id: string }[], strategyId: string) =>
  requireItem(strategies as { id: string }[], strategyId, { en: 'strategy', zh: '战略' });

/** The workshop's own fields, any of them; the others stay as they are. */
const detailFields = z.object({
  title: workshopSession.shape.title.optional(),
  date: workshopSession.shape.date.optional(),
  facilitator: workshopSession.shape.facilitator.optional(),
  strategyId: workshopSession.shape.strategyId.optional(),
  votesPerParticipant: workshopSession.shape.votesPerParticipant.optional(),
}).strict();

/** Creating and removing a workshop, its details and who is in the room. */
export const workshopOps = {
  /** A planned workshop with the given agenda (the new-workshop dialog sends the six steps, titled in the UI language). */
  'workshop.create': defineOperation('workshop.create', z.object({
    workshopId: id,
    title: requiredName,
    date: isoDate,
    facilitator: shortText,
    strategyId: id.nullable(),
    agenda: z.array(z.object({ id, step: strategyStep, title: requiredName }).strict()).max(50),
  }).strict(), (draft, args, context) => {
    requireFreeId(draft.workshops, args.workshopId);
    if (args.strategyId !== null) requireStrategy(draft.strategies, args.strategyId);
    args.agenda.forEach((item, index) => requireFreeId(args.agenda.slice(0, index), item.id));
    draft.workshops.push(plannedWorkshop(
      { id: args.workshopId, title: args.title, date: args.date, facilitator: args.facilitator, strategyId: args.strategyId, now: now(context) },
      args.agenda.map((item) => agendaItemFor(item.step, item.id, item.title)),
    ));
  }),

  /** Removes the workshop. Its action items stay on the calendar as tasks; canvas items it created stay. */
  'workshop.remove': defineOperation('workshop.remove', z.object(workshopRef).strict(), (draft, { workshopId }) => {
    requireWorkshop(draft, workshopId);
    draft.workshops = draft.workshops.filter((workshop) => workshop.id !== workshopId);
  }),

  /** Title, date, facilitator, the strategy it feeds (null = none) and the dots per participant. */
  'workshop.update': defineOperation('workshop.update', z.object({ ...workshopRef, fields: detailFields }).strict(), (draft, { workshopId, fields }) => {
    const workshop = requireWorkshop(draft, workshopId);
    if (fields.strategyId !== undefined && fields.strategyId !== null && fields.strategyId !== workshop.strategyId) {
      requireStrategy(draft.strategies, fields.strategyId);
    }
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) (workshop as Record<string, unknown>)[key] = value;
    }
  }),

  /** Someone joins; their colour is the first nobody has (shared/workshop/agenda). */
  'workshop.participant.add': defineOperation('workshop.participant.add', z.object({
    ...workshopRef, participantId: id, name: clippedText(LIMITS.shortText).refine((name) => name.trim() !== '', { message: 'required' }),
  }).strict(), (draft, { workshopId, participantId, name }) => {
    const workshop = requireWorkshop(draft, workshopId);
    requireFreeId(workshop.participants, participantId);
    addParticipant(workshop, { id: participantId, name });
  }),

  'workshop.participant.update': defineOperation('workshop.participant.update', z.object({
    ...workshopRef, participantId: id, fields: z.object({ name: requiredName.optional(), color: noteColor.optional() }).strict(),
  }).strict(), (draft, { workshopId, participantId, fields }) => {
    const participant = requireParticipant(requireWorkshop(draft, workshopId), participantId);
    if (fields.name !== undefined) participant.name = fields.name;
    if (fields.color !== undefined) participant.color = fields.color;
  }),

  /** Removes a participant and their dots; their notes stay, as the room's. */
  'workshop.participant.remove': defineOperation('workshop.participant.remove', z.object({ ...workshopRef, participantId: id }).strict(), (draft, { workshopId, participantId }) => {
    const workshop = requireWorkshop(draft, workshopId);
    requireParticipant(workshop, participantId);
    removeParticipant(workshop, participantId);
  }),
};
