import { describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../samplePlan/samplePlan';
import { canvasBlockKey } from '../schema/workshop';
import { workspace as workspaceSchema, type Workspace } from '../schema/workspace';
import { addNote, groupNotes } from './notes';
import { defaultTarget, promote, promotionText, splitNameAndDescription, workshopOrigin } from './promotion';

const NOW = new Date('2026-07-08T10:15:00.000Z');

/** The sample workspace: workshop wsh_q3 (date 2026-07-08) feeds strategy str_kettle. */
function sample(): Workspace {
  const ws = createSampleWorkspace('en', new Date('2026-03-01T09:00:00Z'));
  const s = ws.workshops[0]!;
  addNote(s, { id: 'n1', agendaItemId: 'agd_2', text: 'Young renters\nFirst flat, small kitchen, price-sensitive', participantId: 'ppl_1', now: NOW });
  addNote(s, { id: 'n2', agendaItemId: 'agd_2', text: 'Tea lovers', participantId: 'ppl_2', now: NOW });
  addNote(s, { id: 'n3', agendaItemId: 'agd_2', text: 'Gift buyers', participantId: 'ppl_3', now: NOW });
  addNote(s, { id: 'blank', agendaItemId: 'agd_2', text: '   ', participantId: null, now: NOW });
  groupNotes(s, ['n2', 'n3'], { id: 'c1', title: '' });
  return ws;
}

const strategy = (ws: Workspace) => ws.strategies.find((s) => s.id === 'str_kettle')!;
const ids = (n: number) => ({ itemId: `item_${n}`, decisionId: `dec_${n}` });

function expectValid(ws: Workspace) {
  const parsed = workspaceSchema.safeParse(ws);
  expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
}

describe('defaultTarget', () => {
  it('maps every canvas block to a target', () => {
    expect(Object.fromEntries(canvasBlockKey.options.map((block) => [block, defaultTarget(block)]))).toEqual({
      research: 'research-finding', targetMarket: 'segment', positioning: 'differentiation-point',
      pricing: 'differentiation-point', channels: 'channel', promotion: 'promotion-item', implementation: 'promotion-item',
    });
  });
});

describe('promotionText', () => {
  it('is the note text, or the cluster title, else its notes joined', () => {
    const ws = sample();
    const s = ws.workshops[0]!;
    expect(promotionText(s, { noteId: 'n2' })).toBe('Tea lovers');
    expect(promotionText(s, { clusterId: 'c1' })).toBe('Tea lovers; Gift buyers');
    s.clusters[0]!.title = 'Enthusiasts';
    expect(promotionText(s, { clusterId: 'c1' })).toBe('Enthusiasts');
    expect(promotionText(s, { noteId: 'nope' })).toBe('');
  });
});

describe('splitNameAndDescription', () => {
  it('takes the first non-blank line as the name', () => {
    expect(splitNameAndDescription('\n  Renters \nsmall kitchens\nlow budget')).toEqual({ name: 'Renters', description: 'small kitchens\nlow budget' });
    expect(splitNameAndDescription('Just a name')).toEqual({ name: 'Just a name', description: '' });
  });
  it('cuts a long first line at 200 characters and keeps the whole text as description', () => {
    const long = 'w'.repeat(250);
    const result = splitNameAndDescription(long);
    expect(result.name).toHaveLength(200);
    expect(result.description).toBe(long);
  });
});

describe('promote', () => {
  it('turns a note into a segment: name from the first line, the rest as description', () => {
    const ws = sample();
    const before = strategy(ws).targetMarket.segments.length;
    const result = promote(ws, 'wsh_q3', { noteId: 'n1' }, 'segment', ids(1), NOW);
    expect(result).toEqual({
      ok: true,
      decision: {
        id: 'dec_1', text: 'Young renters\nFirst flat, small kitchen, price-sensitive', target: 'segment', strategyId: 'str_kettle',
        itemId: 'item_1', noteIds: ['n1'], clusterId: null, agendaItemId: 'agd_2', decidedAt: NOW.toISOString(),
      },
    });
    const segments = strategy(ws).targetMarket.segments;
    expect(segments).toHaveLength(before + 1);
    expect(segments.at(-1)).toEqual({
      id: 'item_1', name: 'Young renters', description: 'First flat, small kitchen, price-sensitive',
      sizeEstimate: null, sizeUnit: 'customers', growthPercent: null, attractiveness: 3, chosen: false,
    });
    expect(ws.workshops[0]!.decisions).toEqual([result.ok && result.decision]);
    expectValid(ws);
  });

  it('turns a cluster into a research finding dated on the workshop day', () => {
    const ws = sample();
    const result = promote(ws, 'wsh_q3', { clusterId: 'c1' }, 'research-finding', ids(2), NOW);
    expect(result.ok && result.decision).toMatchObject({ text: 'Tea lovers; Gift buyers', noteIds: ['n2', 'n3'], clusterId: 'c1', agendaItemId: 'agd_2' });
    expect(strategy(ws).research.findings.at(-1)).toEqual({
      id: 'item_2', text: 'Tea lovers; Gift buyers', date: '2026-07-08', confidence: 'medium', sourceId: null,
    });
    expectValid(ws);
  });

  it('uses the wording decided in the room when given, leaving the note as written', () => {
    const ws = sample();
    const result = promote(ws, 'wsh_q3', { noteId: 'n2' }, 'differentiation-point', ids(4), NOW, '  Loved by tea drinkers ');
    expect(result.ok && result.decision.text).toBe('Loved by tea drinkers');
    expect(strategy(ws).positioning.differentiationPoints.at(-1)!.text).toBe('Loved by tea drinkers');
    expect(ws.workshops[0]!.notes.find((n) => n.id === 'n2')!.text).toBe('Tea lovers');
  });

  it('adds a differentiation point', () => {
    const ws = sample();
    promote(ws, 'wsh_q3', { noteId: 'n2' }, 'differentiation-point', ids(3), NOW);
    expect(strategy(ws).positioning.differentiationPoints.at(-1)).toEqual({ id: 'item_3', text: 'Tea lovers', competitorId: null });
    expectValid(ws);
  });

  it('adds a channel named by the first line', () => {
    const ws = sample();
    promote(ws, 'wsh_q3', { noteId: 'n1' }, 'channel', ids(4), NOW);
    expect(strategy(ws).channels.items.at(-1)).toEqual({
      id: 'item_4', type: 'online-store', name: 'Young renters', role: '', costPercent: null, targetSharePercent: null, owner: '',
    });
    expectValid(ws);
  });

  it('adds a promotion item with the text as objective', () => {
    const ws = sample();
    ws.workshops[0]!.clusters[0]!.title = 'Tasting events';
    promote(ws, 'wsh_q3', { clusterId: 'c1' }, 'promotion-item', ids(5), NOW);
    expect(strategy(ws).promotion.items.at(-1)).toEqual({
      id: 'item_5', type: 'advertising', objective: 'Tasting events', keyMessage: '', budget: null, kpi: '', campaignIds: [],
    });
    expectValid(ws);
  });

  it('keeps a very long cluster text within the field limits', () => {
    const ws = sample();
    const s = ws.workshops[0]!;
    for (let i = 0; i < 30; i++) addNote(s, { id: `long${i}`, agendaItemId: 'agd_3', text: 'z'.repeat(100), participantId: null, now: NOW });
    groupNotes(s, s.notes.filter((n) => n.id.startsWith('long')).map((n) => n.id), { id: 'c_long', title: '' });
    for (const target of ['segment', 'channel', 'research-finding', 'differentiation-point', 'promotion-item'] as const) {
      expect(promote(ws, 'wsh_q3', { clusterId: 'c_long' }, target, { itemId: `it_${target}`, decisionId: `d_${target}` }, NOW).ok).toBe(true);
    }
    expect(strategy(ws).targetMarket.segments.at(-1)!.name).toHaveLength(200);
    expectValid(ws);
  });

  it('refuses without a strategy, an unknown source or blank text, changing nothing', () => {
    const ws = sample();
    const snapshot = JSON.stringify(ws);
    expect(promote(ws, 'wsh_q3', { noteId: 'blank' }, 'segment', ids(6), NOW)).toEqual({ ok: false, reason: 'empty-text' });
    expect(promote(ws, 'wsh_q3', { noteId: 'nope' }, 'segment', ids(6), NOW)).toEqual({ ok: false, reason: 'unknown-source' });
    expect(promote(ws, 'wsh_q3', { clusterId: 'nope' }, 'segment', ids(6), NOW)).toEqual({ ok: false, reason: 'unknown-source' });
    expect(promote(ws, 'wsh_nope', { noteId: 'n1' }, 'segment', ids(6), NOW)).toEqual({ ok: false, reason: 'unknown-source' });
    expect(JSON.stringify(ws)).toBe(snapshot);
    ws.workshops[0]!.strategyId = null;
    expect(promote(ws, 'wsh_q3', { noteId: 'n1' }, 'segment', ids(6), NOW)).toEqual({ ok: false, reason: 'no-strategy' });
    ws.workshops[0]!.strategyId = 'str_deleted';
    expect(promote(ws, 'wsh_q3', { noteId: 'n1' }, 'segment', ids(6), NOW)).toEqual({ ok: false, reason: 'no-strategy' });
    expect(ws.workshops[0]!.decisions).toEqual([]);
  });
});

describe('workshopOrigin', () => {
  it('finds the workshop decision that created a canvas item', () => {
    const ws = sample();
    promote(ws, 'wsh_q3', { noteId: 'n2' }, 'differentiation-point', ids(7), NOW);
    expect(workshopOrigin(ws, 'item_7')).toEqual({
      workshopId: 'wsh_q3', workshopTitle: 'Q3 strategy review workshop', date: '2026-07-08', decisionId: 'dec_7',
    });
    expect(workshopOrigin(ws, 'dif_1')).toBeNull();
  });
});
