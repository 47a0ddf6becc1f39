import { z } from 'zod';
import { count, id, isoDate, isoDateTime, list, mediumText, requiredName, shortText } from './primitives';

export const strategyStep = z.enum(['research', 'target-market', 'positioning', 'price-channel', 'promotion', 'implementation']);

export const agendaItem = z.object({
  id, step: strategyStep, title: requiredName, minutes: z.number().int().min(1).max(600),
  actualSeconds: count.nullable(),
});
export const stickyNote = z.object({
  id, agendaItemId: id, text: mediumText, color: shortText, author: shortText,
  clusterId: id.nullable(), votes: count, x: z.number().finite(), y: z.number().finite(),
});
export const actionItem = z.object({ id, title: requiredName, owner: shortText, dueDate: isoDate.nullable(), campaignActivityId: id.nullable() });

export const workshopSession = z.object({
  id,
  title: requiredName,
  date: isoDate,
  facilitator: shortText,
  attendees: list(shortText, 200),
  status: z.enum(['planned', 'running', 'paused', 'ended']),
  agenda: list(agendaItem, 50),
  notes: list(stickyNote, 5_000),
  decisions: list(z.object({ id, text: mediumText, target: shortText }), 1_000),
  actions: list(actionItem, 1_000),
  votesPerParticipant: z.number().int().min(1).max(50),
  createdAt: isoDateTime,
});
export type WorkshopSession = z.infer<typeof workshopSession>;
