import { describe, expect, it } from 'vitest';
import { SID, applied, codeOf, run, sample, strategyOf, undone } from './testKit';

describe('positioning notes and statement', () => {
  it('sets the notes', () => {
    const ws = sample();
    const { next, result } = applied(ws, 'strategy.positioning.update', { strategyId: SID, fields: { notes: 'Quiet.' } });
    expect(strategyOf(next).positioning.notes).toBe('Quiet.');
    expect(undone(result)).toEqual(ws);
  });

  it('sets one part of the statement and touches nothing else', () => {
    const ws = sample();
    const { next, result } = applied(ws, 'strategy.statement.update', { strategyId: SID, fields: { benefit: 'boils quietly' } });
    expect(strategyOf(next).positioning.statement).toEqual({ ...strategyOf(ws).positioning.statement, benefit: 'boils quietly' });
    expect(result.changes.map((c) => c.path)).toEqual([['strategies', { id: SID }, 'positioning', 'statement', 'benefit']]);
    expect(undone(result)).toEqual(ws);
    expect(codeOf(run(ws, 'strategy.statement.update', { strategyId: SID, fields: { slogan: 'x' } as never }))).toBe('invalid-args');
    expect(codeOf(run(ws, 'strategy.statement.update', { strategyId: SID, fields: { benefit: 'x'.repeat(201) } }))).toBe('invalid-args');
    expect(codeOf(run(ws, 'strategy.statement.update', { strategyId: 'str_gone', fields: { benefit: 'x' } }))).toBe('conflict');
  });
});

describe('differentiation points', () => {
  it('adds, updates and removes a point; its competitor must exist', () => {
    const ws = sample();
    const added = applied(ws, 'strategy.differentiation.add', { strategyId: SID, item: { id: 'dif_new', text: '', competitorId: null } });
    expect(strategyOf(added.next).positioning.differentiationPoints.at(-1)).toEqual({ id: 'dif_new', text: '', competitorId: null });
    expect(undone(added.result)).toEqual(ws);
    const against = applied(added.next, 'strategy.differentiation.update', { strategyId: SID, id: 'dif_new', fields: { text: 'Quieter', competitorId: 'cpt_2' } });
    expect(strategyOf(against.next).positioning.differentiationPoints.at(-1)).toEqual({ id: 'dif_new', text: 'Quieter', competitorId: 'cpt_2' });
    expect(codeOf(run(added.next, 'strategy.differentiation.update', { strategyId: SID, id: 'dif_new', fields: { competitorId: 'cpt_gone' } }))).toBe('conflict');
    const removed = applied(against.next, 'strategy.differentiation.remove', { strategyId: SID, id: 'dif_new' });
    expect(removed.next.strategies).toEqual(ws.strategies);
    expect(undone(removed.result)).toEqual(against.next);
    expect(codeOf(run(ws, 'strategy.differentiation.remove', { strategyId: SID, id: 'dif_gone' }))).toBe('conflict');
  });
});

describe('the perceptual map', () => {
  it('names an axis end', () => {
    const ws = sample();
    const { next, result } = applied(ws, 'strategy.mapAxis.update', { strategyId: SID, axis: 'yAxis', fields: { high: 'Very quiet' } });
    expect(strategyOf(next).positioning.map.yAxis).toEqual({ ...strategyOf(ws).positioning.map.yAxis, high: 'Very quiet' });
    expect(undone(result)).toEqual(ws);
    expect(codeOf(run(ws, 'strategy.mapAxis.update', { strategyId: SID, axis: 'zAxis', fields: { high: 'x' } } as never))).toBe('invalid-args');
  });

  it('moves a placed point, keeping the other coordinate', () => {
    const ws = sample();
    const { next, result } = applied(ws, 'strategy.mapPoint.place', { strategyId: SID, competitorId: null, pointId: 'pt_unused', x: 4 });
    expect(strategyOf(next).positioning.map.points.find((p) => p.kind === 'own')).toMatchObject({ id: 'pt_own', x: 4, y: 8.5 });
    expect(strategyOf(next).positioning.map.points).toHaveLength(strategyOf(ws).positioning.map.points.length);
    expect(undone(result)).toEqual(ws);
  });

  it('places an unplaced competitor at the centre, labelled with its name; our point gets a blank label', () => {
    const ws = sample();
    const off = applied(ws, 'strategy.mapPoint.unplace', { strategyId: SID, competitorId: 'cpt_2' });
    expect(strategyOf(off.next).positioning.map.points.some((p) => p.competitorId === 'cpt_2')).toBe(false);
    expect(undone(off.result)).toEqual(ws);
    const back = applied(off.next, 'strategy.mapPoint.place', { strategyId: SID, competitorId: 'cpt_2', pointId: 'pt_new', y: 1 });
    const name = strategyOf(ws).research.competitors.find((c) => c.id === 'cpt_2')!.name;
    expect(strategyOf(back.next).positioning.map.points.at(-1)).toEqual({ id: 'pt_new', kind: 'competitor', competitorId: 'cpt_2', label: name, x: 5, y: 1 });

    const noOwn = applied(ws, 'strategy.mapPoint.unplace', { strategyId: SID, competitorId: null }).next;
    const own = applied(noOwn, 'strategy.mapPoint.place', { strategyId: SID, competitorId: null, pointId: 'pt_own2' }).next;
    expect(strategyOf(own).positioning.map.points.at(-1)).toEqual({ id: 'pt_own2', kind: 'own', competitorId: null, label: '', x: 5, y: 5 });
  });

  it('refuses a competitor that is gone, a coordinate off the map and a used point id', () => {
    const ws = sample();
    expect(codeOf(run(ws, 'strategy.mapPoint.place', { strategyId: SID, competitorId: 'cpt_gone', pointId: 'pt_x', x: 1 }))).toBe('conflict');
    expect(codeOf(run(ws, 'strategy.mapPoint.place', { strategyId: SID, competitorId: 'cpt_1', pointId: 'pt_x', x: 11 }))).toBe('invalid-args');
    const off = applied(ws, 'strategy.mapPoint.unplace', { strategyId: SID, competitorId: 'cpt_2' }).next;
    expect(codeOf(run(off, 'strategy.mapPoint.place', { strategyId: SID, competitorId: 'cpt_2', pointId: 'pt_1' }))).toBe('refused');
  });

  it('renames our point by id', () => {
    const ws = sample();
    const { next, result } = applied(ws, 'strategy.mapPoint.update', { strategyId: SID, id: 'pt_own', fields: { label: 'Our kettle' } });
    expect(strategyOf(next).positioning.map.points.find((p) => p.id === 'pt_own')!.label).toBe('Our kettle');
    expect(undone(result)).toEqual(ws);
    expect(codeOf(run(ws, 'strategy.mapPoint.update', { strategyId: SID, id: 'pt_gone', fields: { label: 'x' } }))).toBe('conflict');
    expect(codeOf(run(ws, 'strategy.mapPoint.update', { strategyId: SID, id: 'pt_own', fields: { kind: 'competitor' } as never }))).toBe('invalid-args');
  });
});
