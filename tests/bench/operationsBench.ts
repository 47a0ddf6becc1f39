/**
 * npm run bench — issue 15: what one edit and one save cost on the large workspace
 * (5,000 campaigns, 500 documents, 20 strategies; ~11 MB), service side, each figure beside its
 * baseline measured in the same run (this machine is noisy; ratios travel better than times).
 *
 * - edit: WorkspaceSession.runOperation for a mix of everyday operations (rename a campaign, shift
 *   it, a strategy field, a document body as typed, the company profile, and undo of each),
 *   p50 and p95 over EDITS calls. Baseline: validating the whole workspace once, which is what
 *   every edit cost before operations (the patch was applied, then the whole file validated).
 *   Targets: p50 ≤ 5 ms, p95 ≤ 20 ms, p50 ≤ 5 % of the baseline.
 * - save: one edit, then session.flush() (serialise + atomic write with fsync + rename + the
 *   "still the file I read?" bookkeeping), median of SAVES. Baseline: JSON.stringify of the same
 *   data + write + fsync of a plain file. Target: ≤ 1.5 × the baseline.
 *
 * Prints a table and PASS/FAIL lines, writes bench-results/operations.json, exits 1 on a miss.
 */
import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { serializeWorkspace } from '../../electron/services/workspaceFile';
import { WorkspaceSession } from '../../electron/services/workspaceSession';
import type { OperationCall } from '../../shared/ops/runOperation';
import { workspace as workspaceSchema, type Workspace } from '../../shared/schema/workspace';
import { safeParseStoppingEarly } from '../../shared/workspace/boundedIssues';
import { benchEditCalls } from './benchEditCalls';
import { generateWorkspace } from './generateWorkspace';

const SIZE = { campaigns: 5_000, documents: 500, strategies: 20 };
const EDITS = 600;
const SAVES = 9;
const VALIDATIONS = 9;
const TARGET = { editP50Ms: 5, editP95Ms: 20, editShareOfValidation: 0.05, saveRatio: 1.5 };

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

async function plainWrite(path: string, data: Workspace): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(`${JSON.stringify(data, null, 2)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function openWorkspace(session: WorkspaceSession): Workspace {
  const current = session.getSession();
  if (current.state !== 'open') throw new Error('the bench workspace did not open');
  return current.workspace;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'sb-ops-bench-'));
  const path = join(dir, 'large.json');
  const data = generateWorkspace(SIZE);
  const text = serializeWorkspace(data);
  await writeFile(path, text);

  // Baseline for an edit: the whole-workspace validation every edit used to run.
  safeParseStoppingEarly(workspaceSchema, data); // warm-up
  const validations: number[] = [];
  for (let i = 0; i < VALIDATIONS; i += 1) {
    const start = performance.now();
    const result = safeParseStoppingEarly(workspaceSchema, data);
    validations.push(performance.now() - start);
    if (!result.success) throw new Error('the generated workspace does not validate');
  }
  const wholeValidationMs = quantile(validations, 0.5);

  const session = new WorkspaceSession({ backupsRoot: join(dir, 'backups'), emit: () => {}, debounceMs: 600_000, maxWaitMs: 600_000, watchDisk: false, lockFiles: false });
  await session.open(path);
  const calls = benchEditCalls(openWorkspace(session));
  const times: number[] = [];
  const byOp = new Map<string, number[]>();
  for (let i = 0; i < EDITS + 50; i += 1) {
    const call: OperationCall = calls(i, openWorkspace(session));
    const start = performance.now();
    session.runOperation(call);
    const elapsed = performance.now() - start;
    if (i < 50) continue; // warm-up: JIT, as in a running app
    times.push(elapsed);
    byOp.set(call.op, [...(byOp.get(call.op) ?? []), elapsed]);
  }
  const editP50Ms = quantile(times, 0.5);
  const editP95Ms = quantile(times, 0.95);

  // Save vs stringify + write + fsync of the same data, interleaved so both see the same machine.
  const saves: number[] = [];
  const plain: number[] = [];
  const plainPath = join(dir, 'plain.json');
  for (let i = 0; i < SAVES + 1; i += 1) {
    session.runOperation(calls(i, openWorkspace(session)));
    const current = openWorkspace(session);
    let start = performance.now();
    await plainWrite(plainPath, current);
    const plainMs = performance.now() - start;
    start = performance.now();
    const status = await session.flush();
    const saveMs = performance.now() - start;
    if (status?.state !== 'saved') throw new Error(`save ended as ${JSON.stringify(status)}`);
    if (i === 0) continue; // warm-up
    plain.push(plainMs);
    saves.push(saveMs);
  }
  await session.close();
  const saveMs = quantile(saves, 0.5);
  const plainSaveMs = quantile(plain, 0.5);

  const rows = [
    { measure: 'whole-workspace validation (baseline for an edit)', ms: wholeValidationMs },
    { measure: `edit p50 (${times.length} operations)`, ms: editP50Ms },
    { measure: 'edit p95', ms: editP95Ms },
    ...[...byOp].map(([op, samples]) => ({ measure: `  ${op} p50 / p95`, ms: quantile(samples, 0.5), p95: quantile(samples, 0.95) })),
    { measure: 'JSON.stringify + write + fsync (baseline for a save)', ms: plainSaveMs },
    { measure: 'save (flush after an edit)', ms: saveMs },
  ];
  console.log(`\nlarge workspace: ${(text.length / 1024 / 1024).toFixed(1)} MB, ${SIZE.campaigns} campaigns, ${SIZE.documents} documents\n`);
  for (const row of rows) console.log(`${row.measure.padEnd(56)}${row.ms.toFixed(2).padStart(9)} ms${'p95' in row ? ` / ${row.p95!.toFixed(2)} ms` : ''}`);
  const targets = [
    { target: `edit p50 ≤ ${TARGET.editP50Ms} ms`, value: editP50Ms, pass: editP50Ms <= TARGET.editP50Ms },
    { target: `edit p95 ≤ ${TARGET.editP95Ms} ms`, value: editP95Ms, pass: editP95Ms <= TARGET.editP95Ms },
    { target: `edit p50 ≤ ${TARGET.editShareOfValidation * 100} % of whole-workspace validation`, value: editP50Ms / wholeValidationMs, pass: editP50Ms / wholeValidationMs <= TARGET.editShareOfValidation },
    { target: `save ≤ ${TARGET.saveRatio} × stringify + write + fsync`, value: saveMs / plainSaveMs, pass: saveMs / plainSaveMs <= TARGET.saveRatio },
  ];
  console.log('');
  for (const t of targets) console.log(`${t.pass ? 'PASS' : 'FAIL'}  ${t.target}  (${t.value.toFixed(3)})`);
  await mkdir('bench-results', { recursive: true });
  await writeFile('bench-results/operations.json', JSON.stringify({ date: new Date().toISOString(), node: process.version, rows, targets }, null, 2));
  console.log('\nWritten to bench-results/operations.json');
  await rm(dir, { recursive: true, force: true });
  if (targets.some((t) => !t.pass)) process.exitCode = 1;
}

void main();
