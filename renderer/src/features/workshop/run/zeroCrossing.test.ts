import { describe, expect, it } from 'vitest';
import { crossedZero } from './zeroCrossing';

describe('crossedZero', () => {
  it('fires when the same step goes from time left to overrun', () => {
    expect(crossedZero({ itemId: 'a', phase: 'warning' }, { itemId: 'a', phase: 'overrun' })).toBe(true);
    expect(crossedZero({ itemId: 'a', phase: 'normal' }, { itemId: 'a', phase: 'overrun' })).toBe(true);
  });

  it('stays quiet while over, on a step change and without a previous tick', () => {
    expect(crossedZero({ itemId: 'a', phase: 'overrun' }, { itemId: 'a', phase: 'overrun' })).toBe(false);
    expect(crossedZero({ itemId: 'a', phase: 'warning' }, { itemId: 'b', phase: 'overrun' })).toBe(false);
    expect(crossedZero(null, { itemId: 'a', phase: 'overrun' })).toBe(false);
    expect(crossedZero({ itemId: 'a', phase: 'normal' }, { itemId: 'a', phase: 'warning' })).toBe(false);
    expect(crossedZero({ itemId: 'a', phase: 'warning' }, null)).toBe(false);
  });
});
