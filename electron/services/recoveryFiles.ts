import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { RecoveryFile } from '../../shared/contract/session';
import type { Workspace } from '../../shared/schema/workspace';
import { RpcFailure } from '../../shared/contract/errors';
import { parseWorkspaceText } from '../../shared/workspace/parseWorkspace';
import { writeFileAtomic } from './atomicWrite';
import { hashBytes } from './fileIdentity';
import { serializeWorkspace } from './workspaceFile';

/**
 * Unsaved edits written aside when the app has to stop while saving fails (disk full, drive gone,
 * read-only) — SIGTERM, SIGHUP (the terminal closed), Ctrl+C, or a desktop quit the user confirmed.
 * One self-describing file (which workspace, when, the workspace itself); the next start lists it.
 * Places, in order: the user-data folder, beside the workspace, the temp folder.
 */
export const RECOVERY_SUFFIX = '.stratboard-recovery';
const envelope = z.object({
  stratboardRecovery: z.literal(1),
  workspacePath: z.string().nullable(),
  savedAt: z.string(),
  workspace: z.unknown(),
});

export function tempRecoveryDir(): string {
  let uid = 'user';
  try {
    uid = String(userInfo().uid);
  } catch {
    // no passwd entry: one shared name is still owner-only
  }
  return join(tmpdir(), `stratboard-recovery-${uid}`);
}

export function recoveryFolders(userDataDir: string, workspacePath: string | null): string[] {
  return [join(userDataDir, 'recovery'), ...(workspacePath ? [dirname(workspacePath)] : []), tempRecoveryDir()];
}

/** Writes the recovery into the first folder that takes it; null when none did. Owner-only: it holds the whole plan. */
export async function writeRecovery(folders: string[], workspacePath: string | null, workspace: Workspace, now = new Date()): Promise<string | null> {
  const text = `${JSON.stringify({ stratboardRecovery: 1, workspacePath, savedAt: now.toISOString(), workspace })}\n`;
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  const name = `${stamp}-${hashBytes(workspacePath ?? 'none').slice(0, 8)}${RECOVERY_SUFFIX}`;
  for (const folder of folders) {
    try {
      await mkdir(folder, { recursive: true, mode: 0o700 });
      const path = join(folder, name);
      await writeFileAtomic(path, text, { mode: 0o600 });
      return path;
    } catch {
      // next place
    }
  }
  return null;
}

export async function listRecoveries(folders: string[]): Promise<RecoveryFile[]> {
  const found: RecoveryFile[] = [];
  for (const folder of new Set(folders)) {
    const names = await readdir(folder).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith(RECOVERY_SUFFIX))) {
      const path = join(folder, name);
      const about = await readRecovery(path).catch(() => null);
      const size = await stat(path).then((s) => s.size, () => 0);
      if (about) found.push({ path, workspacePath: about.workspacePath, savedAt: about.savedAt, sizeBytes: size });
    }
  }
  return found.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function readRecovery(path: string): Promise<z.infer<typeof envelope>> {
  const parsed = envelope.safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error('not a recovery file');
  return parsed.data;
}

/** The workspace a recovery file holds, checked and written as a workspace file is; refused when it is not valid. */
export async function recoveredWorkspaceText(path: string): Promise<string> {
  let text: string;
  try {
    text = serializeWorkspace((await readRecovery(path)).workspace as Workspace);
  } catch {
    throw new RpcFailure('io', `The recovery file ${path} could not be read.`);
  }
  const parsed = parseWorkspaceText(text);
  if (!parsed.ok) throw new RpcFailure('io', `The recovery file ${path} does not hold a valid workspace.`, parsed.problem.issues);
  return serializeWorkspace(parsed.workspace);
}

export async function removeRecovery(path: string): Promise<void> {
  await rm(path, { force: true });
}
