import { describe, expect, it } from 'vitest';
import type { WorkshopSession } from '../schema/workshop';
import { addParticipant, newWorkshop } from './agenda';
import { addNote, groupNotes, removeNote } from './notes';
import { castVote, noteVotes, voteResults, votesLeft, votesUsed, withdrawVote } from './votes';

const NOW = new Date('2026-07-08T09:30:00.000Z');

function session(): WorkshopSession {
  let n = 0;
  const s = newWorkshop({
    id: 'wsh_1', title: 'Q3 review', date: '2026-07-08', facilitator: 'Anna', strategyId: null, now: NOW,
    stepTitles: { 'research': 'Research', 'target-market': 'Target', 'positioning': 'Positioning', 'price-channel': 'Price', 'promotion': 'Promotion', 'implementation': 'Plan' },
  }, () => `agd_${++n}`);
  addParticipant(s, { id: 'ppl_a', name: 'Anna' });
  addParticipant(s, { id: 'ppl_b', name: 'Ben' });
  for (const [id, text] of [['n1', 'Bamboo'], ['n2', 'Apple'], ['n3', 'Cherry'], ['n4', 'Damson']] as const) {
    addNote(s, { id, agendaItemId: 'agd_1', text, participantId: null, now: NOW });
  }
  addNote(s, { id: 'm1', agendaItemId: 'agd_2', text: 'Step two', participantId: null, now: NOW });
  return s;
}

let voteNo = 0;
const vote = (s: WorkshopSession, participantId: string, noteId: string) => castVote(s, participantId, noteId, `v${++voteNo}`);

describe('vote allowance', () => {
  it('gives each participant votesPerParticipant dots per step, several allowed on one note', () => {
    const s = session(); // 3 dots per participant per step
    expect(votesLeft(s, 'ppl_a', 'agd_1')).toBe(3);
    expect(vote(s, 'ppl_a', 'n1')).toBe('cast');
    expect(vote(s, 'ppl_a', 'n1')).toBe('cast');
    expect(vote(s, 'ppl_a', 'n2')).toBe('cast');
    expect(votesUsed(s, 'ppl_a', 'agd_1')).toBe(3);
    expect(votesLeft(s, 'ppl_a', 'agd_1')).toBe(0);
    expect(vote(s, 'ppl_a', 'n3')).toBe('no-votes-left');
    expect(s.votes).toHaveLength(3);
    // Another participant, and another step, have their own dots.
    expect(votesLeft(s, 'ppl_b', 'agd_1')).toBe(3);
    expect(votesLeft(s, 'ppl_a', 'agd_2')).toBe(3);
    expect(vote(s, 'ppl_a', 'm1')).toBe('cast');
    expect(votesUsed(s, 'ppl_a', 'agd_2')).toBe(1);
    expect(noteVotes(s, 'n1').map((v) => v.participantId)).toEqual(['ppl_a', 'ppl_a']);
  });

  it('follows a changed allowance, never going below zero', () => {
    const s = session();
    vote(s, 'ppl_a', 'n1');
    vote(s, 'ppl_a', 'n1');
    s.votesPerParticipant = 1;
    expect(votesLeft(s, 'ppl_a', 'agd_1')).toBe(0);
    expect(vote(s, 'ppl_a', 'n2')).toBe('no-votes-left');
    s.votesPerParticipant = 5;
    expect(votesLeft(s, 'ppl_a', 'agd_1')).toBe(3);
  });

  it('rejects unknown participants and notes', () => {
    const s = session();
    expect(vote(s, 'ppl_x', 'n1')).toBe('unknown-participant');
    expect(vote(s, 'ppl_a', 'nx')).toBe('unknown-note');
    expect(s.votes).toEqual([]);
  });

  it('records the vote with the given id', () => {
    const s = session();
    castVote(s, 'ppl_b', 'n3', 'vote_42');
    expect(s.votes).toEqual([{ id: 'vote_42', participantId: 'ppl_b', noteId: 'n3' }]);
  });
});

describe('withdrawVote', () => {
  it('takes back one dot of that participant on that note and gives it back', () => {
    const s = session();
    castVote(s, 'ppl_a', 'n1', 'va1');
    castVote(s, 'ppl_b', 'n1', 'vb1');
    castVote(s, 'ppl_a', 'n1', 'va2');
    castVote(s, 'ppl_a', 'n2', 'va3');
    expect(withdrawVote(s, 'ppl_a', 'n1')).toBe(true);
    expect(s.votes.map((v) => v.id)).toEqual(['va1', 'vb1', 'va3']);
    expect(votesLeft(s, 'ppl_a', 'agd_1')).toBe(1);
    expect(withdrawVote(s, 'ppl_a', 'n1')).toBe(true);
    expect(withdrawVote(s, 'ppl_a', 'n1')).toBe(false);
    expect(s.votes.map((v) => v.id)).toEqual(['vb1', 'va3']);
  });
});

describe('voteResults', () => {
  it('ranks clusters (their notes summed) and loose notes by dots, then by text', () => {
    const s = session();
    groupNotes(s, ['n3', 'n4'], { id: 'c1', title: 'Stone fruit' });
    vote(s, 'ppl_a', 'n3');
    vote(s, 'ppl_a', 'n4');
    vote(s, 'ppl_b', 'n4');
    vote(s, 'ppl_a', 'n1');
    vote(s, 'ppl_b', 'n1');
    vote(s, 'ppl_b', 'm1'); // another step: not counted here
    expect(voteResults(s, 'agd_1')).toEqual([
      { kind: 'cluster', id: 'c1', text: 'Stone fruit', votes: 3, noteIds: ['n3', 'n4'] },
      { kind: 'note', id: 'n1', text: 'Bamboo', votes: 2, noteIds: ['n1'] },
      { kind: 'note', id: 'n2', text: 'Apple', votes: 0, noteIds: ['n2'] },
    ]);
  });

  it('breaks ties by text and uses the joined notes for an untitled cluster', () => {
    const s = session();
    groupNotes(s, ['n2', 'n4'], { id: 'c1', title: '' });
    vote(s, 'ppl_a', 'n1');
    vote(s, 'ppl_b', 'n3');
    expect(voteResults(s, 'agd_1').map((r) => [r.text, r.votes])).toEqual([
      ['Bamboo', 1], ['Cherry', 1], ['Apple; Damson', 0],
    ]);
  });

  it('orders numbered notes with the same dots as people count (Idea 2 before Idea 10)', () => {
    const s = session();
    for (const [id, text] of [['k10', 'Idea 10'], ['k2', 'Idea 2'], ['k1', 'Idea 1']] as const) {
      addNote(s, { id, agendaItemId: 'agd_3', text, participantId: null, now: NOW });
    }
    expect(voteResults(s, 'agd_3').map((r) => r.text)).toEqual(['Idea 1', 'Idea 2', 'Idea 10']);
  });

  it('drops the dots of a removed note', () => {
    const s = session();
    vote(s, 'ppl_a', 'n2');
    vote(s, 'ppl_a', 'n2');
    vote(s, 'ppl_a', 'n1');
    removeNote(s, 'n2');
    expect(votesLeft(s, 'ppl_a', 'agd_1')).toBe(2);
    expect(voteResults(s, 'agd_1')[0]).toMatchObject({ id: 'n1', votes: 1 });
  });
});
