import type { Strategy } from '../schema/strategy';

/**
 * shared/ compiles without DOM or Node types, yet structuredClone exists in every runtime we
 * ship (Electron's renderer and main, Node 20). Declared locally, as shared/ids.ts does for crypto.
 */
declare const structuredClone: <T>(value: T) => T;

export interface DuplicateStrategyOptions {
  id: string;
  name: string;
  createdAt: string;
}

/**
 * A full copy under a new id and name. Campaign links are cleared in the copy: the campaigns
 * belong to (point back at) the original, and a link from the copy would be one-sided.
 * Ids inside the strategy (segments, tiers, competitors, map points…) are kept: they are only
 * referenced from within the same strategy, so the copy's internal links stay intact.
 * Nothing is shared with the source, so editing the copy can never change the original.
 */
export function duplicateStrategy(source: Strategy, options: DuplicateStrategyOptions): Strategy {
  const copy = structuredClone(source);
  copy.id = options.id;
  copy.name = options.name;
  copy.createdAt = options.createdAt;
  for (const item of copy.promotion.items) item.campaignIds = [];
  return copy;
}
