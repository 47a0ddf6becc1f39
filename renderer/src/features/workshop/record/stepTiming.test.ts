import { describe, expect, it } from 'vitest';
import { stepTiming, totalActualSeconds } from './stepTiming';

describe('stepTiming', () => {
  it('says a step that has not run is not run', () => {
    expect(stepTiming(20, null)).toEqual({ kind: 'not-run' });
  });
  it('measures an overrun beyond the timebox', () => {
    expect(stepTiming(20, 23 * 60 + 15)).toEqual({ kind: 'over', actualMs: 1_395_000, differenceMs: 195_000 });
  });
  it('measures time left unused', () => {
    expect(stepTiming(20, 18 * 60 + 40)).toEqual({ kind: 'under', actualMs: 1_120_000, differenceMs: -80_000 });
  });
  it('is on time only to the second, like the record', () => {
    expect(stepTiming(20, 20 * 60)).toEqual({ kind: 'on-time', actualMs: 1_200_000, differenceMs: 0 });
    expect(stepTiming(20, 20 * 60 + 1).kind).toBe('over');
    expect(stepTiming(20, 20 * 60 - 1).kind).toBe('under');
  });
});

describe('totalActualSeconds', () => {
  it('adds the steps that ran and ignores the rest', () => {
    expect(totalActualSeconds([{ actualSeconds: 60 }, { actualSeconds: null }, { actualSeconds: 90 }])).toBe(150);
  });
  it('is null before any step ran', () => {
    expect(totalActualSeconds([{ actualSeconds: null }])).toBeNull();
  });
});
