import { describe, expect, it } from 'vitest';
import { SID, applied, codeOf, run, sample, strategyOf, undone } from './testKit';

describe('strategy.research.update', () => {
  it('sets the notes', () => {
    const ws = sample();
    const { next, result } = applied(ws, 'strategy.research.update', { strategyId: SID, fields: { notes: 'Ask the retailers.' } });
    expect(strategyOf(next).research.notes).toBe('Ask the retailers.');
    expect(undone(result)).toEqual(ws);
    expect(codeOf(run(ws, 'strategy.research.update', { strategyId: SID, fields: { sources: [] } as never }))).toBe('invalid-args');
  });
});

describe('research sources', () => {
  it('adds a source with the caller’s id, filling the optional fields in', () => {
    const ws = sample();
    const { next, result } = applied(ws, 'strategy.source.add', { strategyId: SID, item: { id: 'src_new', title: 'New source', date: null, confidence: 'medium' } });
    expect(strategyOf(next).research.sources.at(-1)).toEqual({ id: 'src_new', title: 'New source', url: '', date: null, confidence: 'medium', notes: '' });
    expect(undone(result)).toEqual(ws);
    expect(codeOf(run(ws, 'strategy.source.add', { strategyId: SID, item: { id: 'src_1', title: 'Again', date: null, confidence: 'medium' } }))).toBe('refused');
    expect(codeOf(run(ws, 'strategy.source.add', { strategyId: 'str_gone', item: { id: 'src_x', title: 'X', date: null, confidence: 'medium' } }))).toBe('conflict');
  });

  it('updates only the named fields (no defaults filled in) of the source named by id', () => {
    const ws = sample();
    const before = strategyOf(ws).research.sources.find((s) => s.id === 'src_2')!;
    const { next, result } = applied(ws, 'strategy.source.update', { strategyId: SID, id: 'src_2', fields: { url: 'https://example.com', confidence: 'high' } });
    expect(strategyOf(next).research.sources.find((s) => s.id === 'src_2')).toEqual({ ...before, url: 'https://example.com', confidence: 'high' });
    expect(result.changes).toHaveLength(2);
    expect(undone(result)).toEqual(ws);
    expect(codeOf(run(ws, 'strategy.source.update', { strategyId: SID, id: 'src_2', fields: { title: ' ' } }))).toBe('invalid-args');
    expect(codeOf(run(ws, 'strategy.source.update', { strategyId: SID, id: 'src_2', fields: { date: '2026-02-30' } }))).toBe('invalid-args');
    expect(codeOf(run(ws, 'strategy.source.update', { strategyId: SID, id: 'src_gone', fields: { url: 'x' } }))).toBe('conflict');
  });

  it('removing a source leaves the findings that cited it citing nothing', () => {
    const ws = sample();
    expect(strategyOf(ws).research.findings.find((f) => f.id === 'fnd_1')!.sourceId).toBe('src_1');
    const { next, result } = applied(ws, 'strategy.source.remove', { strategyId: SID, id: 'src_1' });
    expect(strategyOf(next).research.sources.map((s) => s.id)).toEqual(['src_2', 'src_3']);
    expect(strategyOf(next).research.findings.find((f) => f.id === 'fnd_1')!.sourceId).toBeNull();
    expect(strategyOf(next).research.findings.find((f) => f.id === 'fnd_2')!.sourceId).toBe('src_2');
    expect(undone(result)).toEqual(ws);
    expect(codeOf(run(next, 'strategy.source.remove', { strategyId: SID, id: 'src_1' }))).toBe('conflict');
  });
});

