import { z } from 'zod';
import { count, id, isoDate, isoDateTime, list, mediumText, requiredName, shortText } from './primitives';

/** The six steps of the strategy method (DOMAIN.md); an agenda is built from them. */
export const strategyStep = z.enum(['research', 'target-market', 'positioning', 'price-channel', 'promotion', 'implementation']);

/** The canvas block an agenda item feeds: where its notes are promoted by default (v5). */
export const canvasBlockKey = z.enum(['research', 'targetMarket', 'positioning', 'pricing', 'channels', 'promotion', 'implementation']);

/** Sticky-note colours: one per participant or per theme, all readable with black text on a projector. */
export const noteColor = z.enum(['yellow', 'pink', 'blue', 'green', 'orange', 'purple']);

export const agendaItem = z.object({
  id, step: strategyStep, title: requiredName, minutes: z.number().int().min(1).max(600),
  /** v5: the canvas block this step feeds. */
  block: canvasBlockKey,
  /** Seconds the step really took (set when the facilitator moves on), null until then. */
  actualSeconds: count.nullable(),
  /** v5: wall-clock start and end of the step, for the record's "agenda with actual times". */
  startedAt: isoDateTime.nullable(),
  endedAt: isoDateTime.nullable(),
});

/** v5: someone in the room. Votes are counted per participant; notes take the participant's colour. */
export const workshopParticipant = z.object({ id, name: requiredName, color: noteColor });

export const stickyNote = z.object({
  id, agendaItemId: id, text: mediumText, color: noteColor,
  /** Who wrote it (v5); null = the room / the facilitator. */
  participantId: id.nullable(),
  clusterId: id.nullable(),
  /** Position on the step's board, in board units (0–100 wide), so it survives a window resize. */
  x: z.number().finite(), y: z.number().finite(),
  createdAt: isoDateTime,
});

/** v5: a named group of notes on one step's board. */
export const noteCluster = z.object({ id, agendaItemId: id, title: shortText });

/** v5: one dot. A participant may put several dots on the same note. */
export const workshopVote = z.object({ id, participantId: id, noteId: id });

/** Canvas fields a note or cluster can be promoted into, each adding one item to the strategy. */
export const promotionTarget = z.enum(['research-finding', 'segment', 'differentiation-point', 'channel', 'promotion-item']);

/**
 * v5: a decision — a note or cluster promoted into the strategy canvas. `itemId` is the canvas
 * item it created, which is how the canvas shows where an item came from.
 */
export const workshopDecision = z.object({
  id, text: mediumText, target: promotionTarget, strategyId: id, itemId: id,
  noteIds: list(id, 500), clusterId: id.nullable(), agendaItemId: id.nullable(), decidedAt: isoDateTime,
});

/** An action item; it lives on the campaign calendar as a task activity of `campaignId` (v5). */
export const actionItem = z.object({
  id, title: requiredName, owner: shortText, dueDate: isoDate,
  campaignId: id.nullable(), activityId: id.nullable(),
});

/**
 * v5: the clock. While running, the current step has used `elapsedMs` plus the time since
 * `runningSince`. `heartbeatAt` is saved every few seconds while running, so a restart after a
 * crash or a sleep restores the step paused at the time it had then (see shared/workshop/clock).
 */
export const workshopRun = z.object({
  currentItemId: id.nullable(),
  elapsedMs: count,
  runningSince: isoDateTime.nullable(),
  heartbeatAt: isoDateTime.nullable(),
});

export const workshopSession = z.object({
  id,
  title: requiredName,
  date: isoDate,
  facilitator: shortText,
  participants: list(workshopParticipant, 200),
  status: z.enum(['planned', 'running', 'paused', 'ended']),
  /** The strategy whose canvas the workshop feeds (v5); null until chosen. */
  strategyId: id.nullable(),
  agenda: list(agendaItem, 50),
  run: workshopRun,
  notes: list(stickyNote, 5_000),
  clusters: list(noteCluster, 1_000),
  votes: list(workshopVote, 20_000),
  decisions: list(workshopDecision, 1_000),
  actions: list(actionItem, 1_000),
  votesPerParticipant: z.number().int().min(1).max(50),
  startedAt: isoDateTime.nullable(),
  endedAt: isoDateTime.nullable(),
  createdAt: isoDateTime,
});
export type WorkshopSession = z.infer<typeof workshopSession>;
export type AgendaItem = z.infer<typeof agendaItem>;
export type StickyNote = z.infer<typeof stickyNote>;
export type NoteCluster = z.infer<typeof noteCluster>;
export type WorkshopVote = z.infer<typeof workshopVote>;
export type WorkshopParticipant = z.infer<typeof workshopParticipant>;
export type WorkshopDecision = z.infer<typeof workshopDecision>;
export type ActionItem = z.infer<typeof actionItem>;
export type WorkshopRun = z.infer<typeof workshopRun>;
export type PromotionTarget = z.infer<typeof promotionTarget>;
export type CanvasBlockKey = z.infer<typeof canvasBlockKey>;
export type NoteColor = z.infer<typeof noteColor>;
export type StrategyStep = z.infer<typeof strategyStep>;
