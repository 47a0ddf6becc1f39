import { describe, expect, it } from 'vitest';
import { SID, applied, codeOf, run, sample, strategyOf, undone } from './testKit';

describe('strategy.implementation.update', () => {
  it('sets the notes and the review cadence', () => {
    const ws = sample();
    const { next, result } = applied(ws, 'strategy.implementation.update', { strategyId: SID, fields: { notes: 'Weekly stand-up.', reviewCadenceWeeks: null } });
    expect(strategyOf(next).implementation).toEqual({ notes: 'Weekly stand-up.', reviewCadenceWeeks: null });
    expect(undone(result)).toEqual(ws);
  });

  it('refuses a fractional cadence, an unknown field and a missing strategy', () => {
    const ws = sample();
    expect(codeOf(run(ws, 'strategy.implementation.update', { strategyId: SID, fields: { reviewCadenceWeeks: 1.5 } }))).toBe('invalid-args');
    expect(codeOf(run(ws, 'strategy.implementation.update', { strategyId: SID, fields: { owner: 'x' } as never }))).toBe('invalid-args');
    expect(codeOf(run(ws, 'strategy.implementation.update', { strategyId: 'str_gone', fields: { notes: '' } }))).toBe('conflict');
  });
});