describe('research findings', () => {
  it('adds, edits (typing into the text) and removes a finding', () => {
    const ws = sample();
    const added = applied(ws, 'strategy.finding.add', { strategyId: SID, item: { id: 'fnd_new', text: '', date: null, confidence: 'medium', sourceId: null } });
    expect(strategyOf(added.next).research.findings.at(-1)!.id).toBe('fnd_new');
    expect(undone(added.result)).toEqual(ws);

    const typed = applied(added.next, 'strategy.finding.update', { strategyId: SID, id: 'fnd_new', fields: { text: 'Buyers want quiet kettles' } });
    expect(typed.result.changes.map((c) => c.path)).toEqual([['strategies', { id: SID }, 'research', 'findings', { id: 'fnd_new' }, 'text']]);
    expect(undone(typed.result)).toEqual(added.next);

    const removed = applied(typed.next, 'strategy.finding.remove', { strategyId: SID, id: 'fnd_new' });
    expect(strategyOf(removed.next).research.findings.some((f) => f.id === 'fnd_new')).toBe(false);
    expect(undone(removed.result)).toEqual(typed.next);
  });

  it('refuses a source that is not in the strategy', () => {
    const ws = sample();
    expect(codeOf(run(ws, 'strategy.finding.update', { strategyId: SID, id: 'fnd_1', fields: { sourceId: 'src_2' } }))).toBe('ok');
    expect(codeOf(run(ws, 'strategy.finding.update', { strategyId: SID, id: 'fnd_1', fields: { sourceId: 'src_gone' } }))).toBe('conflict');
    expect(codeOf(run(ws, 'strategy.finding.update', { strategyId: SID, id: 'fnd_1', fields: { confidence: 'sure' } as never }))).toBe('invalid-args');
    expect(codeOf(run(ws, 'strategy.finding.add', { strategyId: SID, item: { id: 'fnd_x', text: '', date: null, confidence: 'low', sourceId: 'src_gone' } }))).toBe('conflict');
  });

  it('removing a finding a workshop decision created leaves the decision as it is (undo brings the item back)', () => {
    const ws = sample();
    ws.workshops[0]!.decisions.push({
      id: 'dec_1', text: 'Buyers want quiet kettles', target: 'research-finding', strategyId: SID, itemId: 'fnd_2',
      noteIds: [], clusterId: null, agendaItemId: null, decidedAt: '2026-03-01T10:00:00.000Z',
    });
    const { next, result } = applied(ws, 'strategy.finding.remove', { strategyId: SID, id: 'fnd_2' });
    expect(next.workshops).toBe(ws.workshops);
    expect(undone(result)).toEqual(ws);
  });
});

describe('competitors', () => {
  it('adds and updates a competitor', () => {
    const ws = sample();
    const { next, result } = applied(ws, 'strategy.competitor.add', { strategyId: SID, item: { id: 'cpt_new', name: 'New competitor', priceLevel: 'mid', price: null } });
    expect(strategyOf(next).research.competitors.at(-1)).toEqual({ id: 'cpt_new', name: 'New competitor', website: '', priceLevel: 'mid', price: null, strengths: '', weaknesses: '' });
    expect(undone(result)).toEqual(ws);
    const priced = applied(next, 'strategy.competitor.update', { strategyId: SID, id: 'cpt_new', fields: { price: 299, priceLevel: 'low' } });
    expect(strategyOf(priced.next).research.competitors.at(-1)).toMatchObject({ price: 299, priceLevel: 'low', name: 'New competitor' });
    expect(codeOf(run(ws, 'strategy.competitor.update', { strategyId: SID, id: 'cpt_1', fields: { price: -1 } }))).toBe('invalid-args');
    expect(codeOf(run(ws, 'strategy.competitor.update', { strategyId: SID, id: 'cpt_gone', fields: { price: 1 } }))).toBe('conflict');
  });

  it('removing a competitor takes it off the map and out of the differentiation points, in one step', () => {
    const ws = sample();
    const s = strategyOf(ws);
    expect(s.positioning.map.points.some((p) => p.competitorId === 'cpt_1')).toBe(true);
    expect(s.positioning.differentiationPoints.find((p) => p.id === 'dif_1')!.competitorId).toBe('cpt_1');
    const { next, result } = applied(ws, 'strategy.competitor.remove', { strategyId: SID, id: 'cpt_1' });
    const after = strategyOf(next);
    expect(after.research.competitors.map((c) => c.id)).toEqual(['cpt_2', 'cpt_3']);
    expect(after.positioning.map.points.map((p) => p.id)).toEqual(['pt_own', 'pt_2', 'pt_3']);
    expect(after.positioning.differentiationPoints.find((p) => p.id === 'dif_1')!.competitorId).toBeNull();
    expect(undone(result)).toEqual(ws);
  });
});
