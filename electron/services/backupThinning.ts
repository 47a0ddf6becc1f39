import type { BackupInfo } from '../../shared/contract/session';

/**
 * Which backups of one workspace to keep as they age — a pure function of the list and the
 * time, so it can be checked over simulated weeks in milliseconds.
 *
 * Backups that reach back in time rather than "the last 20" (which, at one a minute, is twenty
 * minutes of history): every backup of the last hour, then one per hour for two days, then one
 * per day for a month. Within a bucket the NEWEST is kept (the state at the end of that hour or
 * day, which is what "how did it look on Tuesday" means). Buckets are fixed clock hours and UTC
 * days, so a backup kept as "newest of its hour" stays kept until it ages into the daily tier —
 * thinning never drops something a later, coarser tier would want back.
 *
 * Always kept, whatever their age or the budget: the newest backup, and the newest "open" backup
 * (the state the current session started from — the way back from a bad editing session).
 * Also kept while within the month: the oldest "open" backup (the first state seen in that month).
 *
 * Then a size budget: when the kept backups (their stored, compressed sizes) exceed it, the
 * oldest go first, never the two above.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MB = 1024 * 1024;

export const THINNING = {
  keepAllWithinMs: HOUR,
  hourlyWithinMs: 48 * HOUR,
  dailyWithinMs: 30 * DAY,
} as const;
export type ThinningPolicy = { [K in keyof typeof THINNING]: number };

/**
 * The default size budget per workspace: ten times the workspace's size, at least 20 MB (a small
 * plan's whole month of history costs nothing worth saving), at most 200 MB (a huge one must not
 * fill the disk). Compressed backups of a text-heavy workspace are 5–15 % of its size, so ten
 * workspace-sizes hold 60–200 backups: the full thinned history in practice.
 */
export const BACKUP_BUDGET = { workspaceMultiple: 10, minBytes: 20 * MB, maxBytes: 200 * MB } as const;

export function defaultBudgetBytes(workspaceBytes: number): number {
  return Math.min(BACKUP_BUDGET.maxBytes, Math.max(BACKUP_BUDGET.minBytes, BACKUP_BUDGET.workspaceMultiple * workspaceBytes));
}

export type BackupEntry = Pick<BackupInfo, 'id' | 'savedAt' | 'sizeBytes' | 'reason'>;

/** The ids to keep; every other backup can be deleted. */
export function chooseBackupsToKeep(entries: readonly BackupEntry[], now: Date, budgetBytes: number, policy: ThinningPolicy = THINNING): Set<string> {
  const nowMs = now.getTime();
  const timed = entries.map((entry) => ({ entry, at: Date.parse(entry.savedAt) }));
  timed.sort((a, b) => b.at - a.at || (a.entry.id < b.entry.id ? 1 : -1)); // newest first

  const untouchable = new Set<string>();
  if (timed[0]) untouchable.add(timed[0].entry.id);
  const newestOpen = timed.find((t) => t.entry.reason === 'open');
  if (newestOpen) untouchable.add(newestOpen.entry.id);

  const keep = new Set(untouchable);
  const hours = new Set<number>();
  const days = new Set<number>();
  for (const { entry, at } of timed) {
    const age = nowMs - at; // negative after the clock was set back: counts as recent
    const wanted = age < policy.keepAllWithinMs
      || (age < policy.hourlyWithinMs ? firstOfBucket(hours, Math.floor(at / HOUR))
        : age < policy.dailyWithinMs && firstOfBucket(days, Math.floor(at / DAY)));
    if (wanted) keep.add(entry.id);
  }
  const oldestOpen = timed.findLast((t) => t.entry.reason === 'open' && nowMs - t.at < policy.dailyWithinMs);
  if (oldestOpen) keep.add(oldestOpen.entry.id);

  let total = timed.reduce((sum, t) => sum + (keep.has(t.entry.id) ? t.entry.sizeBytes : 0), 0);
  for (let i = timed.length - 1; i >= 0 && total > budgetBytes; i -= 1) {
    const { entry } = timed[i]!;
    if (!keep.has(entry.id) || untouchable.has(entry.id)) continue;
    keep.delete(entry.id);
    total -= entry.sizeBytes;
  }
  return keep;
}

/** True the first time a bucket is seen (entries come newest first, so the first is the newest). */
function firstOfBucket(seen: Set<number>, bucket: number): boolean {
  if (seen.has(bucket)) return false;
  seen.add(bucket);
  return true;
}
