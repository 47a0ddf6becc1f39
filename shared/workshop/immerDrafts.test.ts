import { applyPatches, enablePatches, produceWithPatches, type Draft } from 'immer';
import { describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../samplePlan/samplePlan';
import { workspace as workspaceSchema, type Workspace } from '../schema/workspace';
import { addAction, removeAction, updateAction, workshopCampaignId } from './actions';
import { addParticipant, moveAgendaItem, removeAgendaItem } from './agenda';
import { nextStep, pauseClock, startWorkshop } from './clock';
import { addNote, groupNotes, removeNote } from './notes';
import { promote } from './promotion';
import { castVote, withdrawVote } from './votes';

/**
 * The app calls these functions inside `edit(draft => …)`: an immer recipe on a frozen workspace,
 * with patches for undo. This runs a whole workshop that way, one edit per user action.
 */
enablePatches();
const T0 = new Date('2026-07-08T09:00:00.000Z');
const at = (s: number) => new Date(T0.getTime() + s * 1000);

describe('on immer drafts', () => {
  it('runs a workshop edit by edit, and undo restores the start', () => {
    const start = createSampleWorkspace('en', new Date('2026-03-01T09:00:00Z'));
    let ws = start;
    const undo: Parameters<typeof applyPatches>[1][] = [];
    const edit = (recipe: (draft: Draft<Workspace>) => void) => {
      const [next, , inverse] = produceWithPatches(ws, recipe);
      ws = next;
      undo.push(inverse);
    };
    const w = (d: Draft<Workspace>) => d.workshops[0]!;

    edit((d) => addParticipant(w(d), { id: 'ppl_9', name: 'Guest' }));
    edit((d) => startWorkshop(w(d), T0));
    edit((d) => { addNote(w(d), { id: 'n1', agendaItemId: 'agd_1', text: 'Buyers want quiet kettles', participantId: 'ppl_1', now: at(10) }); });
    edit((d) => { addNote(w(d), { id: 'n2', agendaItemId: 'agd_1', text: 'Gifting peaks in Q4', participantId: 'ppl_2', now: at(20) }); });
    edit((d) => { addNote(w(d), { id: 'n3', agendaItemId: 'agd_1', text: 'Drop me', participantId: null, now: at(25) }); });
    edit((d) => groupNotes(w(d), ['n1', 'n2'], { id: 'c1', title: '' }));
    edit((d) => { castVote(w(d), 'ppl_1', 'n1', 'v1'); });
    edit((d) => { castVote(w(d), 'ppl_9', 'n3', 'v2'); });
    edit((d) => { withdrawVote(w(d), 'ppl_9', 'n3'); });
    edit((d) => removeNote(w(d), 'n3'));
    edit((d) => { promote(d, 'wsh_q3', { clusterId: 'c1' }, 'research-finding', { itemId: 'fnd_w', decisionId: 'dec_w' }, at(60)); });
    edit((d) => { addAction(d, 'wsh_q3', { id: 'ac1', title: 'Survey', owner: 'Mia', dueDate: '2026-07-20', campaignId: null }, { activityId: 'act_1', campaignId: 'x' }, 'Workshop actions'); });
    edit((d) => { addAction(d, 'wsh_q3', { id: 'ac2', title: 'Brief', owner: '', dueDate: '2026-08-20', campaignId: null }, { activityId: 'act_2', campaignId: 'x' }, 'Workshop actions'); });
    edit((d) => { updateAction(d, 'wsh_q3', 'ac1', { campaignId: 'cmp_loyalty' }, 'Workshop actions', { activityId: 'unused', campaignId: 'x' }); });
    edit((d) => removeAction(d, 'wsh_q3', 'ac2'));
    edit((d) => pauseClock(w(d), at(90)));
    edit((d) => { nextStep(w(d), at(120)); });
    edit((d) => moveAgendaItem(w(d), 'agd_6', -1));
    edit((d) => removeAgendaItem(w(d), 'agd_4'));

    const s = ws.workshops[0]!;
    expect(s.participants.at(-1)).toEqual({ id: 'ppl_9', name: 'Guest', color: 'orange' });
    expect(s.notes.map((n) => [n.id, n.clusterId])).toEqual([['n1', 'c1'], ['n2', 'c1']]);
    expect(s.votes).toEqual([{ id: 'v1', participantId: 'ppl_1', noteId: 'n1' }]);
    expect(ws.strategies[0]!.research.findings.at(-1)).toMatchObject({ id: 'fnd_w', text: 'Buyers want quiet kettles; Gifting peaks in Q4' });
    expect(s.actions.map((a) => [a.id, a.campaignId])).toEqual([['ac1', 'cmp_loyalty']]);
    expect(ws.campaigns.some((c) => c.id === workshopCampaignId('wsh_q3'))).toBe(false);
    expect(s.agenda[0]).toMatchObject({ actualSeconds: 90, endedAt: at(120).toISOString() });
    expect(s.run.currentItemId).toBe('agd_2');
    expect(s.agenda.map((i) => i.id)).toEqual(['agd_1', 'agd_2', 'agd_3', 'agd_6', 'agd_5']);
    expect(Object.isFrozen(s)).toBe(true);
    expect(workspaceSchema.safeParse(ws).success).toBe(true);

    for (const inverse of undo.reverse()) ws = applyPatches(ws, inverse);
    expect(ws).toEqual(start);
  });
});
