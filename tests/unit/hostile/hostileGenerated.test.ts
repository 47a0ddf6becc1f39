import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyCampaign } from '../../../shared/calendar/emptyCampaign';
import { createEmptyWorkspace, createSampleWorkspace } from '../../../shared/samplePlan/samplePlan';
import {
  expectNoWayToWrite, failedProblem, fingerprint, issueLines, openedSession, openThroughApp, scratchDir,
} from './openThroughApp';

/**
 * The big hostile files, generated into a scratch folder (50 MB does not belong in git): 50 MB of
 * text in one field, 100,000 campaigns (the schema's limit, one over it, and all broken) and
 * 100,000 levels of nesting. Same checks as the committed fixtures; the timeout is a hang guard.
 */

const HANG_GUARD_MS = 30_000;
const MB50 = 50 * 1024 * 1024;
const now = new Date('2026-05-01T09:00:00Z');
const base = () => createEmptyWorkspace('en', now);

async function openGenerated(name: string, text: string) {
  const root = await scratchDir();
  await mkdir(join(root, 'work'));
  const file = join(root, 'work', name);
  await writeFile(file, text);
  const before = await fingerprint(file);
  const started = Date.now();
  const opened = await openThroughApp(file, join(root, 'data'));
  const ms = Date.now() - started;
  const finish = async () => {
    expect(await fingerprint(file, { whileOpen: true })).toEqual(before);
    await opened.services.close();
    expect(await fingerprint(file)).toEqual(before);
    await rm(root, { recursive: true, force: true }); // up to 100 MB each
  };
  return { ...opened, ms, finish };
}

function campaigns(count: number) {
  return Array.from({ length: count }, (_, i) => emptyCampaign({ id: `cmp_${i}`, name: `Campaign ${i}`, startDate: '2026-03-01', endDate: '2026-03-31' }));
}

describe('hostile workspace files generated at test time', () => {
  it('50 MB of text in one document body: refused with the field, quickly', async () => {
    const sample = createSampleWorkspace('en', now);
    sample.documents[0]!.bodyHtml = 'x'.repeat(MB50);
    const { viaOpenCall, services, finish } = await openGenerated('big-field.json', JSON.stringify(sample));
    expect(failedProblem(viaOpenCall).kind).toBe('invalid');
    expect(issueLines(viaOpenCall)).toEqual(['documents[0].bodyHtml — is too long (limit 5000000 characters)']);
    await expectNoWayToWrite(services);
    await finish();
  }, HANG_GUARD_MS);

  it('50 MB of text in a field this version does not know: opens without it', async () => {
    const text = JSON.stringify({ ...base(), futureBlob: 'y'.repeat(MB50) });
    const { viaOpenCall, finish } = await openGenerated('big-unknown-field.json', text);
    const session = openedSession(viaOpenCall);
    expect(Object.hasOwn(session.workspace, 'futureBlob')).toBe(false);
    await finish();
  }, HANG_GUARD_MS);

  it('100,000 campaigns (the limit): opens with all of them', async () => {
    const { viaOpenCall, ms, finish } = await openGenerated('100k-campaigns.json', JSON.stringify({ ...base(), campaigns: campaigns(100_000) }));
    const session = openedSession(viaOpenCall);
    expect(session.workspace.campaigns).toHaveLength(100_000);
    expect(session.workspace.campaigns[99_999]!.name).toBe('Campaign 99999');
    console.info(`[hostile] 100,000 campaigns: opened twice (start-up + openWorkspace) in ${ms} ms`);
    await finish();
  }, HANG_GUARD_MS);

  it('100,001 campaigns: refused with the limit', async () => {
    const { viaOpenCall, services, finish } = await openGenerated('100k1-campaigns.json', JSON.stringify({ ...base(), campaigns: campaigns(100_001) }));
    expect(issueLines(viaOpenCall)).toEqual(['campaigns — has too many items (limit 100000)']);
    await expectNoWayToWrite(services);
    await finish();
  }, HANG_GUARD_MS);

  it('100,000 broken campaigns: refused at once with the first 20 problems', async () => {
    const broken = Array.from({ length: 100_000 }, (_, i) => ({ id: i, name: null, startDate: '2026-02-30' }));
    const { viaOpenCall, ms, finish } = await openGenerated('100k-broken.json', JSON.stringify({ ...base(), campaigns: broken }));
    const problem = failedProblem(viaOpenCall);
    expect(problem.detail).toBe('The file does not match the workspace format (20 or more problems; the first 20 are listed).');
    expect(problem.issues).toHaveLength(20);
    expect(issueLines(viaOpenCall).slice(0, 2)).toEqual(['campaigns[0].id — has the wrong type (expected string)', 'campaigns[0].name — has the wrong type (expected string)']);
    console.info(`[hostile] 100,000 broken campaigns: refused twice in ${ms} ms`);
    await finish();
  }, HANG_GUARD_MS);

  it('400 campaigns with 2,000 empty activities each (2.6 MB, 4.8 million problems): refused at once', async () => {
    // Used to take close to a minute and 3 GB while zod listed every problem.
    const nested = campaigns(400).map((c) => ({ ...c, activities: Array.from({ length: 2_000 }, () => ({})) }));
    const { viaOpenCall, ms, finish } = await openGenerated('nested-broken.json', JSON.stringify({ ...base(), campaigns: nested }));
    expect(failedProblem(viaOpenCall).issues).toHaveLength(20);
    expect(issueLines(viaOpenCall)[0]).toBe('campaigns[0].activities[0].id — is missing (expected string)');
    console.info(`[hostile] 4.8 million problems: refused twice in ${ms} ms`);
    await finish();
  }, HANG_GUARD_MS);

  const DEPTH = 100_000;
  const deepObject = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;
  const deepArray = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
  const valid = JSON.stringify(base());

  it('100,000 levels of nesting in an unknown field: opens, the field is dropped', async () => {
    const { viaOpenCall, finish } = await openGenerated('deep-unknown.json', `{"deep":${deepObject},${valid.slice(1)}`);
    expect(Object.hasOwn(openedSession(viaOpenCall).workspace, 'deep')).toBe(false);
    await finish();
  }, HANG_GUARD_MS);

  it('100,000 levels of nesting where a name belongs: refused with the field', async () => {
    const { viaOpenCall, services, finish } = await openGenerated('deep-name.json', valid.replace('"name":"New workspace"', `"name":${deepArray}`));
    expect(issueLines(viaOpenCall)).toEqual(['name — has the wrong type (expected string)']);
    await expectNoWayToWrite(services);
    await finish();
  }, HANG_GUARD_MS);

  it('100,000 levels of nested arrays as the whole file: refused as not a workspace object', async () => {
    const { viaOpenCall, finish } = await openGenerated('deep-root.json', deepArray);
    expect(issueLines(viaOpenCall)).toEqual(['(document) — must be an object']);
    await finish();
  }, HANG_GUARD_MS);

  it('100,000 levels that never close: refused as cut off, with the line and column', async () => {
    const { viaOpenCall, finish } = await openGenerated('deep-unclosed.json', '{"a":'.repeat(DEPTH));
    const problem = failedProblem(viaOpenCall);
    expect(problem.kind).toBe('not-json');
    expect(problem.detail).toMatch(/the file ends too early at line 1, column 500001; it may have been cut off/);
    await finish();
  }, HANG_GUARD_MS);
});
