import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readWorkspaceFile } from '../../../electron/services/workspaceFile';
import { createSampleWorkspace } from '../../../shared/samplePlan/samplePlan';
import { CURRENT_SCHEMA_VERSION, workspace, type Workspace } from '../../../shared/schema/workspace';
import { summarizeIssues } from '../../../shared/validation/issues';
import { decodeWorkspaceBytes } from '../../../shared/workspace/decodeWorkspaceBytes';
import { visibleText } from '../../../shared/workspace/jsonErrorOffset';
import { parseWorkspaceText, validateWorkspaceJson, type ParseOutcome } from '../../../shared/workspace/parseWorkspace';
import { hangGuard, runs } from './fuzzRuns';
import { expectNotPolluted } from './openThroughApp';

/**
 * Property-based fuzzing of the workspace reader: random mutations of the sample plan (at any
 * depth, with hostile values and prototype keys, at every schema version), random text and random
 * bytes. Whatever comes in: no throw, no pollution, and either a valid workspace or a problem with
 * a path. numRuns keep the whole file to a few seconds on CI (see the timing in the report).
 */

const HANG_GUARD_MS = hangGuard(30_000);
const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

const samples = (['en', 'zh-CN'] as const).map((lang) => JSON.parse(JSON.stringify(createSampleWorkspace(lang, new Date('2026-05-01T09:00:00Z')))) as Json);

/** Every path to an object or array member in the sample, so mutations can hit any depth. */
function allPaths(value: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.forEach((item, i) => allPaths(item, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) allPaths(item, [...path, key], out);
  return out;
}
const PATHS = samples.map((s) => allPaths(s));

/** Own data property, also for "__proto__" (a plain assignment would set the prototype instead). */
function defineOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

const hostileString = fc.oneof(
  fc.constantFrom(
    '', ' ', '2026-02-30', '2026-13-01', '2025-02-29', '2026-02-30T10:00:00Z', 'NaN', 'Infinity', '-Infinity', '1e999', 'nan',
    '\u202Eexe.txt', '\u200F\u200E', '\uD800', '\uDC00x', 'a\u0000b', '\u001b[31m', '__proto__', 'constructor', 'toString',
    'javascript:alert(1)', '<script>alert(1)</script>', 'x'.repeat(201), 'y'.repeat(2_001), 'REQ-001', 'USD', 'cmp_launch',
    'planned', 'campaign', 'must', 'yellow', 'research', 'data:image/png;base64,AAAA',
  ),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const hostileNumber = fc.oneof(fc.constantFrom(0, -0, -1, 0.5, 1.5, 12, 13, 1e15, 1e16, 1e308, -1e308, 2_000, 2_101, Number.MAX_SAFE_INTEGER + 2), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());
/** Objects whose keys are own "__proto__" / "constructor" (as JSON.parse makes them) or whose toString is not a function. */
const trickyObject = fc.constantFrom(
  '{"__proto__": {"polluted": "yes"}}', '{"constructor": {"prototype": {"polluted": "yes"}}}', '{"toString": "x", "valueOf": "y"}',
  '{"prototype": {"polluted": "yes"}}', '{"__proto__": null}', '[{"__proto__": {"polluted": "yes"}}]',
).map((text) => JSON.parse(text) as Json);
const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 2, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.constantFrom<Json>(null, true, false, [], {}) },
  { weight: 2, arbitrary: trickyObject },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> },
);

type Mutation =
  | { op: 'replace' | 'add-key'; at: number; value: Json; key: string }
  | { op: 'delete' | 'duplicate' | 'wrap' | 'stringify'; at: number }
  | { op: 'schema-version'; value: Json };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('replace' as const), at: fc.nat(), value: hostileValue, key: fc.constant('') }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('add-key' as const), at: fc.nat(), value: hostileValue, key: fc.oneof(fc.constantFrom(...FORBIDDEN, 'toString', 'valueOf', 'hasOwnProperty', 'polluted'), fc.string({ maxLength: 8 })) }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const, 'wrap' as const, 'stringify' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('schema-version' as const), value: fc.constantFrom<Json>(1, 2, 3, 4, 5, 6, 99, '5', 0, -1, 5.5, null) }) },
);

