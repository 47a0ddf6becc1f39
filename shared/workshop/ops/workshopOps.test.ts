import { describe, expect, it } from 'vitest';
import { STRATEGY_STEPS } from '../agenda';
import { apply, applyAndUndo, at, expectRefused, sample, T0, W, workshop } from './testKit';

const agenda = STRATEGY_STEPS.map((step, index) => ({ id: `agd_n${index}`, step, title: `Step ${index + 1}` }));
const create = { workshopId: 'wsh_new', title: 'Pricing day', date: '2026-09-01', facilitator: 'Ann', strategyId: 'str_kettle', agenda };

describe('workshop.create / workshop.remove', () => {
  it('plans a workshop with the agenda sent, stamped with the time of the call, and undo takes it away', () => {
    const ws = applyAndUndo(sample(), 'workshop.create', create, at(5));
    const created = workshop(ws, 'wsh_new');
    expect(created).toMatchObject({ title: 'Pricing day', status: 'planned', strategyId: 'str_kettle', votesPerParticipant: 3, createdAt: at(5) });
    expect(created.agenda.map((item) => [item.id, item.step, item.title, item.minutes])).toEqual([
      ['agd_n0', 'research', 'Step 1', 20], ['agd_n1', 'target-market', 'Step 2', 30], ['agd_n2', 'positioning', 'Step 3', 40],
      ['agd_n3', 'price-channel', 'Step 4', 30], ['agd_n4', 'promotion', 'Step 5', 30], ['agd_n5', 'implementation', 'Step 6', 20],
    ]);
  });

  it('refuses bad arguments, a used id, a strategy that is gone and duplicate step ids', () => {
    expectRefused(sample(), 'workshop.create', { ...create, title: '  ' }, 'invalid-args');
    expectRefused(sample(), 'workshop.create', { ...create, date: '2026-02-30' }, 'invalid-args');
    expectRefused(sample(), 'workshop.create', { ...create, extra: 1 }, 'invalid-args');
    expectRefused(sample(), 'workshop.create', { ...create, workshopId: W }, 'refused');
    expectRefused(sample(), 'workshop.create', { ...create, strategyId: 'str_gone' }, 'conflict');
    expectRefused(sample(), 'workshop.create', { ...create, agenda: [agenda[0], agenda[0]] }, 'refused');
  });

  it('removes a workshop (its calendar tasks stay), and undo brings it back', () => {
    let ws = apply(sample(), 'workshop.action.add', {
      workshopId: W, actionId: 'wac_1', activityId: 'act_1', title: 'Survey', owner: '', dueDate: '2026-07-20', campaignId: 'cmp_loyalty', campaignLabel: 'Workshop actions',
    });
    ws = applyAndUndo(ws, 'workshop.remove', { workshopId: W });
    expect(ws.workshops).toEqual([]);
    expect(ws.campaigns.find((c) => c.id === 'cmp_loyalty')!.activities.some((a) => a.id === 'act_1')).toBe(true);
    expectRefused(ws, 'workshop.remove', { workshopId: W }, 'conflict');
  });
});

describe('workshop.update', () => {
  it('changes only the fields given', () => {
    const ws = applyAndUndo(sample(), 'workshop.update', { workshopId: W, fields: { title: 'Renamed', votesPerParticipant: 5 } });
    expect(workshop(ws)).toMatchObject({ title: 'Renamed', votesPerParticipant: 5, facilitator: 'Anna Zhou', date: '2026-07-08' });
    const unlinked = applyAndUndo(sample(), 'workshop.update', { workshopId: W, fields: { strategyId: null, date: '2026-07-09', facilitator: '' } });
    expect(workshop(unlinked)).toMatchObject({ strategyId: null, date: '2026-07-09', facilitator: '' });
  });

  it('refuses bad values, an unknown field, a strategy that is gone and a workshop that is gone', () => {
    expectRefused(sample(), 'workshop.update', { workshopId: W, fields: { votesPerParticipant: 0 } }, 'invalid-args');
    expectRefused(sample(), 'workshop.update', { workshopId: W, fields: { status: 'ended' } }, 'invalid-args');
    expectRefused(sample(), 'workshop.update', { workshopId: W, fields: { title: '' } }, 'invalid-args');
    expectRefused(sample(), 'workshop.update', { workshopId: W, fields: { strategyId: 'str_gone' } }, 'conflict');
    expectRefused(sample(), 'workshop.update', { workshopId: 'wsh_gone', fields: { title: 'x' } }, 'conflict');
  });
});

describe('workshop.participant.*', () => {
  it('adds with the next free colour, renames, recolours and removes (dots go, notes stay as the room’s)', () => {
    let ws = applyAndUndo(sample(), 'workshop.participant.add', { workshopId: W, participantId: 'ppl_9', name: 'Guest' });
    expect(workshop(ws).participants.at(-1)).toEqual({ id: 'ppl_9', name: 'Guest', color: 'orange' });
    ws = applyAndUndo(ws, 'workshop.participant.update', { workshopId: W, participantId: 'ppl_9', fields: { name: 'Visitor', color: 'purple' } });
    expect(workshop(ws).participants.at(-1)).toEqual({ id: 'ppl_9', name: 'Visitor', color: 'purple' });
    ws = apply(ws, 'workshop.note.add', { workshopId: W, noteId: 'n1', agendaItemId: 'agd_1', text: 'Idea', participantId: 'ppl_9' }, T0);
    ws = apply(ws, 'workshop.vote.cast', { workshopId: W, voteId: 'v1', participantId: 'ppl_9', noteId: 'n1' });
    ws = applyAndUndo(ws, 'workshop.participant.remove', { workshopId: W, participantId: 'ppl_9' });
    expect(workshop(ws).participants.map((p) => p.id)).toEqual(['ppl_1', 'ppl_2', 'ppl_3', 'ppl_4']);
    expect(workshop(ws).votes).toEqual([]);
    expect(workshop(ws).notes[0]).toMatchObject({ id: 'n1', participantId: null, color: 'purple' });
  });

  it('refuses a blank name, a used id and a participant that is gone', () => {
    expectRefused(sample(), 'workshop.participant.add', { workshopId: W, participantId: 'ppl_9', name: ' ' }, 'invalid-args');
    expectRefused(sample(), 'workshop.participant.add', { workshopId: W, participantId: 'ppl_1', name: 'Again' }, 'refused');
    expectRefused(sample(), 'workshop.participant.update', { workshopId: W, participantId: 'ppl_1', fields: { color: 'black' } }, 'invalid-args');
    expectRefused(sample(), 'workshop.participant.update', { workshopId: W, participantId: 'ppl_x', fields: { name: 'x' } }, 'conflict');
    expectRefused(sample(), 'workshop.participant.remove', { workshopId: W, participantId: 'ppl_x' }, 'conflict');
  });
});
