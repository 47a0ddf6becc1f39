import { describe, expect, it } from 'vitest';
import { apply, applyAndUndo, at, expectRefused, sample, W, withNotes, workshop } from './testKit';

const promote = { workshopId: W, source: { noteId: 'n1' }, target: 'segment', text: 'Quiet kettle buyers\nThey hate noise', strategyId: 'str_kettle', itemId: 'seg_w', decisionId: 'dec_w' };

describe('workshop.note.promote', () => {
  it('adds one canvas item in the chosen wording and records the decision, as one undo step', () => {
    const ws = applyAndUndo(withNotes(), 'workshop.note.promote', promote, at(60));
    expect(ws.strategies[0]!.targetMarket.segments.at(-1)).toMatchObject({ id: 'seg_w', name: 'Quiet kettle buyers', description: 'They hate noise' });
    expect(workshop(ws).decisions).toEqual([{
      id: 'dec_w', text: 'Quiet kettle buyers\nThey hate noise', target: 'segment', strategyId: 'str_kettle', itemId: 'seg_w',
      noteIds: ['n1'], clusterId: null, agendaItemId: 'agd_1', decidedAt: at(60),
    }]);
    expect(workshop(ws).notes[0]!.text).toBe('Buyers want quiet kettles');
  });

  it('promotes a group with all its notes', () => {
    const grouped = apply(withNotes(), 'workshop.note.group', { workshopId: W, noteIds: ['n1', 'n2'], clusterId: 'c1' });
    const ws = applyAndUndo(grouped, 'workshop.note.promote', { ...promote, source: { clusterId: 'c1' }, target: 'research-finding', text: 'Buyers want quiet kettles; Gifting peaks in Q4', itemId: 'fnd_w' });
    expect(ws.strategies[0]!.research.findings.at(-1)).toMatchObject({ id: 'fnd_w', text: 'Buyers want quiet kettles; Gifting peaks in Q4', date: '2026-07-08' });
    expect(workshop(ws).decisions[0]).toMatchObject({ noteIds: ['n1', 'n2'], clusterId: 'c1', target: 'research-finding' });
  });

  it('links the workshop to the chosen strategy when it had none', () => {
    const unlinked = apply(withNotes(), 'workshop.update', { workshopId: W, fields: { strategyId: null } });
    const ws = applyAndUndo(unlinked, 'workshop.note.promote', promote);
    expect(workshop(ws).strategyId).toBe('str_kettle');
  });

  it('refuses blank text, a source or strategy that is gone, used ids and a workshop now feeding another strategy', () => {
    const ws = withNotes();
    expectRefused(ws, 'workshop.note.promote', { ...promote, text: '   ' }, 'refused');
    expectRefused(ws, 'workshop.note.promote', { ...promote, target: 'pricing' }, 'invalid-args');
    expectRefused(ws, 'workshop.note.promote', { ...promote, source: { noteId: 'n1', clusterId: 'c1' } }, 'invalid-args');
    expectRefused(ws, 'workshop.note.promote', { ...promote, source: { noteId: 'n_gone' } }, 'conflict');
    expectRefused(ws, 'workshop.note.promote', { ...promote, source: { clusterId: 'c_gone' } }, 'conflict');
    expectRefused(ws, 'workshop.note.promote', { ...promote, strategyId: 'str_gone' }, 'conflict');
    const done = apply(ws, 'workshop.note.promote', promote);
    expectRefused(done, 'workshop.note.promote', { ...promote, itemId: 'seg_2' }, 'refused');
    expectRefused(done, 'workshop.note.promote', { ...promote, decisionId: 'dec_2' }, 'refused');
    const second = structuredClone(sample());
    second.strategies.push({ ...structuredClone(second.strategies[0]!), id: 'str_other', name: 'Other' });
    expectRefused(withNotes(second), 'workshop.note.promote', { ...promote, strategyId: 'str_other' }, 'conflict');
  });
});
