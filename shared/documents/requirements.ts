import type { ProductDocument, Requirement } from '../schema/document';

export type Priority = Requirement['priority'];
export type RequirementStatus = Requirement['status'];
/** The workspace setting settings.requirementPriorityScheme. */
export type PriorityScheme = 'moscow' | 'p0-p3';

const MOSCOW = ['must', 'should', 'could', 'wont'] as const satisfies readonly Priority[];
const P_LEVELS = ['P0', 'P1', 'P2', 'P3'] as const satisfies readonly Priority[];

/** Workflow order, used when sorting by status. */
export const REQUIREMENT_STATUSES = ['proposed', 'accepted', 'in-progress', 'done', 'rejected'] as const satisfies readonly RequirementStatus[];

const KEY = /^REQ-(\d+)$/;

/** The number in "REQ-042" (as a bigint: a key's digits have no length limit in the schema), or null. */
function keyNumber(key: string): bigint | null {
  const match = KEY.exec(key);
  return match ? BigInt(match[1]!) : null;
}

/** A key's number as the document's counter holds it: 0 for a key not of the form REQ-n; a huge one capped. */
export function requirementNumber(key: string): number {
  const n = keyNumber(key);
  if (n === null) return 0;
  return n > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(n);
}

/** The highest REQ number among these requirements (0 for none): a new document's counter. */
export function highestRequirementNumber(requirements: readonly Pick<Requirement, 'key'>[]): number {
  return requirements.reduce((highest, requirement) => Math.max(highest, requirementNumber(requirement.key)), 0);
}

/**
 * The key for a new requirement: one above the highest number the document has ever given — its
 * counter (lastRequirementNumber, which remembers deleted requirements), its requirements now and
 * every version snapshot — so a deleted requirement's key is never given to another one (R&D may
 * still refer to it). Three digits at least: REQ-001.
 */
export function nextRequirementKey(doc: Pick<ProductDocument, 'requirements' | 'versions' | 'lastRequirementNumber'>): string {
  let highest = BigInt(doc.lastRequirementNumber);
  const consider = (list: readonly Requirement[] | undefined) => {
    for (const requirement of list ?? []) {
      const n = keyNumber(requirement.key);
      if (n !== null && n > highest) highest = n;
    }
  };
  consider(doc.requirements);
  for (const version of doc.versions) consider(version.requirements);
  return `REQ-${String(highest + 1n).padStart(3, '0')}`;
}

/** The priorities the user chooses from under a scheme, highest first. */
export function priorityValues(scheme: PriorityScheme): readonly Priority[] {
  return scheme === 'moscow' ? MOSCOW : P_LEVELS;
}

/** 0 (must/P0) … 3 (wont/P3): the two schemes are the same four levels under two names. */
export function priorityRank(priority: Priority): number {
  const moscow = (MOSCOW as readonly string[]).indexOf(priority);
  return moscow !== -1 ? moscow : (P_LEVELS as readonly string[]).indexOf(priority);
}

/**
 * A stored priority as the workspace's scheme shows it: switching the setting shows 'must' as
 * P0 and P0 as 'must' without rewriting any requirement.
 */
export function displayPriority(priority: Priority, scheme: PriorityScheme): Priority {
  return priorityValues(scheme)[priorityRank(priority)]!;
}

export type RequirementSortColumn = 'key' | 'title' | 'priority' | 'status' | 'owner';
export type SortDirection = 'asc' | 'desc';

function keyOrder(a: string, b: string): number {
  const [x, y] = [keyNumber(a), keyNumber(b)];
  if (x !== null && y !== null) return x < y ? -1 : x > y ? 1 : 0;
  if (x !== null) return -1; // a malformed key from a hand-edited file sorts after real ones
  if (y !== null) return 1;
  return a.localeCompare(b);
}

/**
 * A sorted copy. Keys sort by number (REQ-2 before REQ-10), priority by level whatever the
 * scheme, status by workflow order, text by the locale's collation (pass 'zh-CN' to sort
 * Chinese by pinyin). Ties go by key, so the table does not jump around.
 */
export function sortRequirements(
  list: readonly Requirement[],
  column: RequirementSortColumn,
  direction: SortDirection,
  locale?: string,
): Requirement[] {
  const compare = (a: Requirement, b: Requirement): number => {
    switch (column) {
      case 'key': return keyOrder(a.key, b.key);
      case 'priority': return priorityRank(a.priority) - priorityRank(b.priority);
      case 'status': return REQUIREMENT_STATUSES.indexOf(a.status) - REQUIREMENT_STATUSES.indexOf(b.status);
      case 'title': return a.title.localeCompare(b.title, locale);
      case 'owner': return a.owner.localeCompare(b.owner, locale);
    }
  };
  const sign = direction === 'asc' ? 1 : -1;
  // Ties in ascending key order whichever way the column sorts.
  return [...list].sort((a, b) => sign * compare(a, b) || keyOrder(a.key, b.key));
}

/** Empty / null / undefined means "any". */
export interface RequirementFilter {
  /** Case-insensitive, in key, title, description, acceptance criteria and owner. */
  text?: string | null;
  /** Either scheme's name: 'must' also finds P0 (they are shown alike). */
  priority?: Priority | null;
  status?: RequirementStatus | null;
  /** Exact owner, ignoring case and surrounding spaces. */
  owner?: string | null;
  personaOrSegmentId?: string | null;
}

export function filterRequirements(list: readonly Requirement[], filter: RequirementFilter): Requirement[] {
  const text = (filter.text ?? '').trim().toLowerCase();
  const owner = (filter.owner ?? '').trim().toLowerCase();
  const rank = filter.priority ? priorityRank(filter.priority) : null;
  return list.filter((r) =>
    (text === '' || [r.key, r.title, r.description, r.acceptanceCriteria, r.owner].some((field) => field.toLowerCase().includes(text)))
    && (rank === null || priorityRank(r.priority) === rank)
    && (!filter.status || r.status === filter.status)
    && (owner === '' || r.owner.trim().toLowerCase() === owner)
    && (!filter.personaOrSegmentId || r.personaOrSegmentId === filter.personaOrSegmentId));
}

/** The distinct owners, for the owner filter's choices (first spelling wins, sorted). */
export function requirementOwners(list: readonly Requirement[], locale?: string): string[] {
  const byKey = new Map<string, string>();
  for (const r of list) {
    const name = r.owner.trim();
    if (name !== '' && !byKey.has(name.toLowerCase())) byKey.set(name.toLowerCase(), name);
  }
  return [...byKey.values()].sort((a, b) => a.localeCompare(b, locale));
}
