import { describe, expect, it } from 'vitest';
import { run, runOk, sample } from './testKit';

describe('budget operations', () => {
  it('the first edit of a year makes its entry, in year order; undo removes it', () => {
    const ws = sample();
    const years = ws.budgets.map((b) => b.year);
    const { next, undone } = runOk(ws, 'budget.total.set', { year: 2031, total: 1000 });
    expect(next.budgets.map((b) => b.year)).toEqual([...years, 2031].sort((a, b) => a - b));
    expect(next.budgets.find((b) => b.year === 2031)).toEqual({ year: 2031, total: 1000, byChannel: [], byMonth: [] });
    expect(undone).toEqual(ws);
  });

  it('sets and removes a channel allocation', () => {
    const ws = sample();
    const set = runOk(ws, 'budget.channel.set', { year: 2031, channel: 'retail', amount: 250 });
    expect(set.next.budgets.find((b) => b.year === 2031)!.byChannel).toEqual([{ channel: 'retail', amount: 250 }]);
    expect(set.undone).toEqual(ws);
    const removed = runOk(set.next, 'budget.channel.set', { year: 2031, channel: 'retail', amount: null });
    expect(removed.next.budgets.find((b) => b.year === 2031)!.byChannel).toEqual([]);
    expect(removed.undone).toEqual(set.next);
  });

  it('sets a month, filling the year with twelve amounts', () => {
    const ws = sample();
    const { next, undone } = runOk(ws, 'budget.month.set', { year: 2031, month: 3, amount: 500 });
    expect(next.budgets.find((b) => b.year === 2031)!.byMonth).toEqual([0, 0, 500, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(undone).toEqual(ws);
  });

  it('refuses negative money, month 13 and years out of range', () => {
    const ws = sample();
    expect(run(ws, 'budget.total.set', { year: 2031, total: -1 })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(ws, 'budget.month.set', { year: 2031, month: 13, amount: 1 })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(ws, 'budget.channel.set', { year: 1999, channel: 'retail', amount: 1 })).toMatchObject({ ok: false, code: 'invalid-args' });
    expect(run(ws, 'budget.channel.set', { year: 2031, channel: 'tv', amount: 1 })).toMatchObject({ ok: false, code: 'invalid-args' });
  });
});
