import { describe, expect, it } from 'vitest';
import { AT, SID, applied, codeOf, run, sample, strategyOf, undone } from './testKit';

describe('strategy.create', () => {
  it('adds a blank canvas at the end, in the workspace currency, stamped with the call time', () => {
    const ws = sample();
    const { next, result } = applied(ws, 'strategy.create', { id: 'str_new', name: 'New strategy' });
    const created = next.strategies.at(-1)!;
    expect(created).toMatchObject({ id: 'str_new', name: 'New strategy', currency: ws.settings.currency, createdAt: AT, product: '' });
    expect(created.research.sources).toEqual([]);
    expect(undone(result)).toEqual(ws);
  });

  it('takes a currency when given, and refuses a used id or a blank name', () => {
    const ws = sample();
    expect(strategyOf(applied(ws, 'strategy.create', { id: 'str_usd', name: 'US', currency: 'USD' }).next, 'str_usd').currency).toBe('USD');
    expect(codeOf(run(ws, 'strategy.create', { id: SID, name: 'Again' }))).toBe('refused');
    expect(codeOf(run(ws, 'strategy.create', { id: 'str_x', name: '  ' }))).toBe('invalid-args');
    expect(codeOf(run(ws, 'strategy.create', { id: 'str_x', name: 'X', currency: 'usd' }))).toBe('invalid-args');
  });
});

describe('strategy.duplicate', () => {
  it('copies the whole canvas under the new id and name, without campaign links', () => {
    const ws = sample();
    const { next, result } = applied(ws, 'strategy.duplicate', { sourceId: SID, id: 'str_copy', name: 'Copy of Kettle' });
    const copy = strategyOf(next, 'str_copy');
    const source = strategyOf(ws);
    expect(copy).toMatchObject({ id: 'str_copy', name: 'Copy of Kettle', createdAt: AT });
    expect(copy.research).toEqual(source.research);
    expect(copy.promotion.items.every((item) => item.campaignIds.length === 0)).toBe(true);
    expect(source.promotion.items.some((item) => item.campaignIds.length > 0)).toBe(true);
    expect(next.campaigns).toBe(ws.campaigns);
    expect(undone(result)).toEqual(ws);
  });

  it('refuses a missing source (conflict) or a used id', () => {
    const ws = sample();
    expect(codeOf(run(ws, 'strategy.duplicate', { sourceId: 'str_gone', id: 'str_copy', name: 'Copy' }))).toBe('conflict');
    expect(codeOf(run(ws, 'strategy.duplicate', { sourceId: SID, id: SID, name: 'Copy' }))).toBe('refused');
  });
});

describe('strategy.remove', () => {
  it('removes the strategy and unlinks its campaigns (strategy and promotion item), in one undoable step', () => {
    const ws = sample();
    const linked = ws.campaigns.filter((campaign) => campaign.strategyId === SID).map((campaign) => campaign.id);
    expect(linked.length).toBeGreaterThan(0);
    const { next, result } = applied(ws, 'strategy.remove', { id: SID });
    expect(next.strategies.some((candidate) => candidate.id === SID)).toBe(false);
    for (const id of linked) expect(next.campaigns.find((campaign) => campaign.id === id)).toMatchObject({ strategyId: null, promotionItemId: null });
    expect(next.campaigns).toHaveLength(ws.campaigns.length);
    expect(undone(result)).toEqual(ws);
  });

  it('leaves workshops, their decisions and documents naming the strategy as they are', () => {
    const ws = sample();
    const { next } = applied(ws, 'strategy.remove', { id: SID });
    expect(next.workshops).toBe(ws.workshops);
    expect(next.documents).toBe(ws.documents);
  });

  it('gives a conflict when the strategy is gone, and refuses bad args', () => {
    const ws = sample();
    expect(codeOf(run(ws, 'strategy.remove', { id: 'str_gone' }))).toBe('conflict');
    expect(codeOf(run(ws, 'strategy.remove', { id: SID, extra: 1 } as never))).toBe('invalid-args');
  });
});

describe('strategy.update', () => {
  it('changes the header fields named and nothing else', () => {
    const ws = sample();
    const { next, result } = applied(ws, 'strategy.update', { strategyId: SID, fields: { name: 'Kettle 2027', currency: 'EUR' } });
    expect(strategyOf(next)).toEqual({ ...strategyOf(ws), name: 'Kettle 2027', currency: 'EUR' });
    expect(result.changes.map((change) => change.path)).toEqual([
      ['strategies', { id: SID }, 'name'],
      ['strategies', { id: SID }, 'currency'],
    ]);
    expect(undone(result)).toEqual(ws);
  });

  it('is no change when the value is the same', () => {
    const ws = sample();
    const result = run(ws, 'strategy.update', { strategyId: SID, fields: { name: strategyOf(ws).name } });
    expect(result.ok && result.changes).toEqual([]);
  });

  it('refuses a blank name, an unknown field, and a missing strategy', () => {
    const ws = sample();
    expect(codeOf(run(ws, 'strategy.update', { strategyId: SID, fields: { name: '' } }))).toBe('invalid-args');
    expect(codeOf(run(ws, 'strategy.update', { strategyId: SID, fields: { createdAt: AT } as never }))).toBe('invalid-args');
    expect(codeOf(run(ws, 'strategy.update', { strategyId: 'str_gone', fields: { name: 'X' } }))).toBe('conflict');
  });
});
