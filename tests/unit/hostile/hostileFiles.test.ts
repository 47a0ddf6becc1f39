import { copyFile, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OpenSession, Session } from '../../../shared/contract/session';
import {
  expectNotPolluted, expectNoWayToWrite, failedProblem, fingerprint, issueLines, openedSession, openThroughApp,
  scratchDir, unwrap, type FileFingerprint,
} from './openThroughApp';

/**
 * Every committed fixture in tests/fixtures/hostile is opened through the app's real open path,
 * from a scratch copy. Each must give its specific message or be handled correctly, never crash,
 * never hang (15 s per test is a hang guard, not a speed promise), and never be written to:
 * the bytes, inode and mtime are the same after opening, after trying to edit, after closing,
 * and once more after every timer of the closed sessions could have fired.
 */

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'hostile');
const HANG_GUARD_MS = 15_000;

type Refused = { opens: false; kind: 'not-json' | 'invalid'; detail: RegExp; issues?: string[] };
type Opens = { opens: true; check: (session: OpenSession) => void | Promise<void> };
type Expectation = Refused | Opens;

const ODD_NAME = 'Plan \u202Efdp.exe\u202C for \u05E2\u05D1\u05E8\u05D9\u05EA and \u0627\u0644\u0639\u0631\u0628\u064A\u0629 \u200F\u200E';
const ODD_DESCRIPTION = 'NUL\u0000 BEL\u0007 ESC\u001b[31m red DEL\u007f C1\u0085 LS\u2028 PS\u2029 ZWJ\u200D ZWSP\u200B BOM\uFEFF end';
const ODD_INDUSTRY = 'lone high \uD800 lone low \uDC00 pair \uD83D\uDE00 reversed \uDC00\uD800';
const ODD_CAMPAIGN = '\u202Bembedded\u202C \u2066isolate\u2069 \u061C';
const ODD_NOTES = 'line1\r\nline2\rline3\n\ttab \\u0000 literal backslash-u';