function mutate(base: Json, paths: Path[], mutations: Mutation[]): Json {
  const doc = structuredClone(base) as { [key: string]: Json };
  for (const m of mutations) {
    if (m.op === 'schema-version') { doc.schemaVersion = m.value; continue; }
    const path = paths[m.at % paths.length]!;
    if (path.length === 0 && m.op !== 'add-key') continue; // the root stays an object; other tests cover other roots
    const parentPath = path.slice(0, -1);
    let parent: Json = doc;
    for (const key of parentPath) {
      parent = parent !== null && typeof parent === 'object' ? (parent as Record<string, Json>)[key as string] ?? null : null;
    }
    if (parent === null || typeof parent !== 'object') continue; // an earlier mutation removed the way there
    const container = parent as Record<string | number, Json>;
    const key = path.at(-1)!;
    const current = container[key];
    switch (m.op) {
      case 'replace': defineOwn(container, key, m.value); break;
      case 'add-key': {
        const target = path.length === 0 ? doc : current;
        if (target !== null && typeof target === 'object' && !Array.isArray(target)) defineOwn(target, m.key, m.value);
        break;
      }
      case 'delete': if (Array.isArray(container)) container.splice(key as number, 1); else delete container[key]; break;
      case 'duplicate': if (Array.isArray(current)) current.push(structuredClone(current[0] ?? null)); break;
      case 'wrap': defineOwn(container, key, [current ?? null]); break;
      case 'stringify': defineOwn(container, key, typeof current === 'number' ? String(current) : current === undefined ? null : JSON.stringify(current)); break;
    }
  }
  return doc;
}

/** As it would be in a file: JSON has no -0 (it is written as 0), so compare through JSON. */
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const FORBIDDEN_SET = new Set(FORBIDDEN);
function expectNoForbiddenKeys(value: unknown): void {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(node));
    for (const key of Object.keys(node)) {
      expect(FORBIDDEN_SET.has(key), `kept a "${key}" key`).toBe(false);
      stack.push((node as Record<string, unknown>)[key]);
    }
  }
}

function expectSubsequence<T>(part: readonly T[], whole: readonly T[]): void {
  let at = 0;
  for (const item of part) {
    while (at < whole.length && JSON.stringify(whole[at]) !== JSON.stringify(item)) at++;
    expect(at < whole.length, `${JSON.stringify(item)} is not among zod's problems, in order`).toBe(true);
    at++;
  }
}

/** The outcome is either a schema-valid workspace or a problem that says where. */
function expectTypedOutcome(outcome: ParseOutcome): void {
  if (outcome.ok) {
    expect(workspace.safeParse(outcome.workspace).success).toBe(true);
    expectNoForbiddenKeys(outcome.workspace);
    return;
  }
  const { problem } = outcome;
  expect(['not-json', 'invalid']).toContain(problem.kind);
  expect(problem.detail.length).toBeGreaterThan(0);
  expect(visibleText(problem.detail)).toBe(problem.detail); // nothing from the file can reverse or hide the message
  if (problem.kind === 'invalid') {
    expect(problem.issues.length).toBeGreaterThan(0);
    expect(problem.issues.length).toBeLessThanOrEqual(20);
    for (const issue of problem.issues) {
      expect(issue.path.length).toBeGreaterThan(0);
      expect(issue.en.length).toBeGreaterThan(0);
      expect(issue.zh.length).toBeGreaterThan(0);
    }
  }
}

