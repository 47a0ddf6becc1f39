/**
 * Break-even analysis for the pricing block: how many units must be sold before the
 * contribution of each sale (price minus unit variable cost) has paid the fixed costs.
 * Pure arithmetic on validated money values; every odd input has a named result so the
 * UI never has to show NaN, Infinity or a number it cannot print.
 */

export type BreakEvenMissing = 'price' | 'unitVariableCost' | 'fixedCosts';

export type BreakEvenResult =
  | {
      kind: 'ok';
      price: number;
      unitVariableCost: number;
      fixedCosts: number;
      contributionPerUnit: number;
      units: number;
      revenue: number;
    }
  /** Price <= unit variable cost: every sale loses money, no volume ever breaks even. */
  | { kind: 'no-break-even'; price: number; unitVariableCost: number }
  /** The units (or the revenue at those units) would not be a finite, safe number. */
  | { kind: 'out-of-range'; price: number; unitVariableCost: number; fixedCosts: number }
  | { kind: 'incomplete'; missing: BreakEvenMissing[] };

export type BreakEvenOk = Extract<BreakEvenResult, { kind: 'ok' }>;

export interface BreakEvenInput {
  price: number | null;
  unitVariableCost: number | null;
  fixedCosts: number | null;
}

/**
 * A quotient this close (relative) to a whole number is that whole number: decimal money
 * is not exact in binary, so 100 / (0.3 - 0.1) comes out as 500.00000000000006 and a
 * plain ceil would ask for one unit more than the user can work out on paper.
 */
const INTEGER_SNAP_RELATIVE = 1e-9;

/**
 * A contribution of a few ULPs of the price is subtraction noise, not a real margin:
 * (0.1 + 0.2) - 0.3 is 5.55e-17, which would otherwise ask for ~1e19 units. Four
 * epsilons still leaves a margin of 1 on a price of 1e15 (about 8 ULPs) as real.
 */
const CONTRIBUTION_NOISE_EPSILONS = 4;

/** NaN is treated like null: there is no usable number in the field. */
const isMissing = (value: number | null): value is null => value === null || Number.isNaN(value);

/** Whole units needed to cover `fixedCosts`; never negative, float noise snapped away. */
function unitsToCover(fixedCosts: number, contributionPerUnit: number): number {
  const quotient = fixedCosts / contributionPerUnit;
  const nearest = Math.round(quotient);
  // Relative to the integer itself: only an exact 0 snaps to 0, since a tiny positive
  // quotient is a real (if small) cost that still needs one whole unit.
  const snapped = Math.abs(quotient - nearest) <= INTEGER_SNAP_RELATIVE * Math.abs(nearest) ? nearest : Math.ceil(quotient);
  // Negative fixed costs (not valid in the schema, but possible from callers) break even
  // at once; Math.max also turns a -0 from Math.ceil(-0.4) into 0.
  return Math.max(0, snapped);
}

export function breakEven(input: BreakEvenInput): BreakEvenResult {
  const { price, unitVariableCost, fixedCosts } = input;
  const missing: BreakEvenMissing[] = [];
  if (isMissing(price)) missing.push('price');
  if (isMissing(unitVariableCost)) missing.push('unitVariableCost');
  if (isMissing(fixedCosts)) missing.push('fixedCosts');
  if (isMissing(price) || isMissing(unitVariableCost) || isMissing(fixedCosts)) return { kind: 'incomplete', missing };

  // Infinity is not money; say so rather than let it produce a 0-unit or NaN result.
  if (!Number.isFinite(price) || !Number.isFinite(unitVariableCost) || !Number.isFinite(fixedCosts)) {
    return { kind: 'out-of-range', price, unitVariableCost, fixedCosts };
  }

  const contributionPerUnit = price - unitVariableCost;
  const noise = CONTRIBUTION_NOISE_EPSILONS * Number.EPSILON * Math.max(Math.abs(price), Math.abs(unitVariableCost));
  if (contributionPerUnit <= noise) return { kind: 'no-break-even', price, unitVariableCost };
  // Only reachable with a negative unit cost (outside the schema): MAX_VALUE - (-MAX_VALUE).
  if (!Number.isFinite(contributionPerUnit)) return { kind: 'out-of-range', price, unitVariableCost, fixedCosts };

  const units = unitsToCover(fixedCosts, contributionPerUnit);
  const revenue = units * price;
  if (!Number.isFinite(units) || units > Number.MAX_SAFE_INTEGER || !Number.isFinite(revenue)) {
    return { kind: 'out-of-range', price, unitVariableCost, fixedCosts };
  }
  return { kind: 'ok', price, unitVariableCost, fixedCosts, contributionPerUnit, units, revenue };
}

export interface BreakEvenSeries {
  units: number[];
  revenue: number[];
  totalCost: number[];
}

export const DEFAULT_SERIES_POINTS = 11;
/** A chart needs two points for a line; more than this many adds nothing but work on every render. */
export const MIN_SERIES_POINTS = 2;
export const MAX_SERIES_POINTS = 1_000;
/** Even a break-even at 0 or 3 units gets a readable axis. */
const MIN_SERIES_SPAN = 10;

/**
 * Points for a chart: from 0 to about twice the break-even units (at least 10 units),
 * `points` evenly spaced whole-unit steps, always including the break-even units exactly.
 *
 * The grid is 0, step, 2·step, … with `points` entries and step = ceil(span / (points - 1)),
 * so it ends at or just past the span. When the break-even falls between grid points it is
 * inserted in order, giving points + 1 entries. `points` is floored and kept in 2..1000
 * (non-finite means the default). Points whose revenue or cost would overflow to Infinity
 * are left out, since a chart cannot draw them.
 */
export function breakEvenSeries(result: BreakEvenOk, points: number = DEFAULT_SERIES_POINTS): BreakEvenSeries {
  const count = Number.isFinite(points)
    ? Math.min(MAX_SERIES_POINTS, Math.max(MIN_SERIES_POINTS, Math.floor(points)))
    : DEFAULT_SERIES_POINTS;
  const span = Math.max(MIN_SERIES_SPAN, 2 * result.units);
  const step = Math.max(1, Math.ceil(span / (count - 1)));

  const xs: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const x = i * step;
    const previous = xs.length > 0 ? xs[xs.length - 1]! : -1;
    if (previous < result.units && result.units < x) xs.push(result.units);
    xs.push(x);
  }

  const series: BreakEvenSeries = { units: [], revenue: [], totalCost: [] };
  for (const x of xs) {
    const revenue = x * result.price;
    const totalCost = result.fixedCosts + x * result.unitVariableCost;
    if (!Number.isFinite(revenue) || !Number.isFinite(totalCost)) continue;
    series.units.push(x);
    series.revenue.push(revenue);
    series.totalCost.push(totalCost);
  }
  return series;
}

/** The tier the break-even uses: the one named by pricing.breakEvenTierId if it exists, else the first tier, else null. */
export function breakEvenTier<T extends { id: string }>(pricing: { tiers: readonly T[]; breakEvenTierId: string | null }): T | null {
  const { tiers, breakEvenTierId } = pricing;
  const named = breakEvenTierId === null ? undefined : tiers.find((tier) => tier.id === breakEvenTierId);
  return named ?? tiers[0] ?? null;
}
