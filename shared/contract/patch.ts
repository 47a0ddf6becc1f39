import { z } from 'zod';

/**
 * A change to the workspace travels as JSON patches (immer's format: path as an array).
 * The renderer computes them with produceWithPatches, which also yields the inverse
 * patches it keeps for undo. Keys that could reach an object's prototype are refused here,
 * before the services ever see them.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const pathKey = z.union([
  z.string().min(1).max(64).refine((key) => !FORBIDDEN_KEYS.has(key), { message: 'forbidden-key', params: { reason: 'forbidden-key' } }),
  z.number().int().nonnegative().max(1_000_000),
]);

export const workspacePatch = z.object({
  op: z.enum(['add', 'remove', 'replace']),
  path: z.array(pathKey).max(24),
  value: z.unknown().optional(),
});
export type WorkspacePatch = z.infer<typeof workspacePatch>;

export const MAX_PATCHES_PER_CHANGE = 20_000;
