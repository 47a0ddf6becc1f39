import type { Workspace } from '../schema/workspace';
import type { IssueSummary } from '../validation/issues';
import type { Touched } from './touchedEntities';

/**
 * A rule across entities (a campaign's link to a promotion item, a requirement ID never reused,
 * an approved document's lock). It lives beside the operations of the area that owns it and is
 * checked by the runner after every operation that touched one of the collections or fields it
 * watches — in the renderer, for an instant answer, and in the service, whose answer counts.
 * `before` is the state the operation started from (for rules about what may change).
 */
export interface Invariant {
  readonly name: string;
  readonly watches: readonly string[];
  readonly check: (next: Workspace, touched: Touched, before: Workspace) => IssueSummary[];
}

export function defineInvariant(name: string, watches: readonly string[], check: Invariant['check']): Invariant {
  return { name, watches, check };
}
