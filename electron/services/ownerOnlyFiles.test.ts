import { chmod, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../shared/contract/events';
import { createEmptyWorkspace } from '../../shared/samplePlan/samplePlan';
import { createServices } from './createServices';
import type { Services } from './serviceTypes';
import { serializeWorkspace } from './workspaceFile';

/**
 * What a path given over the contract can do (web mode: whoever holds the link; the desktop: the
 * app's own windows). Never replace a file that is not a workspace, replace a workspace only when
 * told to, create files only their owner can read, and never quote a file back.
 */
const posix = process.platform !== 'win32';
const SECRET_TEXT = 'root:x:0:0:root:/root:/bin/bash\nsecret-token-7f3a\n';

let root: string;
let services: Services;
let events: AppEvent[];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'sb-owner-only-'));
  services = await createServices({ userDataDir: join(root, 'data'), host: { kind: 'web', appVersion: '0.0.0-test' } });
  events = [];
  services.onEvent((event) => events.push(event));
});

afterEach(async () => {
  await services.close();
  await rm(root, { recursive: true, force: true });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each call's value has its own shape; the tests read what they need
type Answer = { ok: boolean; value?: any; error?: { code: string; message: string } };
const call = (method: string, input: unknown) => services.dispatch(method, input) as Promise<Answer>;
const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

async function aWorkspaceFile(path: string, name: string): Promise<string> {
  const data = { ...createEmptyWorkspace('en', new Date('2026-05-01T09:00:00Z')), name };
  await writeFile(path, serializeWorkspace(data));
  return path;
}

describe('saveCopyAs never replaces what the user did not choose to replace', () => {
  it('writes a new copy, readable by its owner only', async () => {
    const target = join(root, 'copy.json');
    const result = await call('saveCopyAs', { path: target });
    expect(result).toMatchObject({ ok: true, value: { path: target } });
    expect(JSON.parse(await readFile(target, 'utf8')).schemaVersion).toBeGreaterThan(0);
    if (posix) expect(await modeOf(target)).toBe(0o600);
  });

  it('refuses a file that is not a workspace, with or without replace, and quotes nothing from it', async () => {
    const target = join(root, 'passwd');
    await writeFile(target, SECRET_TEXT);
    for (const replace of [undefined, false, true]) {
      const result = await call('saveCopyAs', { path: target, replace });
      expect(result.ok, String(replace)).toBe(false);
      expect(result.error!.code).toBe('io');
      expect(result.error!.message).toMatch(/not a Stratboard workspace, so it is never replaced/);
      expect(result.error!.message).not.toMatch(/root:x|secret-token/);
    }
    expect(await readFile(target, 'utf8')).toBe(SECRET_TEXT);
  });

  it('refuses valid JSON that is not a workspace (a settings file, say)', async () => {
    const target = join(root, 'settings.json');
    await writeFile(target, '{"token": "secret-token-7f3a"}');
    const result = await call('saveCopyAs', { path: target, replace: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(result.error!.message).not.toContain('secret-token');
    expect(await readFile(target, 'utf8')).toBe('{"token": "secret-token-7f3a"}');
  });

  it('refuses a folder, and a link (even one that points at a workspace or at nothing)', async () => {
    const folder = join(root, 'folder.json');
    await mkdir(folder);
    expect(await call('saveCopyAs', { path: folder, replace: true })).toMatchObject({ ok: false, error: { code: 'io' } });
    if (!posix) return;
    const workspace = await aWorkspaceFile(join(root, 'real.json'), 'Real');
    await symlink(workspace, join(root, 'link.json'));
    await symlink(join(root, 'nowhere.json'), join(root, 'dangling.json'));
    for (const name of ['link.json', 'dangling.json']) {
      expect(await call('saveCopyAs', { path: join(root, name), replace: true }), name).toMatchObject({ ok: false, error: { code: 'io' } });
    }
    expect(JSON.parse(await readFile(workspace, 'utf8')).name).toBe('Real');
    await expect(stat(join(root, 'nowhere.json'))).rejects.toThrow();
  });

  it('asks before replacing a workspace: "exists" without replace, replaced (keeping its mode) with it', async () => {
    const target = await aWorkspaceFile(join(root, 'other plan.json'), 'Other plan');
    if (posix) await chmod(target, 0o640);
    const asked = await call('saveCopyAs', { path: target });
    expect(asked).toMatchObject({ ok: false, error: { code: 'exists' } });
    expect(JSON.parse(await readFile(target, 'utf8')).name).toBe('Other plan');
    const replaced = await call('saveCopyAs', { path: target, replace: true });
    expect(replaced).toMatchObject({ ok: true, value: { path: target } });
    const session = (await call('getSession', {})).value;
    expect(JSON.parse(await readFile(target, 'utf8')).name).toBe(session.workspace.name);
    if (posix) expect(await modeOf(target)).toBe(0o640);
  });
});

describe('createWorkspace and openWorkspace over the contract', () => {
  it('creates a workspace readable by its owner only, and never replaces an existing file', async () => {
    const target = join(root, 'new.json');
    expect(await call('createWorkspace', { path: target, withSample: false })).toMatchObject({ ok: true });
    if (posix) expect(await modeOf(target)).toBe(0o600);
    const existing = join(root, 'passwd');
    await writeFile(existing, SECRET_TEXT);
    const refused = await call('createWorkspace', { path: existing, withSample: true });
    expect(refused).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(await readFile(existing, 'utf8')).toBe(SECRET_TEXT);
  });

  it('says why a file that is not a workspace does not open, without quoting it', async () => {
    for (const [name, text] of [['passwd', SECRET_TEXT], ['short', 'secret-token-7f3a'], ['key.json', '{"token": "secret-token-7f3a", "x": NaN}']] as const) {
      const path = join(root, name);
      await writeFile(path, text);
      const result = await call('openWorkspace', { path });
      expect(result.ok, name).toBe(true);
      expect(result.value.state, name).toBe('failed');
      const shown = JSON.stringify(result.value.problem);
      expect(shown, name).not.toMatch(/root:x|secret-token|bin\/bash/);
      expect(result.value.problem.detail, name).toMatch(/line \d+, column \d+/);
    }
  });
});

describe('workspaceChanged: every window hears of every change', () => {
  it('is emitted after each applied change, with the new revision and the window that made it', async () => {
    const session = (await call('getSession', {})).value;
    const rename = (name: string) => ({ op: 'workspace.rename', args: { name }, at: '2026-05-01T09:00:00.000Z' });
    const first = await call('runOperation', { baseRevision: session.revision, ...rename('Renamed in tab 1'), clientId: 'tab-1' });
    expect(first.ok).toBe(true);
    const second = await call('runOperation', { baseRevision: first.value.revision, ...rename('Renamed, no id') });
    expect(second.ok).toBe(true);
    const changed = events.filter((event) => event.name === 'workspaceChanged').map((event) => event.payload);
    expect(changed).toEqual([{ revision: first.value.revision, clientId: 'tab-1' }, { revision: second.value.revision, clientId: null }]);
  });

  it('is not emitted for a change that was refused (a conflict)', async () => {
    const result = await call('runOperation', { baseRevision: 99, op: 'workspace.rename', args: { name: 'x' }, at: '2026-05-01T09:00:00.000Z', clientId: 'tab-2' });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(events.filter((event) => event.name === 'workspaceChanged')).toEqual([]);
  });
});