describe('fuzz: the workspace schema and reader', () => {
  it('random mutations of the sample plan validate or are refused with a path — never a throw', () => {
    fc.assert(
      fc.property(fc.nat(1), fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, mutations) => {
        const doc = mutate(samples[which]!, PATHS[which]!, mutations);
        const outcome = validateWorkspaceJson(doc);
        expectTypedOutcome(outcome);
        expectNotPolluted();

        // Through the text path too (JSON keeps own "__proto__" keys), with the same answer.
        const text = JSON.stringify(doc);
        const fromText = parseWorkspaceText(text);
        expect(asJson(fromText)).toEqual(asJson(outcome));

        // At the current version, the early-stopping reader agrees with zod's full report: same
        // verdict, and its problems are zod's, in zod's order. (It leaves out an object's own rule
        // when a part of the object is already wrong, e.g. "ends before it starts" when the start
        // is not a date, which zod adds.)
        if ((doc as Record<string, Json>).schemaVersion === CURRENT_SCHEMA_VERSION) {
          const full = workspace.safeParse(JSON.parse(text), { reportInput: true });
          expect(outcome.ok).toBe(full.success);
          if (!outcome.ok && !full.success) {
            const all = summarizeIssues(full.error.issues, Number.MAX_SAFE_INTEGER);
            expect(outcome.problem.issues[0]).toEqual(all[0]);
            expectSubsequence(outcome.problem.issues, all);
          }
        }

        // What opens saves and reopens to the same workspace.
        if (outcome.ok) {
          const again = parseWorkspaceText(`${JSON.stringify(outcome.workspace, null, 2)}\n`);
          expect(again.ok && asJson(again.workspace)).toEqual(asJson(outcome.workspace as Workspace));
        }
      }),
      { numRuns: runs(400) },
    );
  }, HANG_GUARD_MS);

  it('older files: hostile values under the keys the migrations read never make them throw', () => {
    // Every key a migration (shared/migrations) reads; the value under each occurrence is replaced.
    const MIGRATION_KEYS = [
      'schemaVersion', 'companyName', 'companyIndustry', 'settings', 'templates', 'workshops', 'strategies', 'research', 'pricing',
      'competitors', 'marketingPlan', 'name', 'createdAt', 'attendees', 'agenda', 'step', 'notes', 'author', 'votes', 'color',
      'clusterId', 'agendaItemId', 'actions', 'campaignActivityId', 'dueDate', 'date', 'decisions', 'status',
    ];
    const replaceEverywhere = (value: Json, key: string, replacement: Json): Json => {
      if (Array.isArray(value)) return value.map((item) => replaceEverywhere(item, key, replacement));
      if (value === null || typeof value !== 'object') return value;
      const out: Record<string, Json> = {};
      for (const [k, v] of Object.entries(value)) defineOwn(out, k, k === key ? replacement : replaceEverywhere(v, key, replacement));
      return out;
    };
    fc.assert(
      fc.property(
        fc.nat(1), fc.constantFrom(1, 2, 3, 4),
        // Objects with their own toString / __proto__ are what trips code written for strings.
        fc.array(fc.tuple(fc.constantFrom(...MIGRATION_KEYS), fc.oneof({ weight: 3, arbitrary: trickyObject }, { weight: 2, arbitrary: hostileValue })), { minLength: 1, maxLength: 3 }),
        (which, version, poisons) => {
          let doc: Json = { ...(samples[which] as Record<string, Json>), schemaVersion: version };
          for (const [key, value] of poisons) doc = replaceEverywhere(doc, key, value);
          const outcome = parseWorkspaceText(JSON.stringify(doc));
          expectTypedOutcome(outcome);
          expectNotPolluted();
        },
      ),
      { numRuns: runs(500) },
    );
  }, HANG_GUARD_MS);

  it('random text, broken JSON and cut-off files give a typed outcome — never a throw', () => {
    const sampleText = JSON.stringify(samples[0], null, 2);
    const arbitraryText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.json({ maxDepth: 3 }),
      fc.nat(sampleText.length).map((cut) => sampleText.slice(0, cut)),
      fc.tuple(fc.nat(sampleText.length), fc.string({ unit: 'binary', minLength: 1, maxLength: 4 })).map(([at, junk]) => sampleText.slice(0, at) + junk + sampleText.slice(at)),
      fc.tuple(fc.constantFrom('\uFEFF', '\uFEFF\uFEFF', '\u202E', ' \n', '\u0000'), fc.constant(sampleText)).map(([prefix, text]) => prefix + text),
    );
    fc.assert(
      fc.property(arbitraryText, (text) => {
        const outcome = parseWorkspaceText(text);
        expectTypedOutcome(outcome);
        const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
        let isJson = true;
        try { JSON.parse(body); } catch { isJson = false; }
        expect(!outcome.ok && outcome.problem.kind === 'not-json').toBe(!isJson);
        if (!outcome.ok && outcome.problem.kind === 'not-json' && body.trim() !== '') {
          expect(outcome.problem.detail).toMatch(/line \d+, column \d+/);
        }
        expectNotPolluted();
      }),
      { numRuns: runs(400) },
    );
  }, HANG_GUARD_MS);

  it('random bytes are decoded strictly or refused with a reason — never a throw', () => {
    const sampleBytes = new TextEncoder().encode(JSON.stringify(samples[1], null, 2));
    const arbitraryBytes = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.array(fc.tuple(fc.nat(sampleBytes.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 3 }).map((flips) => {
        const copy = sampleBytes.slice();
        for (const [at, byte] of flips) copy[at] = byte;
        return copy;
      }),
    );
    fc.assert(
      fc.property(arbitraryBytes, (bytes) => {
        const decoded = decodeWorkspaceBytes(bytes);
        if (!decoded.ok) {
          expect(decoded.detail).toMatch(/UTF-8|UTF-16/);
          return;
        }
        expectTypedOutcome(parseWorkspaceText(decoded.text));
      }),
      { numRuns: runs(400) },
    );
  }, HANG_GUARD_MS);

  it('random bytes on disk go through readWorkspaceFile to a typed outcome', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sb-fuzz-bytes-'));
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const file = join(dir, `f${n++}.json`);
        await writeFile(file, bytes);
        const result = await readWorkspaceFile(file);
        if (result.ok) expect(workspace.safeParse(result.workspace).success).toBe(true);
        else expect(['not-json', 'invalid']).toContain(result.problem.kind);
      }),
      { numRuns: runs(60) },
    );
    await rm(dir, { recursive: true, force: true });
  }, HANG_GUARD_MS);
});
