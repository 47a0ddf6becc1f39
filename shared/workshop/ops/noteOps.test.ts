import { describe, expect, it } from 'vitest';
import { apply, applyAndUndo, applyAndUndoNotesInAnyOrder, at, expectRefused, sample, W, withNotes, workshop } from './testKit';

describe('workshop.note.*', () => {
  it('adds notes in free cells, in the author’s colour, stamped with the time of the call', () => {
    const ws = applyAndUndo(withNotes(), 'workshop.note.add', { workshopId: W, noteId: 'n4', agendaItemId: 'agd_1', text: 'Fourth', participantId: null, color: 'green' }, at(30));
    const notes = workshop(ws).notes;
    expect(notes.map((n) => [n.id, n.color, n.participantId, n.x, n.y])).toEqual([
      ['n1', 'yellow', 'ppl_1', 1, 1], ['n2', 'pink', 'ppl_2', 21, 1], ['n3', 'yellow', null, 41, 1], ['n4', 'green', null, 61, 1],
    ]);
    expect(notes[3]!.createdAt).toBe(at(30));
    // An author no longer in the room: the note is the room's.
    const room = apply(sample(), 'workshop.note.add', { workshopId: W, noteId: 'n9', agendaItemId: 'agd_1', text: 'x', participantId: 'ppl_gone' });
    expect(workshop(room).notes[0]).toMatchObject({ participantId: null, color: 'yellow' });
  });

  it('refuses blank text, a used id and a step or workshop that is gone', () => {
    const args = { workshopId: W, noteId: 'n9', agendaItemId: 'agd_1', text: 'Idea', participantId: null };
    expectRefused(sample(), 'workshop.note.add', { ...args, text: '  ' }, 'invalid-args');
    expectRefused(sample(), 'workshop.note.add', { ...args, x: 3 }, 'invalid-args');
    expectRefused(withNotes(), 'workshop.note.add', { ...args, noteId: 'n1' }, 'refused');
    expectRefused(sample(), 'workshop.note.add', { ...args, agendaItemId: 'agd_gone' }, 'conflict');
    expectRefused(sample(), 'workshop.note.add', { ...args, workshopId: 'wsh_gone' }, 'conflict');
  });

  it('edits the text and moves a selection of notes in one step', () => {
    let ws = applyAndUndo(withNotes(), 'workshop.note.update', { workshopId: W, noteId: 'n2', text: 'Gifting peaks before Spring Festival' });
    expect(workshop(ws).notes[1]!.text).toBe('Gifting peaks before Spring Festival');
    ws = applyAndUndo(ws, 'workshop.note.move', { workshopId: W, positions: [{ noteId: 'n1', x: 50, y: 40 }, { noteId: 'n3', x: 10.5, y: 60 }] });
    expect(workshop(ws).notes.map((n) => [n.id, n.x, n.y])).toEqual([['n1', 50, 40], ['n2', 21, 1], ['n3', 10.5, 60]]);
    expectRefused(ws, 'workshop.note.update', { workshopId: W, noteId: 'n_gone', text: 'x' }, 'conflict');
    expectRefused(ws, 'workshop.note.move', { workshopId: W, positions: [{ noteId: 'n1', x: Infinity, y: 0 }] }, 'invalid-args');
    expectRefused(ws, 'workshop.note.move', { workshopId: W, positions: [{ noteId: 'n1', x: 1, y: 1 }, { noteId: 'n_gone', x: 1, y: 1 }] }, 'conflict');
  });

  it('removes notes with their votes and the group left empty', () => {
    let ws = apply(withNotes(), 'workshop.note.group', { workshopId: W, noteIds: ['n1', 'n2'], clusterId: 'c1' });
    ws = apply(ws, 'workshop.vote.cast', { workshopId: W, voteId: 'v1', participantId: 'ppl_1', noteId: 'n1' });
    ws = applyAndUndoNotesInAnyOrder(ws, 'workshop.note.remove', { workshopId: W, noteIds: ['n1', 'n2'] });
    expect(workshop(ws).notes.map((n) => n.id)).toEqual(['n3']);
    expect(workshop(ws).votes).toEqual([]);
    expect(workshop(ws).clusters).toEqual([]);
    expectRefused(ws, 'workshop.note.remove', { workshopId: W, noteIds: ['n1'] }, 'conflict');
    expectRefused(ws, 'workshop.note.remove', { workshopId: W, noteIds: [] }, 'invalid-args');
  });

  it('groups, renames and ungroups', () => {
    let ws = applyAndUndo(withNotes(), 'workshop.note.group', { workshopId: W, noteIds: ['n1', 'n2'], clusterId: 'c1' });
    expect(workshop(ws).clusters).toEqual([{ id: 'c1', agendaItemId: 'agd_1', title: '' }]);
    expect(workshop(ws).notes.map((n) => n.clusterId)).toEqual(['c1', 'c1', null]);
    ws = applyAndUndo(ws, 'workshop.cluster.rename', { workshopId: W, clusterId: 'c1', title: 'Buyers' });
    expect(workshop(ws).clusters[0]!.title).toBe('Buyers');
    // Grouping a grouped note with another merges its group into the new one, keeping the title.
    const merged = applyAndUndo(ws, 'workshop.note.group', { workshopId: W, noteIds: ['n2', 'n3'], clusterId: 'c2' });
    expect(workshop(merged).clusters).toEqual([{ id: 'c2', agendaItemId: 'agd_1', title: 'Buyers' }]);
    ws = applyAndUndo(ws, 'workshop.cluster.ungroup', { workshopId: W, clusterIds: ['c1'] });
    expect(workshop(ws).clusters).toEqual([]);
    expect(workshop(ws).notes.map((n) => n.clusterId)).toEqual([null, null, null]);
  });

  it('refuses grouping fewer than two notes and names that are gone', () => {
    expectRefused(withNotes(), 'workshop.note.group', { workshopId: W, noteIds: ['n1'], clusterId: 'c1' }, 'invalid-args');
    expectRefused(withNotes(), 'workshop.note.group', { workshopId: W, noteIds: ['n1', 'n_gone'], clusterId: 'c1' }, 'conflict');
    expectRefused(withNotes(), 'workshop.cluster.rename', { workshopId: W, clusterId: 'c_gone', title: 'x' }, 'conflict');
    expectRefused(withNotes(), 'workshop.cluster.ungroup', { workshopId: W, clusterIds: ['c_gone'] }, 'conflict');
  });
});
