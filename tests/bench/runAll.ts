/**
 * npm run bench: every benchmark in turn, each in its own process. One that misses a target
 * must not hide the figures of the ones after it, so all run and the exit code is 1 at the end
 * if any missed (each prints its own PASS/FAIL lines and writes bench-results/<name>.json).
 */
import { spawnSync } from 'node:child_process';

const BENCHES = ['bench.ts', 'operationsBench.ts', 'typingBench.ts', 'calendarBench.ts', 'planBench.ts', 'largeWorkspaceBench.ts'];

const outcomes = BENCHES.map((file) => {
  console.log(`\n=== ${file} ===`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', `tests/bench/${file}`], { stdio: 'inherit' });
  return { file, ok: run.status === 0 };
});

console.log('\n=== summary ===');
for (const { file, ok } of outcomes) console.log(`${ok ? 'PASS' : 'FAIL'}  ${file}`);
process.exitCode = outcomes.every((outcome) => outcome.ok) ? 0 : 1;
