import type { Change, ChangePath, PathStep } from './changeSet';

/**
 * The places recent revisions changed, so an operation based on an older revision is refused only
 * when it really conflicts: it changes a place (or a part of one) that another window changed
 * since the revision it was based on. An edit to another campaign, or to another field of the same
 * campaign, goes through. Bookkeeping stamps (updatedAt) never count as a conflict.
 */
interface Entry {
  revision: number;
  clientId: string | null;
  paths: ChangePath[];
}

const IGNORED_LEAVES = new Set(['updatedAt']);

/** The places a change set wrote, addressed by id (an inserted or removed item is its own place). */
export function changedPlaces(changes: readonly Change[]): ChangePath[] {
  const places: ChangePath[] = [];
  for (const change of changes) {
    if (change.kind === 'insert' || change.kind === 'remove') places.push([...change.path, { id: change.id }]);
    else {
      const last = change.path[change.path.length - 1];
      if (typeof last === 'string' && IGNORED_LEAVES.has(last)) continue;
      places.push(change.path);
    }
  }
  return places;
}

function sameStep(a: PathStep, b: PathStep): boolean {
  return typeof a === 'string' ? a === b : typeof b === 'object' && a.id === b.id;
}

/** One place contains the other (or they are the same). */
function overlaps(a: ChangePath, b: ChangePath): boolean {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    if (!sameStep(a[index]!, b[index]!)) return false;
  }
  return true;
}

export class RecentChanges {
  private entries: Entry[] = [];

  constructor(private readonly limit = 500) {}

  record(revision: number, clientId: string | null, changes: readonly Change[]): void {
    this.entries.push({ revision, clientId, paths: changedPlaces(changes) });
    if (this.entries.length > this.limit) this.entries.splice(0, this.entries.length - this.limit);
  }

  /** Forget everything (another file, a reload): older revisions can no longer be compared. */
  clear(): void {
    this.entries = [];
  }

  /**
   * Whether changes made after `baseRevision` by other windows touch any of `places`. A base older
   * than what is remembered counts as a conflict (nothing left to compare with).
   */
  conflicts(baseRevision: number, currentRevision: number, clientId: string | null, places: readonly ChangePath[]): boolean {
    if (baseRevision >= currentRevision) return false;
    const oldest = this.entries[0];
    if (!oldest || oldest.revision > baseRevision + 1) return true;
    for (const entry of this.entries) {
      if (entry.revision <= baseRevision || (clientId !== null && entry.clientId === clientId)) continue;
      if (entry.paths.some((theirs) => places.some((mine) => overlaps(theirs, mine)))) return true;
    }
    return false;
  }
}
