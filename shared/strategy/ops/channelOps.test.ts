import { describe, expect, it } from 'vitest';
import { SID, applied, codeOf, run, sample, strategyOf, undone } from './testKit';

describe('channels', () => {
  it('sets the block notes', () => {
    const ws = sample();
    const { next, result } = applied(ws, 'strategy.channels.update', { strategyId: SID, fields: { notes: 'Online first.' } });
    expect(strategyOf(next).channels.notes).toBe('Online first.');
    expect(undone(result)).toEqual(ws);
  });

  it('adds, updates and removes a channel', () => {
    const ws = sample();
    const added = applied(ws, 'strategy.channel.add', {
      strategyId: SID, item: { id: 'chn_new', type: 'online-store', name: 'New channel', role: '', costPercent: null, targetSharePercent: null, owner: '' },
    });
    expect(strategyOf(added.next).channels.items.at(-1)!.id).toBe('chn_new');
    expect(undone(added.result)).toEqual(ws);
    const shared = applied(added.next, 'strategy.channel.update', { strategyId: SID, id: 'chn_new', fields: { targetSharePercent: 12.5, type: 'retail' } });
    expect(strategyOf(shared.next).channels.items.at(-1)).toMatchObject({ targetSharePercent: 12.5, type: 'retail', name: 'New channel' });
    const removed = applied(shared.next, 'strategy.channel.remove', { strategyId: SID, id: 'chn_new' });
    expect(removed.next.strategies).toEqual(ws.strategies);
    expect(undone(removed.result)).toEqual(shared.next);
  });

  it('refuses bad values and names that are gone', () => {
    const ws = sample();
    expect(codeOf(run(ws, 'strategy.channel.update', { strategyId: SID, id: 'chn_1', fields: { costPercent: 101 } }))).toBe('invalid-args');
    expect(codeOf(run(ws, 'strategy.channel.update', { strategyId: SID, id: 'chn_1', fields: { name: '' } }))).toBe('invalid-args');
    expect(codeOf(run(ws, 'strategy.channel.update', { strategyId: SID, id: 'chn_gone', fields: { owner: 'x' } }))).toBe('conflict');
    expect(codeOf(run(ws, 'strategy.channel.remove', { strategyId: 'str_gone', id: 'chn_1' }))).toBe('conflict');
    expect(codeOf(run(ws, 'strategy.channel.add', { strategyId: SID, item: { id: 'chn_x', type: 'retail', name: 'X', costPercent: null, targetSharePercent: null, extra: 1 } } as never))).toBe('invalid-args');
    expect(codeOf(run(ws, 'strategy.channel.update', { strategyId: SID, id: 'chn_1', fields: {} }))).toBe('ok');
    expect(codeOf(run(ws, 'strategy.channel.add', { strategyId: SID, item: { id: 'chn_1', type: 'retail', name: 'Dup', costPercent: null, targetSharePercent: null } }))).toBe('refused');
  });
});
