import { describe, expect, it } from 'vitest';
import type { Change } from '../ops/changeSet';
import { runOperation } from '../ops/runOperation';
import { createSampleWorkspace } from '../samplePlan/samplePlan';
import { workspace as workspaceSchema } from '../schema/workspace';
import { workshopCampaignId } from './actions';
import { set } from './ops/testKit';

/**
 * The app changes a workshop with named operations (shared/workshop/ops), each applied to an immer
 * draft of the frozen workspace, with its inverse kept for undo. This runs a whole workshop that
 * way, one operation per user action, and undoes every step back to the start.
 */
const T0 = Date.parse('2026-07-08T09:00:00.000Z');
const at = (s: number) => new Date(T0 + s * 1000).toISOString();

describe('on immer drafts, as operations', () => {
  it('runs a workshop operation by operation, and undo restores the start', () => {
    const start = createSampleWorkspace('en', new Date('2026-03-01T09:00:00Z'));
    let ws = start;
    const undo: Change[][] = [];
    const run = (op: string, args: Record<string, unknown>, seconds = 0) => {
      const result = runOperation(set, ws, { op, args: { workshopId: 'wsh_q3', ...args }, at: at(seconds) });
      if (!result.ok) throw new Error(`${op}: ${result.en}`);
      ws = result.workspace;
      undo.push(result.inverse);
    };

    run('workshop.participant.add', { participantId: 'ppl_9', name: 'Guest' });
    run('workshop.clock.start', {}, 0);
    run('workshop.note.add', { noteId: 'n1', agendaItemId: 'agd_1', text: 'Buyers want quiet kettles', participantId: 'ppl_1' }, 10);
    run('workshop.note.add', { noteId: 'n2', agendaItemId: 'agd_1', text: 'Gifting peaks in Q4', participantId: 'ppl_2' }, 20);
    run('workshop.note.add', { noteId: 'n3', agendaItemId: 'agd_1', text: 'Drop me', participantId: null }, 25);
    run('workshop.note.group', { noteIds: ['n1', 'n2'], clusterId: 'c1', title: '' });
    run('workshop.vote.cast', { participantId: 'ppl_1', noteId: 'n1', voteId: 'v1' });
    run('workshop.vote.cast', { participantId: 'ppl_9', noteId: 'n3', voteId: 'v2' });
    run('workshop.vote.withdraw', { participantId: 'ppl_9', noteId: 'n3' });
    run('workshop.note.remove', { noteIds: ['n3'] });
    run('workshop.note.promote', {
      source: { clusterId: 'c1' }, target: 'research-finding', text: 'Buyers want quiet kettles; Gifting peaks in Q4', strategyId: 'str_kettle', itemId: 'fnd_w', decisionId: 'dec_w',
    }, 60);
    run('workshop.action.add', { actionId: 'ac1', activityId: 'act_1', title: 'Survey', owner: 'Mia', dueDate: '2026-07-20', campaignId: null, campaignLabel: 'Workshop actions' });
    run('workshop.action.add', { actionId: 'ac2', activityId: 'act_2', title: 'Brief', owner: '', dueDate: '2026-08-20', campaignId: null, campaignLabel: 'Workshop actions' });
    run('workshop.action.update', { actionId: 'ac1', activityId: 'unused', fields: { campaignId: 'cmp_loyalty' }, campaignLabel: 'Workshop actions' });
    run('workshop.action.remove', { actionId: 'ac2' });
    run('workshop.clock.pause', {}, 90);
    run('workshop.clock.next', {}, 120);
    run('workshop.agenda.move', { itemId: 'agd_6', direction: 'up' });
    run('workshop.agenda.remove', { itemId: 'agd_4' });

    const s = ws.workshops[0]!;
    expect(s.participants.at(-1)).toEqual({ id: 'ppl_9', name: 'Guest', color: 'orange' });
    expect(s.notes.map((n) => [n.id, n.clusterId])).toEqual([['n1', 'c1'], ['n2', 'c1']]);
    expect(s.votes).toEqual([{ id: 'v1', participantId: 'ppl_1', noteId: 'n1' }]);
    expect(ws.strategies[0]!.research.findings.at(-1)).toMatchObject({ id: 'fnd_w', text: 'Buyers want quiet kettles; Gifting peaks in Q4' });
    expect(s.actions.map((a) => [a.id, a.campaignId])).toEqual([['ac1', 'cmp_loyalty']]);
    expect(ws.campaigns.some((c) => c.id === workshopCampaignId('wsh_q3'))).toBe(false);
    expect(s.agenda[0]).toMatchObject({ actualSeconds: 90, endedAt: at(120) });
    expect(s.run.currentItemId).toBe('agd_2');
    expect(s.agenda.map((i) => i.id)).toEqual(['agd_1', 'agd_2', 'agd_3', 'agd_6', 'agd_5']);
    expect(Object.isFrozen(s)).toBe(true);
    expect(workspaceSchema.safeParse(ws).success).toBe(true);

    for (const inverse of undo.reverse()) {
      const result = runOperation(set, ws, { op: 'history.restore', args: { changes: inverse }, at: at(200) });
      if (!result.ok) throw new Error(result.en);
      ws = result.workspace;
    }
    expect(ws).toEqual(start);
  });
});
