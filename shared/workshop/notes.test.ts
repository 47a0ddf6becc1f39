import { describe, expect, it } from 'vitest';
import { workshopSession, type WorkshopSession } from '../schema/workshop';
import { addParticipant, newWorkshop } from './agenda';
import {
  addNote, BOARD_GRID, clusterText, groupNotes, moveNote, nextFreeSlot, notesOf, removeFromCluster, removeNote,
  renameCluster, setNoteColor, slotPosition, ungroupCluster, updateNoteText,
} from './notes';

const NOW = new Date('2026-07-08T09:30:00.000Z');

function session(): WorkshopSession {
  let n = 0;
  const s = newWorkshop({
    id: 'wsh_1', title: 'Q3 review', date: '2026-07-08', facilitator: 'Anna', strategyId: null, now: NOW,
    stepTitles: { 'research': 'Research', 'target-market': 'Target', 'positioning': 'Positioning', 'price-channel': 'Price', 'promotion': 'Promotion', 'implementation': 'Plan' },
  }, () => `agd_${++n}`);
  addParticipant(s, { id: 'ppl_a', name: 'Anna' }); // yellow
  addParticipant(s, { id: 'ppl_b', name: 'Ben' }); // pink
  return s;
}

const add = (s: WorkshopSession, id: string, text: string, agendaItemId = 'agd_1', participantId: string | null = 'ppl_a') =>
  addNote(s, { id, agendaItemId, text, participantId, now: NOW });

describe('addNote', () => {
  it('takes the participant colour, the room colour, or the given colour', () => {
    const s = session();
    expect(add(s, 'n1', 'A', 'agd_1', 'ppl_b').color).toBe('pink');
    expect(add(s, 'n2', 'B', 'agd_1', null).color).toBe('yellow');
    expect(addNote(s, { id: 'n3', agendaItemId: 'agd_1', text: 'C', participantId: 'ppl_b', color: 'green', now: NOW }).color).toBe('green');
    const stray = add(s, 'n4', 'D', 'agd_1', 'ppl_gone');
    expect(stray.participantId).toBeNull();
    expect(s.notes.map((n) => n.id)).toEqual(['n1', 'n2', 'n3', 'n4']);
    expect(s.notes[0]).toEqual({
      id: 'n1', agendaItemId: 'agd_1', text: 'A', color: 'pink', participantId: 'ppl_b', clusterId: null,
      x: BOARD_GRID.marginX, y: BOARD_GRID.marginY, createdAt: NOW.toISOString(),
    });
    expect(workshopSession.safeParse(s).success).toBe(true);
  });

  it('places notes in the next free grid cell, row by row, per step', () => {
    const s = session();
    for (let i = 0; i < BOARD_GRID.columns + 1; i++) add(s, `n${i}`, `note ${i}`);
    const positions = notesOf(s, 'agd_1').map((n) => [n.x, n.y]);
    expect(positions).toEqual([
      [1, 1], [21, 1], [41, 1], [61, 1], [81, 1],
      [1, 17],
    ]);
    // Another step's board starts at its own first cell.
    expect(add(s, 'other', 'x', 'agd_2')).toMatchObject({ x: 1, y: 1 });
  });

  it('fills a cell freed by a move or removal before using a new one', () => {
    const s = session();
    add(s, 'n1', 'a');
    add(s, 'n2', 'b');
    add(s, 'n3', 'c');
    moveNote(s, 'n2', 50, 60);
    expect(nextFreeSlot(s, 'agd_1')).toEqual(slotPosition(1));
    expect(add(s, 'n4', 'd')).toMatchObject({ x: 21, y: 1 });
    removeNote(s, 'n1');
    expect(add(s, 'n5', 'e')).toMatchObject({ x: 1, y: 1 });
  });

  it('a note dropped across cells blocks them', () => {
    const s = session();
    add(s, 'n1', 'a');
    moveNote(s, 'n1', 11, 1); // overlaps cells 0 and 1
    expect(nextFreeSlot(s, 'agd_1')).toEqual(slotPosition(2));
  });

  it('cuts text at the note limit', () => {
    const s = session();
    expect(add(s, 'n1', 'x'.repeat(2500)).text).toHaveLength(2000);
  });
});

describe('editing notes', () => {
  it('updates text, position and colour of the right note only', () => {
    const s = session();
    add(s, 'n1', 'a');
    add(s, 'n2', 'b');
    updateNoteText(s, 'n2', 'bee');
    moveNote(s, 'n2', 33.5, 70);
    setNoteColor(s, 'n2', 'purple');
    moveNote(s, 'n2', Number.NaN, 5); // ignored: the schema needs finite numbers
    expect(s.notes[1]).toMatchObject({ text: 'bee', x: 33.5, y: 70, color: 'purple' });
    expect(s.notes[0]).toMatchObject({ text: 'a', x: 1, y: 1, color: 'yellow' });
  });
});

