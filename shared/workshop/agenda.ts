import { LIMITS } from '../schema/primitives';
import {
  strategyStep, type AgendaItem, type CanvasBlockKey, type NoteColor, type StrategyStep, type WorkshopSession,
} from '../schema/workshop';
import { NOTE_COLORS } from './noteColors';
import { removeNotes } from './notes';

/** Planned minutes per step of the method for a new workshop (about three and a half hours in all). */
export const DEFAULT_MINUTES: Readonly<Record<StrategyStep, number>> = {
  'research': 20, 'target-market': 30, 'positioning': 40, 'price-channel': 30, 'promotion': 30, 'implementation': 20,
};

/** The canvas block each step feeds (the same mapping the v4→v5 migration uses). */
export const BLOCK_FOR_STEP: Readonly<Record<StrategyStep, CanvasBlockKey>> = {
  'research': 'research', 'target-market': 'targetMarket', 'positioning': 'positioning',
  'price-channel': 'pricing', 'promotion': 'promotion', 'implementation': 'implementation',
};

/** The six steps in the method's order. */
export const STRATEGY_STEPS: readonly StrategyStep[] = strategyStep.options;

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

/** A planned agenda item for one step: default minutes and block, nothing run yet. */
export function agendaItemFor(step: StrategyStep, id: string, title: string): AgendaItem {
  return {
    id, step, title: clip(title, LIMITS.shortText), minutes: DEFAULT_MINUTES[step], block: BLOCK_FOR_STEP[step],
    actualSeconds: null, startedAt: null, endedAt: null,
  };
}

/** A planned workshop whose agenda is the six steps in order, three dots per participant per step. */
export function newWorkshop(
  fields: { id: string; title: string; date: string; facilitator: string; strategyId: string | null; stepTitles: Record<StrategyStep, string>; now: Date },
  newItemId: () => string,
): WorkshopSession {
  return plannedWorkshop(fields, STRATEGY_STEPS.map((step) => agendaItemFor(step, newItemId(), fields.stepTitles[step])));
}

/** A planned workshop with the given agenda, three dots per participant per step, nothing run yet. */
export function plannedWorkshop(
  fields: { id: string; title: string; date: string; facilitator: string; strategyId: string | null; now: Date },
  agenda: AgendaItem[],
): WorkshopSession {
  return {
    id: fields.id, title: clip(fields.title, LIMITS.shortText), date: fields.date,
    facilitator: clip(fields.facilitator, LIMITS.shortText), participants: [], status: 'planned', strategyId: fields.strategyId,
    agenda,
    run: { currentItemId: null, elapsedMs: 0, runningSince: null, heartbeatAt: null },
    notes: [], clusters: [], votes: [], decisions: [], actions: [], votesPerParticipant: 3,
    startedAt: null, endedAt: null, createdAt: fields.now.toISOString(),
  };
}

export function addAgendaItem(session: WorkshopSession, item: AgendaItem): void {
  session.agenda.push(item);
}

/**
 * Removes an agenda item with its notes, their votes and its clusters. Decisions made there stay
 * (they are on the canvas) but no longer point at the step. If it was the current step, the
 * clock stops and the step that takes its place (or the one before) becomes current, unused.
 */
export function removeAgendaItem(session: WorkshopSession, itemId: string): void {
  const index = session.agenda.findIndex((item) => item.id === itemId);
  if (index < 0) return;
  removeNotes(session, session.notes.filter((note) => note.agendaItemId === itemId).map((note) => note.id));
  session.clusters = session.clusters.filter((cluster) => cluster.agendaItemId !== itemId);
  for (const decision of session.decisions) if (decision.agendaItemId === itemId) decision.agendaItemId = null;
  session.agenda.splice(index, 1);
  if (session.run.currentItemId === itemId) {
    const replacement = session.agenda[index] ?? session.agenda[index - 1] ?? null;
    session.run.currentItemId = replacement?.id ?? null;
    session.run.elapsedMs = (replacement?.actualSeconds ?? 0) * 1000;
    session.run.runningSince = null;
    session.run.heartbeatAt = null;
    if (session.status === 'running') session.status = 'paused';
  }
}

/** Moves an item one place up (-1) or down (+1); nothing happens at either end. */
export function moveAgendaItem(session: WorkshopSession, itemId: string, delta: -1 | 1): void {
  const index = session.agenda.findIndex((item) => item.id === itemId);
  const target = index + delta;
  if (index < 0 || target < 0 || target >= session.agenda.length) return;
  const [item] = session.agenda.splice(index, 1);
  session.agenda.splice(target, 0, item!);
}

/** The colour for the next participant: the first nobody has, else the one fewest have. */
export function nextParticipantColor(session: WorkshopSession): NoteColor {
  const uses = (color: NoteColor) => session.participants.filter((p) => p.color === color).length;
  return NOTE_COLORS.reduce((best, color) => (uses(color) < uses(best) ? color : best), NOTE_COLORS[0]!);
}

export function addParticipant(session: WorkshopSession, participant: { id: string; name: string }): void {
  session.participants.push({ id: participant.id, name: clip(participant.name, LIMITS.shortText), color: nextParticipantColor(session) });
}

/** Removes a participant and their dots; their notes stay, as the room's. */
export function removeParticipant(session: WorkshopSession, participantId: string): void {
  session.participants = session.participants.filter((p) => p.id !== participantId);
  session.votes = session.votes.filter((vote) => vote.participantId !== participantId);
  for (const note of session.notes) if (note.participantId === participantId) note.participantId = null;
}
