/**
 * npm run bench — performance figures for the workspace store, with targets.
 * Prints a table, writes bench-results/foundation.json, exits 1 when a target is missed.
 */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { WorkspaceFileAdapter } from '../../electron/services/workspaceFileAdapter';
import { readWorkspaceFile, serializeWorkspace } from '../../electron/services/workspaceFile';
import { WorkspaceSession } from '../../electron/services/workspaceSession';
import { generateWorkspace, type WorkspaceSize } from './generateWorkspace';

const RUNS = 15;

async function median(fn: () => Promise<unknown> | unknown, runs = RUNS): Promise<number> {
  await fn(); // warm-up: JIT and file cache, as in a running app
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

interface Row {
  workspace: string;
  fileMB: number;
  rawParseMs: number;
  loadValidateMs: number;
  loadRatio: number;
  rawStringifyMs: number;
  saveMs: number;
  editMs: number;
}

async function measure(label: string, size: WorkspaceSize, dir: string): Promise<Row> {
  const data = generateWorkspace(size);
  const path = join(dir, `${label}.json`);
  const text = serializeWorkspace(data);
  await writeFile(path, text);

  const rawParseMs = await median(async () => JSON.parse(await readFile(path, 'utf8')));
  const loadValidateMs = await median(async () => {
    const result = await readWorkspaceFile(path);
    if (!result.ok) throw new Error(`generated workspace invalid: ${JSON.stringify(result.problem.issues)}`);
  });
  const rawStringifyMs = await median(() => JSON.stringify(data, null, 2));
  const adapter = new WorkspaceFileAdapter(join(dir, `${label}-save.json`));
  const saveMs = await median(() => adapter.write(data));

  // One edit through the session: an operation, validated where it touched (operationsBench.ts has the details).
  const session = new WorkspaceSession({ backupsRoot: join(dir, 'backups'), emit: () => {}, debounceMs: 60_000, maxWaitMs: 60_000 });
  await session.open(path);
  let revision = 0;
  const editMs = await median(() => {
    revision = session.runOperation({ op: 'company.update', args: { description: `Edited ${revision}` }, at: new Date().toISOString() }, revision).revision;
  });
  await session.close();

  return {
    workspace: label, fileMB: Number((text.length / 1024 / 1024).toFixed(2)), rawParseMs, loadValidateMs,
    loadRatio: loadValidateMs / rawParseMs, rawStringifyMs, saveMs, editMs,
  };
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'sb-bench-'));
  const rows = [
    await measure('500c-200d-20s', { campaigns: 500, documents: 200, strategies: 20 }, dir),
    await measure('5000c-500d-20s', { campaigns: 5_000, documents: 500, strategies: 20 }, dir),
  ];
  const fmt = (n: number) => n.toFixed(1).padStart(8);
  console.log('\nworkspace          MB   parse ms  load+val ms  ratio  stringify ms  save ms  edit ms');
  for (const r of rows) {
    console.log(`${r.workspace.padEnd(16)}${r.fileMB.toFixed(2).padStart(6)}${fmt(r.rawParseMs)}${fmt(r.loadValidateMs).padStart(13)}${r.loadRatio.toFixed(2).padStart(7)}${fmt(r.rawStringifyMs).padStart(14)}${fmt(r.saveMs).padStart(9)}${fmt(r.editMs).padStart(9)}`);
  }
  const small = rows[0]!;
  const targets = [
    { target: '500-campaign load+validate < 150 ms', value: small.loadValidateMs, pass: small.loadValidateMs < 150 },
    { target: '500-campaign load+validate within 3x raw JSON.parse', value: small.loadRatio, pass: small.loadRatio <= 3 },
    { target: '500-campaign one save < 50 ms', value: small.saveMs, pass: small.saveMs < 50 },
  ];
  console.log('');
  for (const t of targets) console.log(`${t.pass ? 'PASS' : 'FAIL'}  ${t.target}  (${t.value.toFixed(2)})`);
  await mkdir('bench-results', { recursive: true });
  await writeFile('bench-results/foundation.json', JSON.stringify({ date: new Date().toISOString(), node: process.version, rows, targets }, null, 2));
  console.log('\nWritten to bench-results/foundation.json');
  if (targets.some((t) => !t.pass)) process.exitCode = 1;
}

void main();
