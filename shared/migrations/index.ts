import { CURRENT_SCHEMA_VERSION } from '../schema/workspace';
import { migrateV1ToV2 } from './v1-to-v2';
import { migrateV2ToV3 } from './v2-to-v3';
import { migrateV3ToV4 } from './v3-to-v4';
import { migrateV4ToV5 } from './v4-to-v5';
import { migrateV5ToV6 } from './v5-to-v6';

type Json = Record<string, unknown>;

/** migrations[n] turns a version-n document into version n+1. Numbered, never edited once shipped. */
export const migrations: Readonly<Record<number, (doc: Json) => Json>> = {
  1: migrateV1ToV2,
  2: migrateV2ToV3,
  3: migrateV3ToV4,
  4: migrateV4ToV5,
  5: migrateV5ToV6,
};

export const OLDEST_SUPPORTED_VERSION = 1;

export type MigrationOutcome =
  | { kind: 'current'; doc: Json; fromVersion: number }
  | { kind: 'newer'; doc: Json; fromVersion: number }
  | { kind: 'unknown-version'; found: unknown };

/** Brings a parsed document up to CURRENT_SCHEMA_VERSION without touching the input object. */
export function migrateToCurrent(doc: Json): MigrationOutcome {
  const found = doc.schemaVersion;
  if (typeof found !== 'number' || !Number.isInteger(found) || found < OLDEST_SUPPORTED_VERSION) {
    return { kind: 'unknown-version', found };
  }
  if (found > CURRENT_SCHEMA_VERSION) return { kind: 'newer', doc, fromVersion: found };
  let current = doc;
  for (let version = found; version < CURRENT_SCHEMA_VERSION; version += 1) {
    const step = migrations[version];
    if (!step) return { kind: 'unknown-version', found };
    current = step(current);
  }
  return { kind: 'current', doc: current, fromVersion: found };
}
