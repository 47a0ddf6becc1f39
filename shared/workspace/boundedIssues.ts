import { z } from 'zod';

/**
 * Validation that stops early, for untrusted files. zod reports every problem, and a hostile
 * file makes that unbounded: 400 campaigns with 2,000 empty activities each (2.6 MB) are
 * 4.8 million problems — close to a minute and 3 GB in the main process, which freezes the app
 * or kills it. Users need the first few problems, not all of them.
 */

/**
 * zod's own "stop at the first problem" switch, the one its public `validate()` uses. It is
 * typed as internal, so it is passed here in one place; if zod ever ignored it, parsing would
 * still be correct, only slow again (shared/workspace/parseWorkspace.test.ts times it).
 */
const STOP_AT_FIRST_PROBLEM = { abortEarly: true, reportInput: true } as z.core.ParseContext<z.core.$ZodIssue>;
const WITH_INPUT = { reportInput: true } as const;

/** safeParse that stops at the first problem: the same data on success, one issue on failure. */
export function safeParseStoppingEarly<T extends z.ZodType>(schema: T, value: unknown) {
  return schema.safeParse(value, STOP_AT_FIRST_PROBLEM);
}

/** safeParse whose issues carry the input they were about (so "wrong type" is told from "missing"). */
export function safeParseReportingInput<T extends z.ZodType>(schema: T, value: unknown) {
  return schema.safeParse(value, WITH_INPUT as z.core.ParseContext<z.core.$ZodIssue>);
}

export interface BoundedIssues {
  /** The first problems in document order (at most the limit), paths from the root. */
  issues: z.core.$ZodIssue[];
  /** False when the search stopped at the limit: there may be more. */
  complete: boolean;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The schema that applies to a present value: optional, nullable and default wrappers let it through. */
function unwrap(schema: z.ZodType, value: unknown): z.ZodType {
  let current = schema;
  for (;;) {
    if (current instanceof z.ZodOptional && value !== undefined) current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodNullable && value !== null) current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodDefault && value !== undefined) current = current.unwrap() as z.ZodType;
    else return current;
  }
}

/**
 * The first `limit` problems of a value that fails `schema`, the same issues zod would list
 * first. Walks objects and arrays itself and asks zod (stopping at the first problem) which
 * parts fail; zod's full report is only built for a leaf, or for an object or array whose
 * parts are all valid (its own refinements, length limits), so it stays small.
 */
export function firstIssues(schema: z.ZodType, value: unknown, limit: number): BoundedIssues {
  const issues: z.core.$ZodIssue[] = [];
  let complete = true;

  const report = (node: z.ZodType, input: unknown, path: PropertyKey[]) => {
    const result = node.safeParse(input, WITH_INPUT);
    if (result.success) return;
    for (const issue of result.error.issues) {
      if (issues.length >= limit) { complete = false; return; }
      issues.push({ ...issue, path: [...path, ...issue.path] });
    }
  };

  /** `known` = the caller already knows this value fails (saves one check at the root). */
  const visit = (node: z.ZodType, input: unknown, path: PropertyKey[], known = false): void => {
    if (issues.length >= limit) { complete = false; return; }
    if (!known && node.validate(input)) return;
    const inner = unwrap(node, input);
    const before = issues.length;
    if (inner instanceof z.ZodObject && isPlainObject(input)) {
      for (const [key, field] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
        visit(field, input[key], [...path, key]);
        if (issues.length >= limit) { complete = false; return; }
      }
    } else if (inner instanceof z.ZodArray && Array.isArray(input)) {
      // Too many items: zod says so without reading them (and so should we, for 10 million of them).
      const first = safeParseStoppingEarly(inner, input);
      if (!first.success && first.error.issues[0]?.path.length === 0) {
        report(node, input, path);
        return;
      }
      const element = inner.element as z.ZodType;
      for (let i = 0; i < input.length; i++) {
        visit(element, input[i], [...path, i]);
        if (issues.length >= limit) { complete = false; return; }
      }
    } else {
      report(node, input, path);
      return;
    }
    // Every part is valid, yet the whole is not: its own rule (dates in order, a length limit, no duplicates).
    if (issues.length === before) report(node, input, path);
  };

  visit(schema, value, [], true);
  return { issues, complete };
}