const EXPECTED: Record<string, Expectation> = {
  'not-json.json': { opens: false, kind: 'not-json', detail: /Unexpected token 'S'.*\(line 1, column 1\)$/ },
  'empty.json': { opens: false, kind: 'not-json', detail: /^The file is empty\.$/ },
  'truncated.json': { opens: false, kind: 'not-json', detail: /the file ends too early at line 53, column 4; it may have been cut off/ },
  'trailing-garbage.json': { opens: false, kind: 'not-json', detail: /after JSON.*\(line 87, column 1\)$/ },
  'nan-literal.json': { opens: false, kind: 'not-json', detail: /Unexpected token 'N'.*\(line 23, column 24\)$/ },
  'raw-control-char.json': { opens: false, kind: 'not-json', detail: /Bad control character.*\(line 4, column 19\)$/ },
  // The U+202E from the file is shown as the text "\u202E", so it cannot reverse the message on screen.
  'bidi-garbage.json': { opens: false, kind: 'not-json', detail: /^Unexpected token '\\u202E'.*\(line 1, column 1\)$/ },
  'utf16le-bom.json': { opens: false, kind: 'not-json', detail: /^the file is saved as UTF-16 text, but workspace files are UTF-8\./ },
  'gbk-encoded.json': { opens: false, kind: 'not-json', detail: /^the file is not UTF-8 text \(the first invalid byte is on line 7, at byte offset 146\)\. It may have been saved in another encoding, such as GBK/ },
  'root-array.json': { opens: false, kind: 'invalid', detail: /^The file holds JSON, but not a workspace object\.$/, issues: ['(document) — must be an object'] },
  'root-number.json': { opens: false, kind: 'invalid', detail: /not a workspace object/, issues: ['(document) — must be an object'] },
  'root-null.json': { opens: false, kind: 'invalid', detail: /not a workspace object/, issues: ['(document) — must be an object'] },
  'root-string.json': { opens: false, kind: 'invalid', detail: /not a workspace object/, issues: ['(document) — must be an object'] },
  'schema-version-string.json': { opens: false, kind: 'invalid', detail: /no usable schemaVersion/, issues: ['schemaVersion — must be a whole number from 1 to 6'] },
  'newer-version-incompatible.json': {
    opens: false, kind: 'invalid', detail: /^The file was written by a newer Stratboard \(schemaVersion 7\) and this version cannot read it\.$/,
    issues: ['campaigns — has the wrong type (expected array)'],
  },
  'wrong-types-root.json': {
    opens: false, kind: 'invalid', detail: /does not match the workspace format \(9 problem\(s\)\)/,
    issues: [
      'id — has the wrong type (expected string)', 'name — has the wrong type (expected string)',
      'createdAt — has the wrong type (expected string)', 'company — has the wrong type (expected object)',
      'strategies — has the wrong type (expected array)', 'campaigns — has the wrong type (expected array)',
      'budgets — has the wrong type (expected array)', 'settings.currency — has the wrong type (expected string)',
      'settings.fiscalYearStartMonth — has the wrong type (expected number)',
    ],
  },
  'wrong-types-deep.json': {
    opens: false, kind: 'invalid', detail: /\(6 problem\(s\)\)/,
    issues: [
      'strategies[0].research.competitors[1].price — has the wrong type (expected number)',
      'campaigns[0].activities[1].done — has the wrong type (expected boolean)',
      'campaigns[2].kpis.revenue.target — has the wrong type (expected number)',
      'documents[0].versions[0].createdAt — has the wrong type (expected string)',
      'workshops[0].participants — has the wrong type (expected array)',
      'workshops[0].agenda[2].minutes — has the wrong type (expected number)',
    ],
  },
  'impossible-dates.json': {
    opens: false, kind: 'invalid', detail: /\(3 problem\(s\)\)/,
    issues: [
      'createdAt — is not a valid date and time',
      'campaigns[0].startDate — is not a real calendar date (YYYY-MM-DD)',
      'campaigns[0].activities[0].endDate — is not a real calendar date (YYYY-MM-DD)',
    ],
  },
  'nan-infinity.json': {
    opens: false, kind: 'invalid', detail: /\(6 problem\(s\)\)/,
    issues: ['plannedBudget', 'actualSpend', 'kpis.reach.target', 'kpis.leads.target', 'kpis.conversions.target', 'kpis.revenue.target']
      .map((field) => `campaigns[0].${field} — has the wrong type (expected number)`),
  },
  // Required fields offered only through "__proto__" are not inherited: they are missing.
  'proto-smuggle.json': {
    opens: false, kind: 'invalid', detail: /\(2 problem\(s\)\)/,
    issues: ['id — is missing (expected string)', 'name — is missing (expected string)'],
  },
  // Used to throw out of the v4 -> v5 migration (String() of {"toString": "…"}) and stop the app's start.
  'proto-migration.json': {
    opens: false, kind: 'invalid',
    // The migration skips the odd values (own keys only, strings only); the schema then names the field.
    detail: /^The file does not match the workspace format \(1 problem\(s\)\)\.$/,
    issues: ['workshops[0].agenda[0].step — must be one of: research, target-market, positioning, price-channel, promotion, implementation'],
  },
  'bom.json': { opens: true, check: (s) => expect(s.workspace.name).toBe('Opened with a BOM') },
  'newer-version.json': {
    opens: true,
    check: (s) => {
      expect(s.readOnly).toEqual({ reason: 'newer-version', fileVersion: 7 });
      expect(s.workspace.name).toBe('From the future');
    },
  },
  'proto-keys.json': {
    opens: true,
    check: (s) => {
      const ws = s.workspace as unknown as Record<string, unknown>;
      for (const target of [ws, s.workspace.company, s.workspace.settings, s.workspace.campaigns[0]!.kpis] as object[]) {
        expect(Object.getPrototypeOf(target)).toBe(Object.prototype);
        for (const key of ['__proto__', 'constructor', 'prototype']) expect(Object.hasOwn(target, key)).toBe(false);
      }
      expect(ws.isAdmin).toBeUndefined();
      expect(ws.constructor).toBe(Object);
      expect(s.workspace.campaigns[0]!.name).toBe('Spring launch');
      expectNotPolluted();
    },
  },
  'text-oddities.json': {
    opens: true,
    check: (s) => {
      expect(s.workspace.name).toBe(ODD_NAME);
      expect(s.workspace.company.description).toBe(ODD_DESCRIPTION);
      expect(s.workspace.company.industry).toBe(ODD_INDUSTRY);
      expect(s.workspace.campaigns[0]!.name).toBe(ODD_CAMPAIGN);
      expect(s.workspace.campaigns[0]!.notes).toBe(ODD_NOTES);
    },
  },
};

