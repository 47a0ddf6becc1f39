import type { Strategy } from '../schema/strategy';
import type {
  AgendaItem, CanvasBlockKey, NoteColor, PromotionTarget, StickyNote, StrategyStep, WorkshopDecision, WorkshopSession,
} from '../schema/workshop';
import type { Workspace } from '../schema/workspace';
import { voteResults, type VoteResult } from './votes';

/**
 * The workshop record: what happened in a session, as plain values with every id already
 * turned into the name a reader knows (participant, strategy, campaign, canvas item). The
 * Record page and the PDF summary both read this, so they never disagree about what is shown.
 */

export interface WorkshopRecordNote {
  id: string;
  text: string;
  /** Who wrote it; null = the room (or a participant who was removed since). */
  participant: string | null;
  color: NoteColor;
  votes: number;
  /** The title of the note's cluster ('' for an untitled one), or null when it is not grouped. */
  cluster: string | null;
}

/** A cluster (its notes' dots summed) or a loose note, as shared/workshop/votes.ts ranks them. */
export type WorkshopRecordVoteResult = VoteResult;

export interface WorkshopRecordItem {
  id: string;
  title: string;
  step: StrategyStep;
  block: CanvasBlockKey;
  plannedMinutes: number;
  /** What the step really took; null until the facilitator moved on from it. */
  actualSeconds: number | null;
  /** actualSeconds in whole minutes (rounded), null like actualSeconds. */
  actualMinutes: number | null;
  /** Seconds beyond the timebox (0 when within it or not yet run). */
  overrunSeconds: number;
  overrun: boolean;
  startedAt: string | null;
  endedAt: string | null;
  /** Grouped: each cluster's notes together (clusters in the order they were made), then the loose notes; oldest first within. */
  notes: WorkshopRecordNote[];
  /** Clusters (their notes' dots summed) and unclustered notes, most dots first, then by text (votes.ts's voteResults). */
  voteResults: WorkshopRecordVoteResult[];
}

export interface WorkshopRecordDecision {
  id: string;
  text: string;
  target: PromotionTarget;
  /** The strategy the item went into; null if that strategy was deleted since. */
  strategy: string | null;
  /** The canvas item's current label (segment or channel name, finding or point text, promotion objective); null if it was removed since. */
  canvasItem: string | null;
  /** The agenda item's title where it was decided; null if unknown or removed. */
  agendaItem: string | null;
  decidedAt: string;
}

export interface WorkshopRecordAction {
  id: string;
  title: string;
  owner: string;
  dueDate: string;
  /** The calendar campaign the action's task lives in; null when none (or it was deleted). */
  campaign: string | null;
}

export interface WorkshopRecord {
  id: string;
  title: string;
  date: string;
  facilitator: string;
  /** The participants' names, in the order they were added. */
  attendees: string[];
  strategy: string | null;
  status: WorkshopSession['status'];
  startedAt: string | null;
  endedAt: string | null;
  votesPerParticipant: number;
  agenda: WorkshopRecordItem[];
  decisions: WorkshopRecordDecision[];
  actions: WorkshopRecordAction[];
}

/** The canvas item a promotion created, by its target's list; null when it is no longer there. */
export function canvasItemLabel(strategy: Strategy | undefined, target: PromotionTarget, itemId: string): string | null {
  if (!strategy) return null;
  switch (target) {
    case 'research-finding': return strategy.research.findings.find((item) => item.id === itemId)?.text ?? null;
    case 'segment': return strategy.targetMarket.segments.find((item) => item.id === itemId)?.name ?? null;
    case 'differentiation-point': return strategy.positioning.differentiationPoints.find((item) => item.id === itemId)?.text ?? null;
    case 'channel': return strategy.channels.items.find((item) => item.id === itemId)?.name ?? null;
    case 'promotion-item': return strategy.promotion.items.find((item) => item.id === itemId)?.objective ?? null;
  }
}

const byCreated = (a: StickyNote, b: StickyNote) => a.createdAt.localeCompare(b.createdAt);

