/**
 * Child process of crashDuringSave.test.ts: opens the workspace file with the app's own
 * WorkspaceSession (stale temp files cleaned, validated read, "open" backup) and saves a
 * growing workspace through the same path an edit takes (runOperation -> flush -> lowdb ->
 * WorkspaceFileAdapter -> writeFileAtomic, then the backup policy) until it reaches the
 * target save number or the parent kills it with SIGKILL.
 *
 * Usage: node crashSaveWorker.cjs <workspace file> <backups folder> <journal file> <target save>
 *
 * Progress goes to a journal with appendFileSync, so a line is in the kernel before the next
 * step starts and survives SIGKILL: "saving n" is written before save n begins and "saved n"
 * after it finished — that is how the parent knows the states before and after a killed save.
 * The same lines go to stdout so the parent can time its kills.
 */
import { appendFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { WorkspaceSession } from '../../../electron/services/workspaceSession';
import { lockPathFor } from '../../../electron/services/workspaceLock';
import { operationsForSave, saveNumberOf } from './growingWorkspace';

const [file, backupsRoot, journal, targetText] = process.argv.slice(2);
if (!file || !backupsRoot || !journal || !targetText) {
  console.error('usage: crashSaveWorker <workspace file> <backups folder> <journal file> <target save>');
  process.exit(64);
}
const target = Number(targetText);

function report(line: string): void {
  appendFileSync(journal!, `${line}\n`);
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  report(`opening ${process.pid}`);
  const session = new WorkspaceSession({ backupsRoot: backupsRoot!, emit: () => {} });
  const first = await session.open(file!);
  if (first.state !== 'open') throw new Error(`the workspace did not open: ${first.problem.kind} — ${first.problem.detail}`);
  let n = saveNumberOf(first.workspace);
  if (n === null) throw new Error(`the workspace name "${first.workspace.name}" carries no save number`);
  // Anything left beside the file after the app's open (other than the file and this process's own
  // advisory lock, which replaced the killed process's stale one) is debris the app kept.
  const ownLock = basename(lockPathFor(file!));
  const leftovers = (await readdir(dirname(file!))).filter((name) => name !== basename(file!) && name !== ownLock);
  report(`opened ${n} ${leftovers.length === 0 ? '-' : leftovers.join('|')}`);

  let revision = first.revision;
  while (n < target) {
    n += 1;
    for (const call of operationsForSave(n)) ({ revision } = session.runOperation(call, revision));
    report(`saving ${n}`);
    const status = await session.flush(); // what "Save now", the autosave timer and quit all run
    if (status?.state !== 'saved') throw new Error(`save ${n} ended as ${JSON.stringify(status)}`);
    report(`saved ${n}`);
  }
  await session.close();
  report(`done ${n}`);
}

main().catch((error: unknown) => {
  report(`error ${error instanceof Error ? error.message : String(error)}`.replace(/\n/g, ' '));
  process.exit(1);
});
