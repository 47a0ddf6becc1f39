import { describe, expect, it } from 'vitest';
import { FIXTURE_WORKSHOP_ID, HOSTILE, fixtureWorkspace } from './print/workshopFixture';
import { canvasItemLabel, workshopRecord } from './record';

describe('workshopRecord', () => {
  it('is null for an unknown workshop', () => {
    expect(workshopRecord(fixtureWorkspace(), 'wsh_missing')).toBeNull();
  });

  it('names the people, the strategy and the session times', () => {
    const record = workshopRecord(fixtureWorkspace(), FIXTURE_WORKSHOP_ID)!;
    expect(record.title).toBe('Q3 strategy review workshop');
    expect(record.facilitator).toBe('Anna Zhou');
    expect(record.attendees).toEqual(['Anna Zhou', 'Mia Chen', 'David Li', 'Sara Wang']);
    expect(record.strategy).toBe(fixtureWorkspace().strategies[0]!.name);
    expect(record.status).toBe('ended');
    expect(record.startedAt).toBe('2026-07-08T01:00:00.000Z');
    expect(record.endedAt).toBe('2026-07-08T02:07:35.000Z');
    expect(record.votesPerParticipant).toBe(3);
  });

  it('gives each agenda row planned and actual time and flags overruns', () => {
    const rows = workshopRecord(fixtureWorkspace(), FIXTURE_WORKSHOP_ID)!.agenda;
    expect(rows.map((row) => [row.plannedMinutes, row.actualSeconds, row.actualMinutes, row.overrun, row.overrunSeconds])).toEqual([
      [20, 1085, 18, false, 0],
      [30, 2250, 38, true, 450],
      [40, 720, 12, false, 0],
      [30, null, null, false, 0],
      [30, null, null, false, 0],
      [20, null, null, false, 0],
    ]);
    expect(rows[1]).toMatchObject({ title: 'Target market', step: 'target-market', startedAt: '2026-07-08T01:18:05.000Z', endedAt: '2026-07-08T01:55:35.000Z' });
    expect(rows[3]).toMatchObject({ startedAt: null, endedAt: null });
  });

  it('lists a step\'s notes grouped by cluster with writer, dots and cluster title', () => {
    const [research, target] = workshopRecord(fixtureWorkspace(), FIXTURE_WORKSHOP_ID)!.agenda;
    expect(research!.notes.map((note) => [note.text, note.participant, note.votes, note.cluster])).toEqual([
      ['Buyers compare temperature presets before price', 'Anna Zhou', 3, null],
      ['Gift buyers want premium packaging', 'Mia Chen', 0, null],
      ['Online reviews mention noise', null, 2, null],
      [HOSTILE, 'David Li', 0, null],
    ]);
    expect(target!.notes.map((note) => [note.id, note.cluster, note.votes, note.color])).toEqual([
      ['n4', 'Who buys first', 1, 'yellow'], ['n5', 'Who buys first', 2, 'pink'], ['n6', '', 2, 'blue'],
    ]);
  });

  it('sorts vote results by dots, summing clusters, then by text', () => {
    const [research, target] = workshopRecord(fixtureWorkspace(), FIXTURE_WORKSHOP_ID)!.agenda;
    expect(research!.voteResults.map((result) => [result.kind, result.text, result.votes])).toEqual([
      ['note', 'Buyers compare temperature presets before price', 3],
      ['note', 'Online reviews mention noise', 2],
      ['note', HOSTILE, 0],
      ['note', 'Gift buyers want premium packaging', 0],
    ]);
    // The untitled cluster stands for its notes' text.
    expect(target!.voteResults).toEqual([
      { kind: 'cluster', id: 'c1', text: 'Who buys first', votes: 3, noteIds: ['n4', 'n5'] },
      { kind: 'cluster', id: 'c2', text: 'Office pantries', votes: 2, noteIds: ['n6'] },
    ]);
  });

  it('treats a note whose cluster is gone as loose', () => {
    const ws = fixtureWorkspace();
    ws.workshops[0]!.clusters = ws.workshops[0]!.clusters.filter((cluster) => cluster.id !== 'c2');
    const target = workshopRecord(ws, FIXTURE_WORKSHOP_ID)!.agenda[1]!;
    expect(target.notes.find((note) => note.id === 'n6')!.cluster).toBeNull();
    expect(target.voteResults.map((result) => [result.kind, result.id])).toEqual([['cluster', 'c1'], ['note', 'n6']]);
  });

  it('names each decision\'s canvas item, or null when it was removed from the canvas', () => {
    const { decisions } = workshopRecord(fixtureWorkspace(), FIXTURE_WORKSHOP_ID)!;
    expect(decisions.map((decision) => [decision.target, decision.canvasItem, decision.agendaItem])).toEqual([
      ['research-finding', 'Buyers compare temperature presets before price', 'Market research review'],
      ['segment', null, 'Target market'],
      ['differentiation-point', 'Only kettle with 5 presets and a keep-warm memory', 'Positioning and differentiation'],
    ]);
    expect(decisions[0]!.strategy).toBe(fixtureWorkspace().strategies[0]!.name);
  });

  it('names the campaign of each action, null when it no longer exists', () => {
    const ws = fixtureWorkspace();
    const launch = ws.campaigns[0]!.name;
    ws.campaigns = ws.campaigns.filter((campaign) => campaign.id !== 'cmp_ws');
    expect(workshopRecord(ws, FIXTURE_WORKSHOP_ID)!.actions).toEqual([
      { id: 'act1', title: 'Draft segment brief for office pantries', owner: 'Mia Chen', dueDate: '2026-07-10', campaign: null },
      { id: 'act2', title: 'Book noise test lab', owner: 'David Li', dueDate: '2026-07-31', campaign: null },
      { id: 'act3', title: 'Update launch deck', owner: '', dueDate: '2026-07-20', campaign: launch },
    ]);
  });

  it('reads every target\'s list for the canvas item label', () => {
    const strategy = fixtureWorkspace().strategies[0]!;
    const segment = strategy.targetMarket.segments[0]!;
    const channel = strategy.channels.items[0]!;
    const promotion = strategy.promotion.items[0]!;
    expect(canvasItemLabel(strategy, 'segment', segment.id)).toBe(segment.name);
    expect(canvasItemLabel(strategy, 'channel', channel.id)).toBe(channel.name);
    expect(canvasItemLabel(strategy, 'promotion-item', promotion.id)).toBe(promotion.objective);
    expect(canvasItemLabel(strategy, 'channel', segment.id)).toBeNull();
    expect(canvasItemLabel(undefined, 'segment', segment.id)).toBeNull();
  });

  it('has empty lists for a workshop that has not run', () => {
    const ws = fixtureWorkspace();
    const session = ws.workshops[0]!;
    Object.assign(session, { notes: [], clusters: [], votes: [], decisions: [], actions: [], participants: [], strategyId: null });
    const record = workshopRecord(ws, FIXTURE_WORKSHOP_ID)!;
    expect(record.attendees).toEqual([]);
    expect(record.strategy).toBeNull();
    expect(record.decisions).toEqual([]);
    expect(record.actions).toEqual([]);
    expect(record.agenda.every((row) => row.notes.length === 0 && row.voteResults.length === 0)).toBe(true);
  });
});