describe('clusters', () => {
  it('groups notes of one step; notes of another step stay out', () => {
    const s = session();
    add(s, 'n1', 'Price too high');
    add(s, 'n2', 'Shipping slow');
    add(s, 'n3', 'Other step', 'agd_2');
    groupNotes(s, ['n1', 'n2', 'n3'], { id: 'c1', title: 'Complaints' });
    expect(s.clusters).toEqual([{ id: 'c1', agendaItemId: 'agd_1', title: 'Complaints' }]);
    expect(s.notes.map((n) => n.clusterId)).toEqual(['c1', 'c1', null]);
    expect(clusterText(s, 'c1')).toBe('Complaints');
    renameCluster(s, 'c1', '');
    expect(clusterText(s, 'c1')).toBe('Price too high; Shipping slow');
  });

  it('merges the existing clusters of the grouped notes, keeping a title', () => {
    const s = session();
    for (const id of ['n1', 'n2', 'n3', 'n4', 'n5']) add(s, id, id);
    groupNotes(s, ['n1', 'n2'], { id: 'c1', title: 'Price' });
    groupNotes(s, ['n3', 'n4'], { id: 'c2', title: '' });
    groupNotes(s, ['n2', 'n3', 'n5'], { id: 'c3', title: '' });
    expect(s.clusters).toEqual([{ id: 'c3', agendaItemId: 'agd_1', title: 'Price' }]);
    expect(s.notes.map((n) => n.clusterId)).toEqual(['c3', 'c3', 'c3', 'c3', 'c3']);
  });

  it('adds notes to an existing cluster when grouped under its id', () => {
    const s = session();
    for (const id of ['n1', 'n2', 'n3']) add(s, id, id);
    groupNotes(s, ['n1', 'n2'], { id: 'c1', title: 'Price' });
    groupNotes(s, ['n3'], { id: 'c1', title: 'Pricing' });
    expect(s.clusters).toEqual([{ id: 'c1', agendaItemId: 'agd_1', title: 'Pricing' }]);
    expect(s.notes.map((n) => n.clusterId)).toEqual(['c1', 'c1', 'c1']);
  });

  it('ignores unknown notes', () => {
    const s = session();
    groupNotes(s, ['nope'], { id: 'c1', title: 'x' });
    expect(s.clusters).toEqual([]);
  });

  it('ungrouping keeps the notes and drops the cluster', () => {
    const s = session();
    add(s, 'n1', 'a');
    add(s, 'n2', 'b');
    groupNotes(s, ['n1', 'n2'], { id: 'c1', title: 'AB' });
    ungroupCluster(s, 'c1');
    expect(s.clusters).toEqual([]);
    expect(s.notes.map((n) => [n.id, n.clusterId])).toEqual([['n1', null], ['n2', null]]);
  });

  it('a cluster emptied by taking notes out goes', () => {
    const s = session();
    add(s, 'n1', 'a');
    add(s, 'n2', 'b');
    groupNotes(s, ['n1', 'n2'], { id: 'c1', title: 'AB' });
    removeFromCluster(s, 'n1');
    expect(s.clusters).toHaveLength(1);
    removeFromCluster(s, 'n2');
    expect(s.clusters).toEqual([]);
  });
});

describe('removeNote', () => {
  it('removes the note and its votes, keeps other votes, and drops a cluster left empty', () => {
    const s = session();
    add(s, 'n1', 'a');
    add(s, 'n2', 'b');
    add(s, 'n3', 'c');
    groupNotes(s, ['n1'], { id: 'c1', title: 'Solo' });
    groupNotes(s, ['n2', 'n3'], { id: 'c2', title: 'Pair' });
    s.votes = [
      { id: 'v1', participantId: 'ppl_a', noteId: 'n1' },
      { id: 'v2', participantId: 'ppl_b', noteId: 'n1' },
      { id: 'v3', participantId: 'ppl_a', noteId: 'n2' },
    ];
    removeNote(s, 'n1');
    expect(s.notes.map((n) => n.id)).toEqual(['n2', 'n3']);
    expect(s.votes.map((v) => v.id)).toEqual(['v3']);
    expect(s.clusters.map((c) => c.id)).toEqual(['c2']);
    removeNote(s, 'n2');
    expect(s.votes).toEqual([]);
    expect(s.clusters.map((c) => c.id)).toEqual(['c2']);
    expect(workshopSession.safeParse(s).success).toBe(true);
  });
});
