/**
 * numRuns for the fuzz properties. The defaults keep tests/unit/hostile well under a minute on CI;
 * FUZZ_SCALE=20 (for example) runs twenty times as many cases for a deeper search before a release.
 */
const scale = Number(process.env.FUZZ_SCALE ?? '1');

export function runs(defaultRuns: number): number {
  return Math.max(1, Math.round(defaultRuns * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

/** The per-test hang guard grows with the number of runs. */
export function hangGuard(defaultMs: number): number {
  return runs(defaultMs);
}
