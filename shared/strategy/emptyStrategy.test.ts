import { describe, expect, it } from 'vitest';
import { strategy } from '../schema/strategy';
import { emptyStrategy } from './emptyStrategy';

describe('emptyStrategy', () => {
  it('is a valid strategy with every block empty', () => {
    const blank = emptyStrategy({ id: 'str_new', name: 'New', currency: 'CNY', createdAt: '2026-11-25T08:00:00.000Z' });
    expect(strategy.parse(blank)).toEqual(blank);
    expect(blank.research.competitors).toEqual([]);
    expect(blank.pricing.strategyType).toBeNull();
  });
});
