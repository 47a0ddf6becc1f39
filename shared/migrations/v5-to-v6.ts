/**
 * Version 6 gives each document a requirement counter, lastRequirementNumber: the highest number
 * of a REQ-n key it has ever given. Until v5 the next key was one above the highest key in the
 * document and its versions, so deleting the newest requirement before any version recorded it
 * let its key be given again. The counter starts at that same highest number (0 for none); keys of
 * another form do not count. Like every migration it works on untrusted JSON and leaves malformed
 * parts for the schema.
 */
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const arrayOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function highestIn(requirements: unknown): number {
  let highest = 0;
  for (const requirement of arrayOf(requirements)) {
    if (!isObject(requirement) || typeof requirement.key !== 'string') continue;
    const match = /^REQ-(\d+)$/.exec(requirement.key);
    if (!match) continue;
    highest = Math.max(highest, Math.min(Number(match[1]), Number.MAX_SAFE_INTEGER));
  }
  return highest;
}

function documentV6(doc: unknown): unknown {
  if (!isObject(doc)) return doc;
  const fromVersions = arrayOf(doc.versions).map((version) => (isObject(version) ? highestIn(version.requirements) : 0));
  return { ...doc, lastRequirementNumber: Math.max(highestIn(doc.requirements), ...fromVersions) };
}

export function migrateV5ToV6(doc: Json): Json {
  return { ...doc, schemaVersion: 6, ...(Array.isArray(doc.documents) ? { documents: doc.documents.map(documentV6) } : {}) };
}
