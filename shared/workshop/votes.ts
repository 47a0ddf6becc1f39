import type { WorkshopSession, WorkshopVote } from '../schema/workshop';
import { clusterText } from './notes';

/**
 * Dot voting. Each participant has `votesPerParticipant` dots for EACH step (agenda item) and may
 * put several on the same note. A vote is one dot; a note's score is its number of dots.
 */

function noteStep(session: WorkshopSession): Map<string, string> {
  return new Map(session.notes.map((note) => [note.id, note.agendaItemId]));
}

/** Dots the participant has put on this step's notes. */
export function votesUsed(session: WorkshopSession, participantId: string, agendaItemId: string): number {
  const stepOf = noteStep(session);
  return session.votes.filter((vote) => vote.participantId === participantId && stepOf.get(vote.noteId) === agendaItemId).length;
}

export function votesLeft(session: WorkshopSession, participantId: string, agendaItemId: string): number {
  return Math.max(0, session.votesPerParticipant - votesUsed(session, participantId, agendaItemId));
}

/** Every dot on a note (to draw them in the voters' colours). */
export function noteVotes(session: WorkshopSession, noteId: string): WorkshopVote[] {
  return session.votes.filter((vote) => vote.noteId === noteId);
}

export function castVote(
  session: WorkshopSession, participantId: string, noteId: string, voteId: string,
): 'cast' | 'no-votes-left' | 'unknown-note' | 'unknown-participant' {
  if (!session.participants.some((p) => p.id === participantId)) return 'unknown-participant';
  const note = session.notes.find((n) => n.id === noteId);
  if (!note) return 'unknown-note';
  if (votesLeft(session, participantId, note.agendaItemId) === 0) return 'no-votes-left';
  session.votes.push({ id: voteId, participantId, noteId });
  return 'cast';
}

/** Takes back one of the participant's dots on the note (the latest); false if there was none. */
export function withdrawVote(session: WorkshopSession, participantId: string, noteId: string): boolean {
  const index = session.votes.findLastIndex((vote) => vote.participantId === participantId && vote.noteId === noteId);
  if (index < 0) return false;
  session.votes.splice(index, 1);
  return true;
}

export interface VoteResult { kind: 'note' | 'cluster'; id: string; text: string; votes: number; noteIds: string[] }

/**
 * The step's ranking: each cluster (its notes' dots summed) and each note outside a cluster,
 * most dots first, then by text, so the order is stable. Entries without dots are included.
 */
export function voteResults(session: WorkshopSession, agendaItemId: string): VoteResult[] {
  const dots = new Map<string, number>();
  for (const vote of session.votes) dots.set(vote.noteId, (dots.get(vote.noteId) ?? 0) + 1);
  const notes = session.notes.filter((note) => note.agendaItemId === agendaItemId);
  const results: VoteResult[] = [];
  for (const cluster of session.clusters) {
    const members = notes.filter((note) => note.clusterId === cluster.id);
    if (members.length === 0) continue;
    results.push({
      kind: 'cluster', id: cluster.id, text: clusterText(session, cluster.id),
      votes: members.reduce((sum, note) => sum + (dots.get(note.id) ?? 0), 0), noteIds: members.map((note) => note.id),
    });
  }
  const clusterIds = new Set(results.map((result) => result.id));
  for (const note of notes) {
    if (note.clusterId !== null && clusterIds.has(note.clusterId)) continue;
    results.push({ kind: 'note', id: note.id, text: note.text, votes: dots.get(note.id) ?? 0, noteIds: [note.id] });
  }
  return results.sort((a, b) => b.votes - a.votes || a.text.localeCompare(b.text, undefined, { numeric: true }) || a.id.localeCompare(b.id));
}