/** Dots per note id, counted once for the whole session. */
function votesByNote(session: WorkshopSession): Map<string, number> {
  const counts = new Map<string, number>();
  for (const vote of session.votes) counts.set(vote.noteId, (counts.get(vote.noteId) ?? 0) + 1);
  return counts;
}

function recordItem(session: WorkshopSession, item: AgendaItem, votes: Map<string, number>, names: Map<string, string>): WorkshopRecordItem {
  const stepNotes = session.notes.filter((note) => note.agendaItemId === item.id).sort(byCreated);
  const groups = session.clusters
    .filter((cluster) => cluster.agendaItemId === item.id)
    .map((cluster) => ({ id: cluster.id, title: cluster.title, notes: [] as StickyNote[] }));
  const groupById = new Map(groups.map((group) => [group.id, group]));
  const loose: StickyNote[] = [];
  // A note whose cluster is gone (or belongs to another step) counts as loose, so it is listed once.
  for (const note of stepNotes) {
    const group = note.clusterId === null ? undefined : groupById.get(note.clusterId);
    if (group) group.notes.push(note);
    else loose.push(note);
  }
  const recordNote = (note: StickyNote, cluster: string | null): WorkshopRecordNote => ({
    id: note.id, text: note.text,
    participant: note.participantId === null ? null : names.get(note.participantId) ?? null,
    color: note.color, votes: votes.get(note.id) ?? 0, cluster,
  });
  const planned = item.minutes * 60;
  const overrunSeconds = item.actualSeconds === null ? 0 : Math.max(0, item.actualSeconds - planned);
  return {
    id: item.id, title: item.title, step: item.step, block: item.block,
    plannedMinutes: item.minutes,
    actualSeconds: item.actualSeconds,
    actualMinutes: item.actualSeconds === null ? null : Math.round(item.actualSeconds / 60),
    overrunSeconds, overrun: overrunSeconds > 0,
    startedAt: item.startedAt, endedAt: item.endedAt,
    notes: [
      ...groups.flatMap((group) => group.notes.map((note) => recordNote(note, group.title))),
      ...loose.map((note) => recordNote(note, null)),
    ],
    voteResults: voteResults(session, item.id),
  };
}

function recordDecision(workspace: Workspace, session: WorkshopSession, decision: WorkshopDecision): WorkshopRecordDecision {
  const strategy = workspace.strategies.find((candidate) => candidate.id === decision.strategyId);
  return {
    id: decision.id, text: decision.text, target: decision.target,
    strategy: strategy?.name ?? null,
    canvasItem: canvasItemLabel(strategy, decision.target, decision.itemId),
    agendaItem: session.agenda.find((item) => item.id === decision.agendaItemId)?.title ?? null,
    decidedAt: decision.decidedAt,
  };
}

/** The record of one workshop, or null when the workspace has no workshop with that id. */
export function workshopRecord(workspace: Workspace, workshopId: string): WorkshopRecord | null {
  const session = workspace.workshops.find((candidate) => candidate.id === workshopId);
  if (!session) return null;
  const votes = votesByNote(session);
  const names = new Map(session.participants.map((participant) => [participant.id, participant.name]));
  const campaigns = new Map(workspace.campaigns.map((campaign) => [campaign.id, campaign.name]));
  return {
    id: session.id,
    title: session.title,
    date: session.date,
    facilitator: session.facilitator,
    attendees: session.participants.map((participant) => participant.name),
    strategy: workspace.strategies.find((candidate) => candidate.id === session.strategyId)?.name ?? null,
    status: session.status,
    startedAt: session.startedAt,
    endedAt: session.endedAt,
    votesPerParticipant: session.votesPerParticipant,
    agenda: session.agenda.map((item) => recordItem(session, item, votes, names)),
    decisions: [...session.decisions].sort((a, b) => a.decidedAt.localeCompare(b.decidedAt)).map((decision) => recordDecision(workspace, session, decision)),
    actions: session.actions.map((action) => ({
      id: action.id, title: action.title, owner: action.owner, dueDate: action.dueDate,
      campaign: action.campaignId === null ? null : campaigns.get(action.campaignId) ?? null,
    })),
  };
}
