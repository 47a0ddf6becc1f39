import type { Invariant } from '../../ops/defineInvariant';
import { changeRecordOps } from './changeRecordOps';
import { documentOps } from './documentOps';
import { documentInvariantList } from './invariants';
import { requirementOps } from './requirementOps';
import { templateOps } from './templateOps';
import { versionOps } from './versionOps';

/** BRD/PRD documents, their requirements, versions and change records, and templates. */
export const documentOperations = {
  ...documentOps,
  ...requirementOps,
  ...changeRecordOps,
  ...versionOps,
  ...templateOps,
};
export const documentInvariants: Invariant[] = [...documentInvariantList];
