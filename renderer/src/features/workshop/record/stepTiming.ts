/** How a step's real duration compares with its timebox, for the record's agenda table. */
export type StepTiming =
  | { kind: 'not-run' }
  | { kind: 'over' | 'under' | 'on-time'; actualMs: number; differenceMs: number };

/**
 * Compares actual seconds with planned minutes, to the second — the same rule as the record's
 * `overrun` (shared/workshop/record.ts), so the page and the PDF summary agree.
 */
export function stepTiming(plannedMinutes: number, actualSeconds: number | null): StepTiming {
  if (actualSeconds === null) return { kind: 'not-run' };
  const actualMs = actualSeconds * 1000;
  const differenceMs = actualMs - plannedMinutes * 60_000;
  const kind = differenceMs > 0 ? 'over' : differenceMs < 0 ? 'under' : 'on-time';
  return { kind, actualMs, differenceMs };
}

/** Sum of the steps that ran, in seconds; null when none has run yet. */
export function totalActualSeconds(items: readonly { actualSeconds: number | null }[]): number | null {
  const ran = items.filter((item) => item.actualSeconds !== null);
  return ran.length === 0 ? null : ran.reduce((sum, item) => sum + (item.actualSeconds ?? 0), 0);
}
