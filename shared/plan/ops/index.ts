import type { Invariant } from '../../ops/defineInvariant';
import { planInvariantList } from './invariants';
import { planOps } from './planOps';

/** The marketing plan's saved settings and objectives. */
export const planOperations = planOps;
export const planInvariants: Invariant[] = [...planInvariantList];
