import { describe, expect, it } from 'vitest';
import { apply, applyAndUndo, expectNoChange, expectRefused, W, withNotes, workshop } from './testKit';

const vote = (voteId: string, noteId: string, participantId = 'ppl_1') => ({ workshopId: W, voteId, participantId, noteId });

describe('workshop.vote.*', () => {
  it('casts dots up to the limit per step, then refuses', () => {
    let ws = applyAndUndo(withNotes(), 'workshop.vote.cast', vote('v1', 'n1'));
    ws = apply(ws, 'workshop.vote.cast', vote('v2', 'n1'));
    ws = apply(ws, 'workshop.vote.cast', vote('v3', 'n2'));
    expect(workshop(ws).votes.map((v) => v.noteId)).toEqual(['n1', 'n1', 'n2']);
    expectRefused(ws, 'workshop.vote.cast', vote('v4', 'n3'), 'refused');
    // Another participant still has their dots.
    apply(ws, 'workshop.vote.cast', vote('v4', 'n3', 'ppl_2'));
  });

  it('withdraws the latest dot of that participant on that note; nothing if there is none', () => {
    let ws = apply(withNotes(), 'workshop.vote.cast', vote('v1', 'n1'));
    ws = apply(ws, 'workshop.vote.cast', vote('v2', 'n1'));
    ws = applyAndUndo(ws, 'workshop.vote.withdraw', { workshopId: W, participantId: 'ppl_1', noteId: 'n1' });
    expect(workshop(ws).votes.map((v) => v.id)).toEqual(['v1']);
    expectNoChange(ws, 'workshop.vote.withdraw', { workshopId: W, participantId: 'ppl_2', noteId: 'n1' });
  });

  it('refuses a note or participant that is gone, a used id and bad arguments', () => {
    const ws = apply(withNotes(), 'workshop.vote.cast', vote('v1', 'n1'));
    expectRefused(ws, 'workshop.vote.cast', vote('v2', 'n_gone'), 'conflict');
    expectRefused(ws, 'workshop.vote.cast', vote('v2', 'n1', 'ppl_gone'), 'conflict');
    expectRefused(ws, 'workshop.vote.cast', vote('v1', 'n2'), 'refused');
    expectRefused(ws, 'workshop.vote.cast', { ...vote('v2', 'n1'), count: 2 }, 'invalid-args');
    expectRefused(ws, 'workshop.vote.withdraw', { workshopId: W, participantId: 'ppl_1', noteId: 'n_gone' }, 'conflict');
  });
});
