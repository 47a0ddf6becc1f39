import type { DocumentVersion, ProductDocument, Requirement } from '../schema/document';

/** Named versions ("v0.3 sent to R&D") and restoring one without losing anything. */

/** An ISO date-time from a Date or from an operation's `at` (already one). */
const isoStamp = (now: Date | string): string => (typeof now === 'string' ? now : now.toISOString());

const copyRequirements = (list: readonly Requirement[]): Requirement[] => list.map((r) => ({ ...r }));

/** The current body, title and requirements under a name. */
export function snapshotVersion(doc: ProductDocument, options: { id: string; name: string; now: Date | string }): DocumentVersion {
  return {
    id: options.id,
    name: options.name,
    createdAt: isoStamp(options.now),
    bodyHtml: doc.bodyHtml,
    title: doc.title,
    requirements: copyRequirements(doc.requirements),
  };
}

/** The most recently made version (latest createdAt; the later one in the list on a tie), or null. */
export function newestVersion(doc: Pick<ProductDocument, 'versions'>): DocumentVersion | null {
  let newest: DocumentVersion | null = null;
  for (const version of doc.versions) {
    if (newest === null || Date.parse(version.createdAt) >= Date.parse(newest.createdAt)) newest = version;
  }
  return newest;
}

/** What the document calls its version on covers and in lists: the newest version's name. */
export function versionLabel(doc: Pick<ProductDocument, 'versions'>): string | null {
  return newestVersion(doc)?.name ?? null;
}

function sameRequirements(a: readonly Requirement[], b: readonly Requirement[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((r, i) => {
    const other = b[i]!;
    return (Object.keys(r) as Array<keyof Requirement>).every((field) => r[field] === other[field])
      && Object.keys(other).length === Object.keys(r).length;
  });
}

/**
 * Whether a version holds exactly the document's current state. A version from before titles
 * and requirements were recorded never counts as identical: its content is not fully known.
 */
export function matchesVersion(doc: ProductDocument, version: DocumentVersion): boolean {
  return version.bodyHtml === doc.bodyHtml
    && version.title === doc.title
    && version.requirements !== undefined && sameRequirements(version.requirements, doc.requirements);
}

export interface RestoreOptions {
  /** A new version's id; told which of the two new versions it is for. */
  ids: (purpose: 'before-restore' | 'restored') => string;
  now: Date | string;
  /** e.g. "Before restoring v0.2" */
  beforeRestoreName: string;
  /** e.g. "Restored v0.2" */
  restoredName: string;
}

/**
 * Brings back a version's body, title and requirements as a new version: the current state is
 * saved first (unless the newest version already holds it), so restoring can be undone by
 * restoring that. A version without a recorded title or requirements (older files) leaves the
 * current ones as they are. An unknown version id returns the document unchanged.
 */
export function restoreVersion(doc: ProductDocument, versionId: string, options: RestoreOptions): ProductDocument {
  const chosen = doc.versions.find((version) => version.id === versionId);
  if (!chosen) return doc;
  const newest = newestVersion(doc);
  const versions = [...doc.versions];
  if (newest === null || !matchesVersion(doc, newest)) {
    versions.push(snapshotVersion(doc, { id: options.ids('before-restore'), name: options.beforeRestoreName, now: options.now }));
  }
  const restored: ProductDocument = {
    ...doc,
    bodyHtml: chosen.bodyHtml,
    title: chosen.title !== undefined && chosen.title.trim() !== '' ? chosen.title : doc.title,
    requirements: chosen.requirements !== undefined ? copyRequirements(chosen.requirements) : doc.requirements,
    updatedAt: isoStamp(options.now),
  };
  versions.push(snapshotVersion(restored, { id: options.ids('restored'), name: options.restoredName, now: options.now }));
  return { ...restored, versions };
}
