import { describe, expect, it } from 'vitest';
import { workshopSession, type WorkshopSession } from '../schema/workshop';
import {
  addAgendaItem, addParticipant, agendaItemFor, BLOCK_FOR_STEP, DEFAULT_MINUTES, moveAgendaItem, newWorkshop,
  removeAgendaItem, removeParticipant,
} from './agenda';
import { clockView, pauseClock, startWorkshop } from './clock';
import { NOTE_COLORS } from './noteColors';
import { addNote, groupNotes } from './notes';
import { castVote } from './votes';

const NOW = new Date('2026-07-08T09:00:00.000Z');
const STEP_TITLES = { 'research': 'Research', 'target-market': 'Target', 'positioning': 'Positioning', 'price-channel': 'Price', 'promotion': 'Promotion', 'implementation': 'Plan' };

function session(): WorkshopSession {
  let n = 0;
  return newWorkshop({ id: 'wsh_1', title: 'Q3 review', date: '2026-07-08', facilitator: 'Anna', strategyId: 'str_1', stepTitles: STEP_TITLES, now: NOW }, () => `agd_${++n}`);
}

describe('newWorkshop', () => {
  it('plans the six steps in order with their blocks and default timeboxes', () => {
    const s = session();
    expect(s.agenda).toEqual([
      { id: 'agd_1', step: 'research', title: 'Research', minutes: 20, block: 'research', actualSeconds: null, startedAt: null, endedAt: null },
      { id: 'agd_2', step: 'target-market', title: 'Target', minutes: 30, block: 'targetMarket', actualSeconds: null, startedAt: null, endedAt: null },
      { id: 'agd_3', step: 'positioning', title: 'Positioning', minutes: 40, block: 'positioning', actualSeconds: null, startedAt: null, endedAt: null },
      { id: 'agd_4', step: 'price-channel', title: 'Price', minutes: 30, block: 'pricing', actualSeconds: null, startedAt: null, endedAt: null },
      { id: 'agd_5', step: 'promotion', title: 'Promotion', minutes: 30, block: 'promotion', actualSeconds: null, startedAt: null, endedAt: null },
      { id: 'agd_6', step: 'implementation', title: 'Plan', minutes: 20, block: 'implementation', actualSeconds: null, startedAt: null, endedAt: null },
    ]);
    expect(s).toMatchObject({
      id: 'wsh_1', title: 'Q3 review', date: '2026-07-08', facilitator: 'Anna', strategyId: 'str_1', status: 'planned',
      participants: [], votesPerParticipant: 3, startedAt: null, endedAt: null, createdAt: NOW.toISOString(),
      run: { currentItemId: null, elapsedMs: 0, runningSince: null, heartbeatAt: null },
    });
    const parsed = workshopSession.safeParse(s);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('has a timebox and block for every step', () => {
    expect(Object.values(DEFAULT_MINUTES).reduce((a, b) => a + b, 0)).toBe(170);
    expect(BLOCK_FOR_STEP['price-channel']).toBe('pricing');
  });
});

describe('agenda editing', () => {
  it('adds an item at the end', () => {
    const s = session();
    addAgendaItem(s, { ...agendaItemFor('positioning', 'agd_x', 'Second look'), minutes: 15 });
    expect(s.agenda.at(-1)).toMatchObject({ id: 'agd_x', title: 'Second look', minutes: 15, block: 'positioning' });
    expect(workshopSession.safeParse(s).success).toBe(true);
  });

  it('moves an item up and down, not past either end', () => {
    const s = session();
    moveAgendaItem(s, 'agd_3', -1);
    expect(s.agenda.map((i) => i.id)).toEqual(['agd_1', 'agd_3', 'agd_2', 'agd_4', 'agd_5', 'agd_6']);
    moveAgendaItem(s, 'agd_1', 1);
    expect(s.agenda.map((i) => i.id)).toEqual(['agd_3', 'agd_1', 'agd_2', 'agd_4', 'agd_5', 'agd_6']);
    moveAgendaItem(s, 'agd_3', -1);
    moveAgendaItem(s, 'agd_6', 1);
    moveAgendaItem(s, 'agd_nope', 1);
    expect(s.agenda.map((i) => i.id)).toEqual(['agd_3', 'agd_1', 'agd_2', 'agd_4', 'agd_5', 'agd_6']);
  });

  it('removing an item removes its notes, clusters and their votes only', () => {
    const s = session();
    addParticipant(s, { id: 'p1', name: 'Anna' });
    addNote(s, { id: 'n1', agendaItemId: 'agd_2', text: 'a', participantId: 'p1', now: NOW });
    addNote(s, { id: 'n2', agendaItemId: 'agd_2', text: 'b', participantId: 'p1', now: NOW });
    addNote(s, { id: 'keep', agendaItemId: 'agd_3', text: 'c', participantId: 'p1', now: NOW });
    groupNotes(s, ['n1', 'n2'], { id: 'c1', title: 'AB' });
    groupNotes(s, ['keep'], { id: 'c2', title: 'C' });
    s.clusters.push({ id: 'c_empty', agendaItemId: 'agd_2', title: 'Empty' });
    castVote(s, 'p1', 'n1', 'v1');
    castVote(s, 'p1', 'keep', 'v2');
    s.decisions.push({ id: 'd1', text: 'a', target: 'segment', strategyId: 'str_1', itemId: 'seg_x', noteIds: ['n1'], clusterId: null, agendaItemId: 'agd_2', decidedAt: NOW.toISOString() });
    removeAgendaItem(s, 'agd_2');
    expect(s.agenda.map((i) => i.id)).toEqual(['agd_1', 'agd_3', 'agd_4', 'agd_5', 'agd_6']);
    expect(s.notes.map((n) => n.id)).toEqual(['keep']);
    expect(s.clusters.map((c) => c.id)).toEqual(['c2']);
    expect(s.votes.map((v) => v.id)).toEqual(['v2']);
    // The decision stays (its item is on the canvas) but no longer points at the step.
    expect(s.decisions[0]).toMatchObject({ id: 'd1', agendaItemId: null });
    expect(workshopSession.safeParse(s).success).toBe(true);
  });

  it('removing the running step stops the clock on the step that takes its place', () => {
    const s = session();
    startWorkshop(s, NOW);
    removeAgendaItem(s, 'agd_1');
    expect(s.status).toBe('paused');
    expect(s.run).toEqual({ currentItemId: 'agd_2', elapsedMs: 0, runningSince: null, heartbeatAt: null });
    expect(clockView(s, NOW).item?.id).toBe('agd_2');
  });

  it('removing the current last step falls back to the one before', () => {
    const s = session();
    s.agenda = s.agenda.slice(0, 2);
    startWorkshop(s, NOW);
    s.run.currentItemId = 'agd_2';
    pauseClock(s, NOW);
    removeAgendaItem(s, 'agd_2');
    expect(s.run.currentItemId).toBe('agd_1');
    removeAgendaItem(s, 'agd_1');
    expect(s.run.currentItemId).toBeNull();
  });
});

describe('participants', () => {
  it('get distinct colours until all are used, then the least used', () => {
    const s = session();
    for (let i = 1; i <= 8; i++) addParticipant(s, { id: `p${i}`, name: `Person ${i}` });
    const colours = s.participants.map((p) => p.color);
    expect(colours.slice(0, 6)).toEqual([...NOTE_COLORS]);
    expect(new Set(colours.slice(0, 6)).size).toBe(6);
    expect(colours.slice(6)).toEqual(['yellow', 'pink']);
  });

  it('reuses the colour of a removed participant', () => {
    const s = session();
    for (let i = 1; i <= 3; i++) addParticipant(s, { id: `p${i}`, name: `Person ${i}` });
    removeParticipant(s, 'p2');
    addParticipant(s, { id: 'p4', name: 'Person 4' });
    expect(s.participants.map((p) => [p.id, p.color])).toEqual([['p1', 'yellow'], ['p3', 'blue'], ['p4', 'pink']]);
  });

  it('removing a participant drops their votes; their notes stay as the room’s', () => {
    const s = session();
    addParticipant(s, { id: 'p1', name: 'Anna' });
    addParticipant(s, { id: 'p2', name: 'Ben' });
    addNote(s, { id: 'n1', agendaItemId: 'agd_1', text: 'a', participantId: 'p1', now: NOW });
    castVote(s, 'p1', 'n1', 'v1');
    castVote(s, 'p2', 'n1', 'v2');
    removeParticipant(s, 'p1');
    expect(s.participants.map((p) => p.id)).toEqual(['p2']);
    expect(s.votes.map((v) => v.id)).toEqual(['v2']);
    expect(s.notes[0]).toMatchObject({ id: 'n1', text: 'a', participantId: null, color: 'yellow' });
    expect(workshopSession.safeParse(s).success).toBe(true);
  });
});
