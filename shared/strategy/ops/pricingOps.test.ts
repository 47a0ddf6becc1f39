import { describe, expect, it } from 'vitest';
import { SID, applied, codeOf, run, sample, strategyOf, undone } from './testKit';

describe('strategy.pricing.update', () => {
  it('sets the strategy type, costs, discount policy, notes and break-even tier', () => {
    const ws = sample();
    const { next, result } = applied(ws, 'strategy.pricing.update', {
      strategyId: SID, fields: { strategyType: 'penetration', unitVariableCost: null, fixedCosts: 1000, breakEvenTierId: 'tier_1', discountPolicy: 'None', notes: 'n' },
    });
    expect(strategyOf(next).pricing).toMatchObject({ strategyType: 'penetration', unitVariableCost: null, fixedCosts: 1000, breakEvenTierId: 'tier_1', discountPolicy: 'None', notes: 'n' });
    expect(undone(result)).toEqual(ws);
    expect(codeOf(run(ws, 'strategy.pricing.update', { strategyId: SID, fields: { breakEvenTierId: null } }))).toBe('ok');
  });

  it('refuses a break-even tier that is not in the strategy, and bad values', () => {
    const ws = sample();
    expect(codeOf(run(ws, 'strategy.pricing.update', { strategyId: SID, fields: { breakEvenTierId: 'tier_gone' } }))).toBe('conflict');
    expect(codeOf(run(ws, 'strategy.pricing.update', { strategyId: SID, fields: { strategyType: 'cheap' } as never }))).toBe('invalid-args');
    expect(codeOf(run(ws, 'strategy.pricing.update', { strategyId: SID, fields: { tiers: [] } as never }))).toBe('invalid-args');
  });
});

describe('price tiers', () => {
  it('adds and updates a tier; its segment must exist', () => {
    const ws = sample();
    const { next, result } = applied(ws, 'strategy.tier.add', { strategyId: SID, item: { id: 'tier_new', name: 'New tier', price: 0, segmentId: null } });
    expect(strategyOf(next).pricing.tiers.at(-1)).toEqual({ id: 'tier_new', name: 'New tier', price: 0, segmentId: null, includes: '' });
    expect(undone(result)).toEqual(ws);
    const aimed = applied(next, 'strategy.tier.update', { strategyId: SID, id: 'tier_new', fields: { segmentId: 'seg_2', price: 19.9 } });
    expect(strategyOf(aimed.next).pricing.tiers.at(-1)).toMatchObject({ segmentId: 'seg_2', price: 19.9 });
    expect(codeOf(run(next, 'strategy.tier.update', { strategyId: SID, id: 'tier_new', fields: { segmentId: 'seg_gone' } }))).toBe('conflict');
    expect(codeOf(run(next, 'strategy.tier.update', { strategyId: SID, id: 'tier_new', fields: { price: null } as never }))).toBe('invalid-args');
    expect(codeOf(run(next, 'strategy.tier.update', { strategyId: SID, id: 'tier_gone', fields: { price: 1 } }))).toBe('conflict');
  });

  it('removing the break-even tier sends the chart back to the first tier, in the same step', () => {
    const ws = sample();
    expect(strategyOf(ws).pricing.breakEvenTierId).toBe('tier_2');
    const { next, result } = applied(ws, 'strategy.tier.remove', { strategyId: SID, id: 'tier_2' });
    expect(strategyOf(next).pricing.tiers.map((t) => t.id)).toEqual(['tier_1', 'tier_3']);
    expect(strategyOf(next).pricing.breakEvenTierId).toBeNull();
    expect(undone(result)).toEqual(ws);
    const other = applied(ws, 'strategy.tier.remove', { strategyId: SID, id: 'tier_3' });
    expect(strategyOf(other.next).pricing.breakEvenTierId).toBe('tier_2');
  });
});
