import type { Invariant } from '../../ops/defineInvariant';
import { actionOps } from './actionOps';
import { agendaOps } from './agendaOps';
import { clockOps } from './clockOps';
import { workshopLinkInvariants } from './invariants';
import { noteOps } from './noteOps';
import { promoteOps } from './promoteOps';
import { voteOps } from './voteOps';
import { workshopOps } from './workshopOps';

/** Workshops: setup, the clock, notes, votes, decisions and actions. */
export const workshopOperations = {
  ...workshopOps,
  ...agendaOps,
  ...clockOps,
  ...noteOps,
  ...voteOps,
  ...promoteOps,
  ...actionOps,
};
export const workshopInvariants: Invariant[] = [...workshopLinkInvariants];
