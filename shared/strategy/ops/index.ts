import type { Invariant } from '../../ops/defineInvariant';
import { channelOps } from './channelOps';
import { implementationOps } from './implementationOps';
import { positioningOps } from './positioningOps';
import { pricingOps } from './pricingOps';
import { promotionOps } from './promotionOps';
import { researchOps } from './researchOps';
import { strategyOps } from './strategyOps';
import { targetMarketOps } from './targetMarketOps';

/**
 * Strategies and their canvas blocks. Every operation names its strategy by id and changes only
 * what it names, so typing into a field touches that one strategy and nothing else.
 */
export const strategyOperations = {
  ...strategyOps,
  ...researchOps,
  ...targetMarketOps,
  ...positioningOps,
  ...pricingOps,
  ...channelOps,
  ...promotionOps,
  ...implementationOps,
};

/**
 * None of its own: links inside one strategy (a finding's source, a tier's segment…) are kept by
 * the operations that remove their targets, and a stale one left by an older file or an undo only
 * reads as "none" on the canvas (the campaign ↔ promotion item link is the calendar's invariant).
 */
export const strategyInvariants: Invariant[] = [];
