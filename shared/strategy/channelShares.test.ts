import { describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../samplePlan/samplePlan';
import { channelShareCheck } from './channelShares';

const shares = (...values: Array<number | null>) => values.map((targetSharePercent) => ({ targetSharePercent }));

describe('channelShareCheck', () => {
  it('is empty without channels', () => {
    expect(channelShareCheck([])).toEqual({ total: 0, state: 'empty', unset: 0 });
  });

  it('is empty when no channel has a share yet', () => {
    expect(channelShareCheck(shares(null, null, null))).toEqual({ total: 0, state: 'empty', unset: 3 });
  });

  it('is ok at exactly 100', () => {
    expect(channelShareCheck(shares(60, 40))).toEqual({ total: 100, state: 'ok', unset: 0 });
    expect(channelShareCheck(shares(100))).toEqual({ total: 100, state: 'ok', unset: 0 });
  });

  it('rounds away float noise: 33.3 + 33.3 + 33.4 is exactly 100', () => {
    expect(channelShareCheck(shares(33.3, 33.3, 33.4))).toEqual({ total: 100, state: 'ok', unset: 0 });
    // Same shares, other order: the raw sum really is off, so the rounding is what makes it 100.
    expect(33.4 + 33.3 + 33.3).toBe(99.99999999999999);
    expect(channelShareCheck(shares(33.4, 33.3, 33.3))).toEqual({ total: 100, state: 'ok', unset: 0 });
    // 0.1 + 0.2 is 0.30000000000000004 in floating point.
    expect(channelShareCheck(shares(0.1, 0.2, 99.7))).toEqual({ total: 100, state: 'ok', unset: 0 });
    expect(channelShareCheck(shares(0.1, 0.2)).total).toBe(0.3);
  });

  it('allows one hundredth either way, inclusive', () => {
    expect(channelShareCheck(shares(33.33, 33.33, 33.33))).toEqual({ total: 99.99, state: 'ok', unset: 0 });
    expect(channelShareCheck(shares(50, 50.01))).toEqual({ total: 100.01, state: 'ok', unset: 0 });
    expect(channelShareCheck(shares(50, 49.99))).toEqual({ total: 99.99, state: 'ok', unset: 0 });
  });

  it('is under or over just past the tolerance', () => {
    expect(channelShareCheck(shares(50, 49.98))).toEqual({ total: 99.98, state: 'under', unset: 0 });
    expect(channelShareCheck(shares(50, 50.02))).toEqual({ total: 100.02, state: 'over', unset: 0 });
  });

  it('rounds the total to two decimals', () => {
    expect(channelShareCheck(shares(33.333, 33.333))).toEqual({ total: 66.67, state: 'under', unset: 0 });
    expect(channelShareCheck(shares(33.333, 33.333, 33.333)).state).toBe('ok'); // 99.999 -> 100
  });

  it('counts unset channels next to set ones', () => {
    expect(channelShareCheck(shares(70, null, 30, null))).toEqual({ total: 100, state: 'ok', unset: 2 });
    expect(channelShareCheck(shares(40, null))).toEqual({ total: 40, state: 'under', unset: 1 });
  });

  it('treats shares of 0 as set', () => {
    expect(channelShareCheck(shares(0))).toEqual({ total: 0, state: 'under', unset: 0 });
    expect(channelShareCheck(shares(0, 0, 100))).toEqual({ total: 100, state: 'ok', unset: 0 });
  });

  it('is over for huge shares and does not overflow into NaN', () => {
    expect(channelShareCheck(shares(1e15, 1))).toEqual({ total: 1e15 + 1, state: 'over', unset: 0 });
    expect(channelShareCheck(shares(Number.MAX_VALUE))).toEqual({ total: Number.POSITIVE_INFINITY, state: 'over', unset: 0 });
    expect(channelShareCheck(shares(Number.MAX_VALUE, Number.MAX_VALUE)).state).toBe('over');
  });

  it('counts a non-finite share (outside the schema) as unset', () => {
    expect(channelShareCheck(shares(Number.NaN, 100))).toEqual({ total: 100, state: 'ok', unset: 1 });
    expect(channelShareCheck(shares(Number.NaN))).toEqual({ total: 0, state: 'empty', unset: 1 });
  });

  it('is ok for the sample plan (30 + 35 + 15 + 15 + 5)', () => {
    const { channels } = createSampleWorkspace('en', new Date('2026-01-15T09:00:00Z')).strategies[0]!;
    expect(channelShareCheck(channels.items)).toEqual({ total: 100, state: 'ok', unset: 0 });
  });
});
