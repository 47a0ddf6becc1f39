import { LIMITS } from '../schema/primitives';
import type { NoteCluster, NoteColor, StickyNote, WorkshopSession } from '../schema/workshop';

/**
 * Sticky notes and clusters on a step's board. Positions are in board units: the board is 100
 * wide and y grows down, so a layout survives a window resize. New notes go into the next free
 * cell of a grid, so quick capture never piles notes on top of each other.
 */
export const BOARD_GRID = {
  columns: 5,
  /** One cell of the grid; a note is drawn NOTE_SIZE big at the cell's top-left corner. */
  cellWidth: 20,
  cellHeight: 16,
  marginX: 1,
  marginY: 1,
} as const;
export const NOTE_SIZE = { width: 18, height: 14 } as const;

export function notesOf(session: WorkshopSession, agendaItemId: string): StickyNote[] {
  return session.notes.filter((note) => note.agendaItemId === agendaItemId);
}

export function clustersOf(session: WorkshopSession, agendaItemId: string): NoteCluster[] {
  return session.clusters.filter((cluster) => cluster.agendaItemId === agendaItemId);
}

export function clusterNotes(session: WorkshopSession, clusterId: string): StickyNote[] {
  return session.notes.filter((note) => note.clusterId === clusterId);
}

/** What a cluster says: its title, else its notes' texts joined by "; ". */
export function clusterText(session: WorkshopSession, clusterId: string): string {
  const cluster = session.clusters.find((c) => c.id === clusterId);
  if (!cluster) return '';
  if (cluster.title.trim() !== '') return cluster.title.trim();
  return clusterNotes(session, clusterId).map((note) => note.text.trim()).filter((text) => text !== '').join('; ');
}

/** Top-left corner of grid cell `slot` (row by row). */
export function slotPosition(slot: number): { x: number; y: number } {
  const { columns, cellWidth, cellHeight, marginX, marginY } = BOARD_GRID;
  return { x: marginX + (slot % columns) * cellWidth, y: marginY + Math.floor(slot / columns) * cellHeight };
}

/** The first grid cell on the step's board that no note overlaps. */
export function nextFreeSlot(session: WorkshopSession, agendaItemId: string): { x: number; y: number } {
  const notes = notesOf(session, agendaItemId);
  const overlaps = (x: number, y: number) =>
    notes.some((note) => Math.abs(note.x - x) < NOTE_SIZE.width && Math.abs(note.y - y) < NOTE_SIZE.height);
  // Every note blocks at most four cells, so this many cells always include a free one.
  for (let slot = 0; slot <= notes.length * 4; slot++) {
    const position = slotPosition(slot);
    if (!overlaps(position.x, position.y)) return position;
  }
  return slotPosition(notes.length * 4 + 1);
}

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

/**
 * Adds a note to a step's board. Its colour is the participant's unless one is given (yellow for
 * the room); an unknown participant is stored as the room.
 */
export function addNote(
  session: WorkshopSession,
  fields: { id: string; agendaItemId: string; text: string; participantId: string | null; color?: NoteColor; now: Date },
): StickyNote {
  const participant = session.participants.find((p) => p.id === fields.participantId) ?? null;
  const note: StickyNote = {
    id: fields.id,
    agendaItemId: fields.agendaItemId,
    text: clip(fields.text, LIMITS.mediumText),
    color: fields.color ?? participant?.color ?? 'yellow',
    participantId: participant?.id ?? null,
    clusterId: null,
    ...nextFreeSlot(session, fields.agendaItemId),
    createdAt: fields.now.toISOString(),
  };
  session.notes.push(note);
  return note;
}

const findNote = (session: WorkshopSession, noteId: string) => session.notes.find((note) => note.id === noteId);

export function updateNoteText(session: WorkshopSession, noteId: string, text: string): void {
  const note = findNote(session, noteId);
  if (note) note.text = clip(text, LIMITS.mediumText);
}

export function moveNote(session: WorkshopSession, noteId: string, x: number, y: number): void {
  const note = findNote(session, noteId);
  if (note && Number.isFinite(x) && Number.isFinite(y)) {
    note.x = x;
    note.y = y;
  }
}

export function setNoteColor(session: WorkshopSession, noteId: string, color: NoteColor): void {
  const note = findNote(session, noteId);
  if (note) note.color = color;
}

/** Drops clusters that no longer hold a note: an empty group means nothing. */
function removeEmptyClusters(session: WorkshopSession, clusterIds: Iterable<string>): void {
  const candidates = new Set(clusterIds);
  session.clusters = session.clusters.filter(
    (cluster) => !candidates.has(cluster.id) || session.notes.some((note) => note.clusterId === cluster.id),
  );
}

/** Removes the notes with these ids, their votes and any cluster left empty. */
export function removeNotes(session: WorkshopSession, noteIds: Iterable<string>): void {
  const ids = new Set(noteIds);
  const touched = session.notes.filter((note) => ids.has(note.id) && note.clusterId !== null).map((note) => note.clusterId!);
  session.notes = session.notes.filter((note) => !ids.has(note.id));
  session.votes = session.votes.filter((vote) => !ids.has(vote.noteId));
  removeEmptyClusters(session, touched);
}

export function removeNote(session: WorkshopSession, noteId: string): void {
  removeNotes(session, [noteId]);
}

/**
 * Groups notes of one step into a new cluster. Notes of other steps are left out (the step of
 * the first known note counts). A cluster that already holds one of the notes merges into the
 * new one with all its notes; if the new title is blank it takes the first merged title.
 */
export function groupNotes(session: WorkshopSession, noteIds: string[], cluster: { id: string; title: string }): void {
  const first = noteIds.map((id) => findNote(session, id)).find((note) => note !== undefined);
  if (!first) return;
  const chosen = new Set(noteIds);
  const selected = session.notes.filter((note) => chosen.has(note.id) && note.agendaItemId === first.agendaItemId);
  const merged = new Set(selected.map((note) => note.clusterId).filter((id): id is string => id !== null && id !== cluster.id));
  const mergedTitle = session.clusters.find((c) => merged.has(c.id) && c.title.trim() !== '')?.title ?? '';
  const existing = session.clusters.find((c) => c.id === cluster.id);
  const title = clip(cluster.title.trim() !== '' ? cluster.title : mergedTitle, LIMITS.shortText);

  for (const note of session.notes) {
    if (chosen.has(note.id) && note.agendaItemId === first.agendaItemId) note.clusterId = cluster.id;
    else if (note.clusterId !== null && merged.has(note.clusterId)) note.clusterId = cluster.id;
  }
  session.clusters = session.clusters.filter((c) => !merged.has(c.id));
  if (existing) existing.title = title;
  else session.clusters.push({ id: cluster.id, agendaItemId: first.agendaItemId, title });
}

/** Dissolves a cluster; its notes stay on the board. */
export function ungroupCluster(session: WorkshopSession, clusterId: string): void {
  for (const note of session.notes) if (note.clusterId === clusterId) note.clusterId = null;
  session.clusters = session.clusters.filter((cluster) => cluster.id !== clusterId);
}

export function renameCluster(session: WorkshopSession, clusterId: string, title: string): void {
  const cluster = session.clusters.find((c) => c.id === clusterId);
  if (cluster) cluster.title = clip(title, LIMITS.shortText);
}

/** Takes one note out of its cluster; a cluster left empty goes. */
export function removeFromCluster(session: WorkshopSession, noteId: string): void {
  const note = findNote(session, noteId);
  if (!note || note.clusterId === null) return;
  const clusterId = note.clusterId;
  note.clusterId = null;
  removeEmptyClusters(session, [clusterId]);
}
