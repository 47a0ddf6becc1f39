import type { Draft } from 'immer';
import type { z } from 'zod';
import type { Workspace } from '../schema/workspace';

/**
 * A named operation: the one way the workspace changes. A pure function over an immer draft,
 * its arguments a zod schema, entities named by id. The renderer runs it at once on its own
 * copy (so the screen answers before the service does); the service runs the same function on
 * the file's state and its answer is the truth. Anything that is not in the arguments and must
 * be the same on both sides (the time, new ids) comes in the call: never Date.now() or a random id
 * inside apply.
 */
export interface OperationContext {
  /** When the user made the change (ISO date-time), stamped once by the caller. */
  at: string;
}

export interface Operation<A extends z.ZodType = z.ZodType> {
  readonly name: string;
  readonly args: A;
  // Method syntax on purpose: the registry holds operations of every argument type side by side.
  apply(draft: Draft<Workspace>, args: z.output<A>, context: OperationContext): void;
}

export function defineOperation<A extends z.ZodType>(
  name: string,
  args: A,
  apply: (draft: Draft<Workspace>, args: z.output<A>, context: OperationContext) => void,
): Operation<A> {
  return { name, args, apply };
}

/**
 * An operation refusing to run: the entity it names is gone (`conflict`: deleted in another
 * window), or a rule forbids it (`refused`: an approved document is locked; an ID already used).
 * The message is shown to the user as it is, in both languages.
 */
export class OperationRefused extends Error {
  constructor(readonly code: 'conflict' | 'refused', readonly en: string, readonly zh: string) {
    super(en);
    this.name = 'OperationRefused';
  }
}