/** Every scratch copy opened here, with its fingerprint before opening; re-checked at the end. */
const opened: Array<{ file: string; before: FileFingerprint }> = [];
const roots: string[] = [];

/** A scratch copy of a fixture, alone in its folder (so the test can see any file written next to it). */
async function scratchCopy(name: string): Promise<{ root: string; file: string }> {
  const root = await scratchDir();
  roots.push(root);
  await mkdir(join(root, 'work'));
  const file = join(root, 'work', name);
  await copyFile(join(FIXTURES, name), file);
  return { root, file };
}

function sameOutcome(a: Session, b: Session): void {
  expect(b.state).toBe(a.state);
  if (a.state === 'failed' && b.state === 'failed') expect({ ...b.problem, newestGoodBackup: null }).toEqual({ ...a.problem, newestGoodBackup: null });
}

describe('hostile workspace files (tests/fixtures/hostile)', () => {
  it('every fixture has an expected outcome here and a line in the README', async () => {
    const files = (await readdir(FIXTURES)).filter((name) => name.endsWith('.json')).sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
    const readme = await readFile(join(FIXTURES, 'README.md'), 'utf8');
    for (const name of files) expect(readme, `README.md does not list ${name}`).toContain(`\`${name}\``);
  });

  it.each(Object.entries(EXPECTED))('%s', async (name, expected) => {
    const { root, file } = await scratchCopy(name);
    const before = await fingerprint(file);
    opened.push({ file, before });

    const { atStartup, viaOpenCall, services } = await openThroughApp(file, join(root, 'data'));
    sameOutcome(atStartup, viaOpenCall);
    expectNotPolluted();

    if (!expected.opens) {
      const problem = failedProblem(viaOpenCall);
      expect(problem.filePath).toBe(file);
      expect(problem.kind).toBe(expected.kind);
      expect(problem.detail).toMatch(expected.detail);
      if (expected.issues) expect(issueLines(viaOpenCall)).toEqual(expected.issues);
      else expect(problem.issues).toEqual([]);
      await expectNoWayToWrite(services);
    } else {
      const session = openedSession(viaOpenCall);
      await expected.check(session);
      // The user has not saved: a read-only file refuses edits; any file stays as it was.
      const status = unwrap<{ state: string }>(await services.dispatch('saveNow', {}));
      expect(status.state).toBe('saved');
    }
    expect(await fingerprint(file, { whileOpen: true })).toEqual(before);
    await services.close();
    expect(await fingerprint(file)).toEqual(before);
  }, HANG_GUARD_MS);

  it('keeps odd text verbatim through an edit and a save (when the user does save)', async () => {
    const { root, file } = await scratchCopy('text-oddities.json');
    const { services } = await openThroughApp(file, join(root, 'data'));
    const change = await services.dispatch('runOperation', { baseRevision: 0, op: 'company.update', args: { website: 'example.com' }, at: '2026-05-01T09:00:00.000Z' });
    expect(change.ok).toBe(true);
    expect(unwrap<{ state: string }>(await services.dispatch('saveNow', {})).state).toBe('saved');
    await services.close();
    const saved = JSON.parse(await readFile(file, 'utf8'));
    expect(saved.company.website).toBe('example.com');
    expect([saved.name, saved.company.description, saved.company.industry, saved.campaigns[0].name, saved.campaigns[0].notes])
      .toEqual([ODD_NAME, ODD_DESCRIPTION, ODD_INDUSTRY, ODD_CAMPAIGN, ODD_NOTES]);
  }, HANG_GUARD_MS);

  it('a newer-version file refuses edits and is never downgraded', async () => {
    const { root, file } = await scratchCopy('newer-version.json');
    const before = await fingerprint(file);
    const { services } = await openThroughApp(file, join(root, 'data'));
    const change = await services.dispatch('runOperation', { baseRevision: 0, op: 'workspace.rename', args: { name: 'Downgraded' }, at: '2026-05-01T09:00:00.000Z' });
    expect(change.ok ? 'accepted' : change.error.code).toBe('read-only');
    await services.close();
    expect(await fingerprint(file)).toEqual(before);
  }, HANG_GUARD_MS);

  afterAll(async () => {
    // Longer than the autosave debounce, its max wait and a retry: nothing fires after close.
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    for (const { file, before } of opened) expect(await fingerprint(file), file).toEqual(before);
    expect(opened.length).toBe(Object.keys(EXPECTED).length);
    await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
  }, HANG_GUARD_MS);
});
