import { describe, expect, it } from 'vitest';
import { createSampleWorkspace } from '../samplePlan/samplePlan';
import { breakEven, breakEvenSeries, breakEvenTier, type BreakEvenOk, type BreakEvenResult } from './breakEven';

const NOW = new Date('2026-01-15T09:00:00Z');

function ok(result: BreakEvenResult): BreakEvenOk {
  if (result.kind !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result;
}

describe('breakEven', () => {
  it('reports every missing input, in field order', () => {
    expect(breakEven({ price: null, unitVariableCost: null, fixedCosts: null })).toEqual({
      kind: 'incomplete', missing: ['price', 'unitVariableCost', 'fixedCosts'],
    });
    expect(breakEven({ price: null, unitVariableCost: 5, fixedCosts: 100 })).toEqual({ kind: 'incomplete', missing: ['price'] });
    expect(breakEven({ price: 10, unitVariableCost: null, fixedCosts: 100 })).toEqual({ kind: 'incomplete', missing: ['unitVariableCost'] });
    expect(breakEven({ price: 10, unitVariableCost: 5, fixedCosts: null })).toEqual({ kind: 'incomplete', missing: ['fixedCosts'] });
    expect(breakEven({ price: null, unitVariableCost: 5, fixedCosts: null })).toEqual({ kind: 'incomplete', missing: ['price', 'fixedCosts'] });
  });

  it('treats NaN like a missing value', () => {
    expect(breakEven({ price: Number.NaN, unitVariableCost: 5, fixedCosts: Number.NaN })).toEqual({
      kind: 'incomplete', missing: ['price', 'fixedCosts'],
    });
  });

  it('treats 0 as a value, not as missing', () => {
    expect(breakEven({ price: 10, unitVariableCost: 0, fixedCosts: 0 })).toEqual({
      kind: 'ok', price: 10, unitVariableCost: 0, fixedCosts: 0, contributionPerUnit: 10, units: 0, revenue: 0,
    });
  });

  it('computes units and revenue for an exact division', () => {
    expect(breakEven({ price: 10, unitVariableCost: 6, fixedCosts: 1000 })).toEqual({
      kind: 'ok', price: 10, unitVariableCost: 6, fixedCosts: 1000, contributionPerUnit: 4, units: 250, revenue: 2500,
    });
  });

  it('rounds units up to whole units', () => {
    const result = ok(breakEven({ price: 10, unitVariableCost: 6, fixedCosts: 1001 }));
    expect(result.units).toBe(251);
    expect(result.revenue).toBe(2510);
    expect(ok(breakEven({ price: 3, unitVariableCost: 0, fixedCosts: 1 })).units).toBe(1);
  });

  it('gives 0 units and 0 revenue when there are no fixed costs', () => {
    const result = ok(breakEven({ price: 49.99, unitVariableCost: 20, fixedCosts: 0 }));
    expect(Object.is(result.units, 0)).toBe(true);
    expect(Object.is(result.revenue, 0)).toBe(true);
  });

  describe('float noise', () => {
    it('snaps quotients within 1e-9 of a whole number to it', () => {
      // The raw arithmetic really is off: a plain ceil would ask for one unit too many.
      expect(100 / (0.3 - 0.1)).toBe(500.00000000000006);
      expect(Math.ceil(100 / (0.3 - 0.1))).toBe(501);
      expect(ok(breakEven({ price: 0.3, unitVariableCost: 0.1, fixedCosts: 100 })).units).toBe(500);
      expect(Math.ceil(1000 / (0.3 - 0.2))).toBe(10001);
      expect(ok(breakEven({ price: 0.3, unitVariableCost: 0.2, fixedCosts: 1000 })).units).toBe(10000);
      expect(ok(breakEven({ price: 0.3, unitVariableCost: 0.1, fixedCosts: 1000 })).units).toBe(5000);
      // Noise below the integer must not be rounded down to one unit less either.
      expect(30 / (0.4 - 0.1)).toBe(99.99999999999999);
      expect(ok(breakEven({ price: 0.4, unitVariableCost: 0.1, fixedCosts: 30 })).units).toBe(100);
    });

    it('still rounds up a real fraction of a unit', () => {
      expect(ok(breakEven({ price: 2, unitVariableCost: 1, fixedCosts: 1000.01 })).units).toBe(1001);
      expect(ok(breakEven({ price: 2, unitVariableCost: 1, fixedCosts: 1_000_000.01 })).units).toBe(1_000_001);
    });

    it('uses a relative tolerance: 0.0001 of a unit in a million is noise', () => {
      expect(ok(breakEven({ price: 2, unitVariableCost: 1, fixedCosts: 1_000_000.0001 })).units).toBe(1_000_000);
    });

    it('does not snap a tiny positive quotient down to 0 units', () => {
      const result = ok(breakEven({ price: 1_000_000, unitVariableCost: 0, fixedCosts: 0.01 }));
      expect(result.units).toBe(1);
      expect(result.revenue).toBe(1_000_000);
    });

    it('treats a contribution of a few ULPs as no margin at all', () => {
      expect(breakEven({ price: 0.1 + 0.2, unitVariableCost: 0.3, fixedCosts: 1000 })).toEqual({
        kind: 'no-break-even', price: 0.30000000000000004, unitVariableCost: 0.3,
      });
      expect(breakEven({ price: 0.3, unitVariableCost: 0.1 + 0.2, fixedCosts: 1000 }).kind).toBe('no-break-even');
    });

    it('keeps a real margin of 1 on a price of 1e15', () => {
      const result = ok(breakEven({ price: 1e15 + 1, unitVariableCost: 1e15, fixedCosts: 5000 }));
      expect(result.contributionPerUnit).toBe(1);
      expect(result.units).toBe(5000);
    });
  });

  describe('no break-even', () => {
    it('when the price equals the unit variable cost', () => {
      expect(breakEven({ price: 25, unitVariableCost: 25, fixedCosts: 1000 })).toEqual({ kind: 'no-break-even', price: 25, unitVariableCost: 25 });
    });

    it('when the price is below the unit variable cost', () => {
      expect(breakEven({ price: 20, unitVariableCost: 25, fixedCosts: 1000 })).toEqual({ kind: 'no-break-even', price: 20, unitVariableCost: 25 });
    });

    it('when everything is 0 (a free product with no costs has no margin)', () => {
      expect(breakEven({ price: 0, unitVariableCost: 0, fixedCosts: 0 })).toEqual({ kind: 'no-break-even', price: 0, unitVariableCost: 0 });
    });

    it('for a free product', () => {
      expect(breakEven({ price: 0, unitVariableCost: 3, fixedCosts: 0 }).kind).toBe('no-break-even');
    });
  });

  describe('huge numbers', () => {
    it('handles 1e15', () => {
      expect(breakEven({ price: 1e15, unitVariableCost: 0, fixedCosts: 1e15 })).toEqual({
        kind: 'ok', price: 1e15, unitVariableCost: 0, fixedCosts: 1e15, contributionPerUnit: 1e15, units: 1, revenue: 1e15,
      });
      const many = ok(breakEven({ price: 3, unitVariableCost: 1, fixedCosts: 1e15 }));
      expect(many.units).toBe(5e14);
      expect(many.revenue).toBe(1.5e15);
    });

    it('accepts units up to Number.MAX_SAFE_INTEGER', () => {
      const result = ok(breakEven({ price: 2, unitVariableCost: 1, fixedCosts: Number.MAX_SAFE_INTEGER }));
      expect(result.units).toBe(Number.MAX_SAFE_INTEGER);
      expect(result.revenue).toBe(Number.MAX_SAFE_INTEGER * 2);
    });

    it('is out of range past Number.MAX_SAFE_INTEGER units', () => {
      expect(breakEven({ price: 2, unitVariableCost: 1, fixedCosts: 2 ** 53 })).toEqual({
        kind: 'out-of-range', price: 2, unitVariableCost: 1, fixedCosts: 2 ** 53,
      });
      expect(breakEven({ price: 2, unitVariableCost: 1, fixedCosts: 1e16 }).kind).toBe('out-of-range');
      expect(breakEven({ price: 2, unitVariableCost: 1, fixedCosts: Number.MAX_VALUE }).kind).toBe('out-of-range');
    });

    it('is out of range when units overflow to Infinity', () => {
      expect(breakEven({ price: 1e-300, unitVariableCost: 0, fixedCosts: 1e300 }).kind).toBe('out-of-range');
    });

    it('is out of range when the revenue overflows', () => {
      // 2 units (MAX_VALUE / 1e308 = 1.797…) at 1e308 each is Infinity.
      expect(breakEven({ price: 1e308, unitVariableCost: 0, fixedCosts: Number.MAX_VALUE })).toEqual({
        kind: 'out-of-range', price: 1e308, unitVariableCost: 0, fixedCosts: Number.MAX_VALUE,
      });
    });

    it('is ok at Number.MAX_VALUE when nothing overflows', () => {
      const result = ok(breakEven({ price: Number.MAX_VALUE, unitVariableCost: 0, fixedCosts: Number.MAX_VALUE }));
      expect(result.units).toBe(1);
      expect(result.revenue).toBe(Number.MAX_VALUE);
    });

    it('is out of range for infinite inputs', () => {
      expect(breakEven({ price: Number.POSITIVE_INFINITY, unitVariableCost: 0, fixedCosts: 10 }).kind).toBe('out-of-range');
      expect(breakEven({ price: 10, unitVariableCost: Number.POSITIVE_INFINITY, fixedCosts: 10 }).kind).toBe('out-of-range');
      expect(breakEven({ price: 10, unitVariableCost: 1, fixedCosts: Number.POSITIVE_INFINITY }).kind).toBe('out-of-range');
    });

    it('is out of range when the contribution itself overflows (negative cost, outside the schema)', () => {
      expect(breakEven({ price: Number.MAX_VALUE, unitVariableCost: -Number.MAX_VALUE, fixedCosts: 1 }).kind).toBe('out-of-range');
    });
  });

  it('breaks even at once for negative fixed costs (outside the schema), without a -0', () => {
    const result = ok(breakEven({ price: 10, unitVariableCost: 5, fixedCosts: -2 }));
    expect(Object.is(result.units, 0)).toBe(true);
    expect(Object.is(ok(breakEven({ price: 10, unitVariableCost: 5, fixedCosts: -1000 })).units, 0)).toBe(true);
  });

  describe('on the sample plan (tier_2)', () => {
    it('en: 270,000 / (75 - 32) = 6279.07 -> 6,280 units, 471,000 revenue', () => {
      const { pricing } = createSampleWorkspace('en', NOW).strategies[0]!;
      const tier = breakEvenTier(pricing)!;
      expect(tier.id).toBe('tier_2');
      expect(breakEven({ price: tier.price, unitVariableCost: pricing.unitVariableCost, fixedCosts: pricing.fixedCosts })).toEqual({
        kind: 'ok', price: 75, unitVariableCost: 32, fixedCosts: 270_000, contributionPerUnit: 43, units: 6280, revenue: 471_000,
      });
    });

    it('zh-CN: 1,800,000 / (499 - 210) = 6228.37 -> 6,229 units, 3,108,271 revenue', () => {
      const { pricing } = createSampleWorkspace('zh-CN', NOW).strategies[0]!;
      const tier = breakEvenTier(pricing)!;
      expect(breakEven({ price: tier.price, unitVariableCost: pricing.unitVariableCost, fixedCosts: pricing.fixedCosts })).toEqual({
        kind: 'ok', price: 499, unitVariableCost: 210, fixedCosts: 1_800_000, contributionPerUnit: 289, units: 6229, revenue: 3_108_271,
      });
    });
  });
});

describe('breakEvenSeries', () => {
  const at = (price: number, unitVariableCost: number, fixedCosts: number) => ok(breakEven({ price, unitVariableCost, fixedCosts }));

  it('spans 0 to twice the break-even in 11 whole-unit steps by default (sample en)', () => {
    const series = breakEvenSeries(at(75, 32, 270_000));
    // span 12,560, step ceil(12,560 / 10) = 1,256; 6,280 is the 6th grid point already.
    expect(series.units).toEqual([0, 1256, 2512, 3768, 5024, 6280, 7536, 8792, 10048, 11304, 12560]);
    expect(series.revenue[5]).toBe(471_000);
    expect(series.totalCost[5]).toBe(270_000 + 6280 * 32);
    expect(series.revenue[0]).toBe(0);
    expect(series.totalCost[0]).toBe(270_000);
    expect(series.revenue[10]).toBe(942_000);
    expect(series.totalCost[10]).toBe(671_920);
  });

  it('inserts the break-even when it falls between grid points (sample zh-CN)', () => {
    const series = breakEvenSeries(at(499, 210, 1_800_000));
    // span 12,458, step ceil(1,245.8) = 1,246; 6,229 lies between 4,984 and 6,230.
    expect(series.units).toEqual([0, 1246, 2492, 3738, 4984, 6229, 6230, 7476, 8722, 9968, 11214, 12460]);
    const i = series.units.indexOf(6229);
    expect(series.revenue[i]).toBe(3_108_271);
    expect(series.totalCost[i]).toBe(1_800_000 + 6229 * 210);
    // The line crosses exactly there: cost above revenue one grid point before, not after.
    expect(series.revenue[i]!).toBeGreaterThanOrEqual(series.totalCost[i]!);
    expect(series.revenue[i - 1]!).toBeLessThan(series.totalCost[i - 1]!);
  });

  it('keeps the three arrays the same length and every unit whole and ascending', () => {
    const series = breakEvenSeries(at(499, 210, 1_800_000), 7);
    expect(series.revenue).toHaveLength(series.units.length);
    expect(series.totalCost).toHaveLength(series.units.length);
    for (const [i, x] of series.units.entries()) {
      expect(Number.isInteger(x)).toBe(true);
      if (i > 0) expect(x).toBeGreaterThan(series.units[i - 1]!);
    }
  });

  it('uses at least 10 units of span for a break-even at 0', () => {
    const series = breakEvenSeries(at(10, 4, 0));
    expect(series.units).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(series.revenue).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(series.totalCost).toEqual([0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40]);
  });

  it('uses at least 10 units of span for a small break-even', () => {
    expect(breakEvenSeries(at(10, 5, 15)).units).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('rounds the step up to a whole unit and still includes the break-even', () => {
    // 7 units: span 14, step ceil(1.4) = 2, grid 0..20, 7 inserted.
    expect(breakEvenSeries(at(2, 1, 7)).units).toEqual([0, 2, 4, 6, 7, 8, 10, 12, 14, 16, 18, 20]);
  });

  it('honours the number of points', () => {
    expect(breakEvenSeries(at(10, 6, 1000), 5).units).toEqual([0, 125, 250, 375, 500]);
    expect(breakEvenSeries(at(10, 6, 1000), 2).units).toEqual([0, 250, 500]);
    expect(breakEvenSeries(at(10, 6, 1000), 3).units).toEqual([0, 250, 500]);
  });

  it('floors fractional point counts and clamps them to 2..1000; non-finite means the default', () => {
    const result = at(10, 6, 1000);
    expect(breakEvenSeries(result, 5.9).units).toEqual([0, 125, 250, 375, 500]);
    expect(breakEvenSeries(result, 1).units).toEqual([0, 250, 500]);
    expect(breakEvenSeries(result, 0).units).toEqual([0, 250, 500]);
    expect(breakEvenSeries(result, -5).units).toEqual([0, 250, 500]);
    expect(breakEvenSeries(result, Number.NaN).units).toHaveLength(11);
    expect(breakEvenSeries(result, Number.POSITIVE_INFINITY).units).toHaveLength(11);
    const capped = breakEvenSeries(result, 5000);
    expect(capped.units).toHaveLength(1000);
    expect(capped.units[999]).toBe(999);
  });

  it('handles 1e15 units', () => {
    const series = breakEvenSeries(at(2, 1, 1e15));
    expect(series.units).toHaveLength(11);
    expect(series.units[5]).toBe(1e15);
    expect(series.units[10]).toBe(2e15);
    expect(series.revenue[10]).toBe(4e15);
    expect(series.totalCost[10]).toBe(3e15);
  });

  it('leaves out points whose revenue overflows to Infinity', () => {
    const series = breakEvenSeries(at(Number.MAX_VALUE, 0, 1));
    expect(series.units).toEqual([0, 1]);
    expect(series.revenue).toEqual([0, Number.MAX_VALUE]);
    expect(series.totalCost).toEqual([1, 1]);
  });
});

describe('breakEvenTier', () => {
  const tiers = [{ id: 'a', price: 1 }, { id: 'b', price: 2 }, { id: 'c', price: 3 }];

  it('returns the named tier itself', () => {
    expect(breakEvenTier({ tiers, breakEvenTierId: 'b' })).toBe(tiers[1]);
    expect(breakEvenTier({ tiers, breakEvenTierId: 'c' })).toBe(tiers[2]);
  });

  it('falls back to the first tier when none is named or the named one is gone', () => {
    expect(breakEvenTier({ tiers, breakEvenTierId: null })).toBe(tiers[0]);
    expect(breakEvenTier({ tiers, breakEvenTierId: 'deleted' })).toBe(tiers[0]);
  });

  it('is null without tiers', () => {
    expect(breakEvenTier({ tiers: [], breakEvenTierId: null })).toBeNull();
    expect(breakEvenTier({ tiers: [], breakEvenTierId: 'a' })).toBeNull();
  });
});
