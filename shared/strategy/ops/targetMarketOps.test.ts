import { describe, expect, it } from 'vitest';
import { SID, applied, codeOf, run, sample, strategyOf, undone } from './testKit';

const newSegment = { id: 'seg_new', name: 'New segment', sizeEstimate: null, sizeUnit: 'customers', growthPercent: null, attractiveness: 3, chosen: false } as const;

describe('strategy.targetMarket.update and strategy.marketSize.update', () => {
  it('sets the notes and any of TAM / SAM / SOM / unit', () => {
    const ws = sample();
    const notes = applied(ws, 'strategy.targetMarket.update', { strategyId: SID, fields: { notes: 'Focus on cities.' } });
    expect(strategyOf(notes.next).targetMarket.notes).toBe('Focus on cities.');
    expect(undone(notes.result)).toEqual(ws);
    const before = strategyOf(ws).targetMarket.marketSize;
    const size = applied(ws, 'strategy.marketSize.update', { strategyId: SID, fields: { sam: null, unit: 'units' } });
    expect(strategyOf(size.next).targetMarket.marketSize).toEqual({ ...before, sam: null, unit: 'units' });
    expect(undone(size.result)).toEqual(ws);
    expect(codeOf(run(ws, 'strategy.marketSize.update', { strategyId: SID, fields: { tam: -5 } }))).toBe('invalid-args');
    expect(codeOf(run(ws, 'strategy.marketSize.update', { strategyId: 'str_gone', fields: { tam: 5 } }))).toBe('conflict');
  });
});

describe('segments', () => {
  it('adds, updates and refuses bad values', () => {
    const ws = sample();
    const { next, result } = applied(ws, 'strategy.segment.add', { strategyId: SID, item: newSegment });
    expect(strategyOf(next).targetMarket.segments.at(-1)).toEqual({ ...newSegment, description: '' });
    expect(undone(result)).toEqual(ws);
    const chosen = applied(next, 'strategy.segment.update', { strategyId: SID, id: 'seg_new', fields: { chosen: true, attractiveness: 5 } });
    expect(strategyOf(chosen.next).targetMarket.segments.at(-1)).toMatchObject({ chosen: true, attractiveness: 5 });
    expect(codeOf(run(next, 'strategy.segment.update', { strategyId: SID, id: 'seg_new', fields: { attractiveness: 6 } }))).toBe('invalid-args');
    expect(codeOf(run(next, 'strategy.segment.update', { strategyId: SID, id: 'seg_gone', fields: { chosen: true } }))).toBe('conflict');
  });

  it('removing a segment leaves the price tiers aimed at it aimed at no segment', () => {
    const ws = sample();
    const aimed = strategyOf(ws).pricing.tiers.filter((t) => t.segmentId === 'seg_1').map((t) => t.id);
    expect(aimed.length).toBeGreaterThan(0);
    const { next, result } = applied(ws, 'strategy.segment.remove', { strategyId: SID, id: 'seg_1' });
    expect(strategyOf(next).targetMarket.segments.some((s) => s.id === 'seg_1')).toBe(false);
    for (const id of aimed) expect(strategyOf(next).pricing.tiers.find((t) => t.id === id)!.segmentId).toBeNull();
    expect(undone(result)).toEqual(ws);
  });
});

describe('personas', () => {
  it('adds, updates and removes a persona', () => {
    const ws = sample();
    const added = applied(ws, 'strategy.persona.add', { strategyId: SID, item: { id: 'per_new', name: 'New persona' } });
    expect(strategyOf(added.next).targetMarket.personas.at(-1)).toEqual({ id: 'per_new', name: 'New persona', role: '', goals: '', pains: '', buyingCriteria: '', channels: '' });
    const named = applied(added.next, 'strategy.persona.update', { strategyId: SID, id: 'per_new', fields: { pains: 'Limescale' } });
    expect(strategyOf(named.next).targetMarket.personas.at(-1)!.pains).toBe('Limescale');
    const removed = applied(named.next, 'strategy.persona.remove', { strategyId: SID, id: 'per_new' });
    expect(removed.next.strategies).toEqual(ws.strategies);
    expect(undone(removed.result)).toEqual(named.next);
    expect(codeOf(run(ws, 'strategy.persona.remove', { strategyId: SID, id: 'per_gone' }))).toBe('conflict');
    expect(codeOf(run(ws, 'strategy.persona.add', { strategyId: SID, item: { id: 'bad id', name: 'X' } }))).toBe('invalid-args');
  });
});
