import type { PlanObjective } from '../schema/marketingPlan';

/**
 * Annual targets broken down by quarter and month (分解、量化). An even split is rounded to
 * cents and the leftover cents go to the first months, so the twelve printed months add up to
 * exactly the annual target — a plan whose months do not add up loses the reader's trust.
 * Sums are done in whole cents for the same reason (0.1 + 0.2 must not print 0.30000000000000004).
 */

/** Amounts above this have no room for cents in a double; they are split in whole units instead. */
const MAX_CENTS_AMOUNT = Number.MAX_SAFE_INTEGER / 100;

const sumCents = (values: readonly number[]) => values.reduce((sum, v) => sum + Math.round(v * 100), 0) / 100;

/** Twelve monthly targets: the explicit ones as given, else the annual target split evenly (zeros when neither is set). */
export function monthlyBreakdown(objective: Pick<PlanObjective, 'annualTarget' | 'monthlyTargets'>): number[] {
  if (objective.monthlyTargets) return [...objective.monthlyTargets];
  return evenSplit(objective.annualTarget ?? 0, 12);
}

/** Four quarterly targets, each the sum of its three months. */
export function quarterlyBreakdown(objective: Pick<PlanObjective, 'annualTarget' | 'monthlyTargets'>): number[] {
  const months = monthlyBreakdown(objective);
  return [0, 1, 2, 3].map((q) => sumMonths(months.slice(q * 3, q * 3 + 3)));
}

/** The annual target, or the sum of the monthly targets when only those are set; null when neither is. */
export function objectiveAnnual(objective: Pick<PlanObjective, 'annualTarget' | 'monthlyTargets'>): number | null {
  if (objective.annualTarget !== null) return objective.annualTarget;
  return objective.monthlyTargets ? sumMonths(objective.monthlyTargets) : null;
}

/** Sum of monthly amounts without float noise (cent-exact; plain sum for amounts too large for cents). */
export function sumMonths(values: readonly number[]): number {
  const plain = values.reduce((sum, v) => sum + v, 0);
  return Math.abs(plain) < MAX_CENTS_AMOUNT ? sumCents(values) : plain;
}

/**
 * `total` in `parts` pieces that differ by at most one cent and add up exactly (in cents) to
 * the total rounded to cents. Totals too large for cents are split in whole units.
 */
export function evenSplit(total: number, parts: number): number[] {
  const unit = Math.abs(total) < MAX_CENTS_AMOUNT ? 100 : 1;
  const whole = Math.round(total * unit);
  const base = Math.floor(whole / parts);
  const extra = whole - base * parts;
  return Array.from({ length: parts }, (_, i) => (base + (i < extra ? 1 : 0)) / unit);
}
