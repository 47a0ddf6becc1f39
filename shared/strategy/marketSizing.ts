/**
 * Market sizing: TAM (total addressable) >= SAM (serviceable) >= SOM (obtainable), and the
 * chosen segments' sizes. The ratios help a planner sanity-check their funnel; the problems
 * name each inequality that does not hold so the UI can point at the right field.
 */

export type SizingProblem = 'sam-above-tam' | 'som-above-sam' | 'som-above-tam';

export interface MarketSizing {
  samOfTamPercent: number | null;
  somOfSamPercent: number | null;
  somOfTamPercent: number | null;
  problems: SizingProblem[];
}

export interface MarketSizeInput {
  tam: number | null;
  sam: number | null;
  som: number | null;
}

/**
 * part / base as a percentage, unrounded (the UI formats it). Null when either side is
 * missing, the base is 0 (or negative), or the result is not finite (a tiny base).
 * Divide first, then scale: part * 100 would overflow for part near Number.MAX_VALUE.
 */
function percentOf(part: number | null, base: number | null): number | null {
  if (part === null || base === null || !(base > 0)) return null;
  const ratio = (part / base) * 100;
  return Number.isFinite(ratio) ? ratio : null;
}

const above = (a: number | null, b: number | null): boolean => a !== null && b !== null && a > b;

/**
 * TAM >= SAM >= SOM; ratios are null when either side is missing or the base is 0.
 * Every broken inequality is reported on its own, so SOM above both SAM and TAM gives two
 * problems, and SOM above TAM is still caught when SAM is missing.
 */
export function marketSizing(size: MarketSizeInput): MarketSizing {
  const { tam, sam, som } = size;
  const problems: SizingProblem[] = [];
  if (above(sam, tam)) problems.push('sam-above-tam');
  if (above(som, sam)) problems.push('som-above-sam');
  if (above(som, tam)) problems.push('som-above-tam');
  return {
    samOfTamPercent: percentOf(sam, tam),
    somOfSamPercent: percentOf(som, sam),
    somOfTamPercent: percentOf(som, tam),
    problems,
  };
}

export type SizeUnit = 'customers' | 'units' | 'revenue';

export interface ChosenSegmentTotals {
  customers: number;
  units: number;
  revenue: number;
  /** Every chosen segment, sized or not, so the UI can say "3 chosen, 2 sized". */
  chosenCount: number;
}

/**
 * Sum of the size estimates of the chosen segments, per size unit (segments may mix units:
 * adding customers to revenue would be meaningless). Unchosen and unsized segments are
 * skipped in the sums; chosenCount counts every chosen segment. Sums are not rounded.
 */
export function chosenSegmentTotals(
  segments: ReadonlyArray<{ chosen: boolean; sizeEstimate: number | null; sizeUnit: SizeUnit }>,
): ChosenSegmentTotals {
  const totals: ChosenSegmentTotals = { customers: 0, units: 0, revenue: 0, chosenCount: 0 };
  for (const segment of segments) {
    if (!segment.chosen) continue;
    totals.chosenCount += 1;
    if (segment.sizeEstimate !== null) totals[segment.sizeUnit] += segment.sizeEstimate;
  }
  return totals;
}
