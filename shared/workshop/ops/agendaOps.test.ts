import { describe, expect, it } from 'vitest';
import { apply, applyAndUndo, applyAndUndoNotesInAnyOrder, at, expectNoChange, expectRefused, sample, W, withNotes, workshop } from './testKit';

const ids = (ws: ReturnType<typeof sample>) => workshop(ws).agenda.map((item) => item.id);

describe('workshop.agenda.*', () => {
  it('adds a step of the method at the end with its defaults', () => {
    const ws = applyAndUndo(sample(), 'workshop.agenda.add', { workshopId: W, itemId: 'agd_7', step: 'positioning', title: 'Positioning again' });
    expect(workshop(ws).agenda.at(-1)).toEqual({
      id: 'agd_7', step: 'positioning', title: 'Positioning again', minutes: 40, block: 'positioning', actualSeconds: null, startedAt: null, endedAt: null,
    });
    expectRefused(sample(), 'workshop.agenda.add', { workshopId: W, itemId: 'agd_1', step: 'research', title: 'Again' }, 'refused');
    expectRefused(sample(), 'workshop.agenda.add', { workshopId: W, itemId: 'agd_7', step: 'nope', title: 'x' }, 'invalid-args');
  });

  it('updates title, minutes and block', () => {
    const ws = applyAndUndo(sample(), 'workshop.agenda.update', { workshopId: W, itemId: 'agd_2', fields: { title: 'Who buys', minutes: 1, block: 'pricing' } });
    expect(workshop(ws).agenda[1]).toMatchObject({ id: 'agd_2', title: 'Who buys', minutes: 1, block: 'pricing' });
    expectRefused(sample(), 'workshop.agenda.update', { workshopId: W, itemId: 'agd_2', fields: { minutes: 0 } }, 'invalid-args');
    expectRefused(sample(), 'workshop.agenda.update', { workshopId: W, itemId: 'agd_x', fields: { minutes: 5 } }, 'conflict');
  });

  it('moves a step one place, and nothing at either end', () => {
    const ws = applyAndUndo(sample(), 'workshop.agenda.move', { workshopId: W, itemId: 'agd_6', direction: 'up' });
    expect(ids(ws)).toEqual(['agd_1', 'agd_2', 'agd_3', 'agd_4', 'agd_6', 'agd_5']);
    expect(ids(applyAndUndo(sample(), 'workshop.agenda.move', { workshopId: W, itemId: 'agd_1', direction: 'down' }))).toEqual(['agd_2', 'agd_1', 'agd_3', 'agd_4', 'agd_5', 'agd_6']);
    expectNoChange(sample(), 'workshop.agenda.move', { workshopId: W, itemId: 'agd_1', direction: 'up' });
    expectRefused(sample(), 'workshop.agenda.move', { workshopId: W, itemId: 'agd_1', delta: -1 }, 'invalid-args');
    expectRefused(sample(), 'workshop.agenda.move', { workshopId: W, itemId: 'agd_x', direction: 'up' }, 'conflict');
  });

  it('removes a step with its notes and groups; the current step passes to the next one, paused', () => {
    let ws = withNotes();
    ws = apply(ws, 'workshop.note.group', { workshopId: W, noteIds: ['n1', 'n2'], clusterId: 'c1' });
    ws = apply(ws, 'workshop.clock.start', { workshopId: W }, at(30));
    ws = applyAndUndoNotesInAnyOrder(ws, 'workshop.agenda.remove', { workshopId: W, itemId: 'agd_1' }, at(60));
    const session = workshop(ws);
    expect(ids(ws)).toEqual(['agd_2', 'agd_3', 'agd_4', 'agd_5', 'agd_6']);
    expect(session.notes).toEqual([]);
    expect(session.clusters).toEqual([]);
    expect(session.run).toMatchObject({ currentItemId: 'agd_2', runningSince: null });
    expect(session.status).toBe('paused');
    expectRefused(ws, 'workshop.agenda.remove', { workshopId: W, itemId: 'agd_1' }, 'conflict');
  });
});
