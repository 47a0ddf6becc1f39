import { spawnSync } from 'node:child_process';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEmptyWorkspace } from '../../shared/samplePlan/samplePlan';
import { createServices } from './createServices';
import type { Services } from './serviceTypes';
import { serializeWorkspace } from './workspaceFile';

/**
 * Start-up never depends on a writable user-data folder (issue 14, item 5): full, read-only, or
 * impossible to create, the app still opens and saves a workspace elsewhere; the settings live in
 * memory and say why; backups are skipped.
 */
const here = dirname(fileURLToPath(import.meta.url));
let root: string;
let services: Services | null = null;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'sb-userdata-'));
});

afterEach(async () => {
  await services?.close();
  services = null;
  await rm(root, { recursive: true, force: true });
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of several methods, checked field by field below
type Answer = { ok: boolean; value?: any; error?: { code: string; message: string } };
const call = (method: string, input: unknown) => services!.dispatch(method, input) as Promise<Answer>;

async function aWorkspace(path: string): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, serializeWorkspace({ ...createEmptyWorkspace('en', new Date('2026-05-01T09:00:00Z')), name: 'Elsewhere' }));
  return path;
}

describe('a user-data folder that cannot be created (a file where it should be: ENOTDIR)', () => {
  it('still starts, opens the workspace given, saves it, and reports the settings problem', async () => {
    const blocker = join(root, 'profile');
    await writeFile(blocker, 'not a folder');
    const workspace = await aWorkspace(join(root, 'work', 'plan.json'));
    services = await createServices({ userDataDir: join(blocker, 'Stratboard'), host: { kind: 'web', appVersion: '0.0.0-test' }, initialPath: workspace });

    const session = (await call('getSession', {})).value;
    expect(session.state).toBe('open');
    const changed = await call('runOperation', { baseRevision: session.revision, op: 'workspace.rename', args: { name: 'Saved anyway' }, at: '2026-05-01T09:00:00.000Z' });
    expect(changed.ok).toBe(true);
    expect((await call('saveNow', {})).value.state).toBe('saved');
    expect(JSON.parse(await readFile(workspace, 'utf8')).name).toBe('Saved anyway');

    expect((await call('listBackups', {})).value.backups).toEqual([]); // none could be written; nothing failed
    const settings = await call('updateAppSettings', { theme: 'dark' });
    expect(settings).toMatchObject({ ok: true, value: { theme: 'dark', recent: [workspace] } });
    expect(settings.value.saveProblem).toMatch(/could not be saved/);
    expect((await call('getAppSettings', {})).value.saveProblem).toMatch(/could not be saved/);
  });

  it('with no workspace given, starts with the default workspace shown as missing instead of failing', async () => {
    const blocker = join(root, 'profile');
    await writeFile(blocker, 'not a folder');
    services = await createServices({ userDataDir: join(blocker, 'Stratboard'), host: { kind: 'web', appVersion: '0.0.0-test' } });
    const session = (await call('getSession', {})).value;
    expect(session.state).toBe('failed');
    const created = await call('createWorkspace', { path: join(root, 'new.json'), withSample: false });
    expect(created).toMatchObject({ ok: true, value: { state: 'open' } });
  });
});

/**
 * The real case: an existing user-data folder this user may not write (root would ignore the
 * mode, so the app runs as "nobody" in a child process via setpriv).
 */
const canDropPrivileges = process.platform === 'linux' && process.getuid?.() === 0
  && spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, '-e', '0']).status === 0;
if (!canDropPrivileges) console.log('[userDataUnavailable] not root on Linux with setpriv: the read-only user-data folder test is skipped.');

describe.runIf(canDropPrivileges)('a read-only user-data folder (as a non-root user)', () => {
  it('starts, opens and saves a workspace elsewhere; settings and backups are skipped, not fatal', async () => {
    const worker = join(root, 'worker.cjs');
    await build({
      stdin: { contents: WORKER, resolveDir: here, loader: 'ts', sourcefile: 'userDataWorker.ts' },
      outfile: worker, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning',
    });
    await chmod(root, 0o755);
    const userData = join(root, 'userdata');
    await mkdir(userData, { mode: 0o755 }); // root's: nobody may read, not write
    const workspace = await aWorkspace(join(root, 'work', 'plan.json'));
    await chown(dirname(workspace), 65534, 65534);
    await chown(workspace, 65534, 65534);

    const run = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, worker, userData, workspace], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
    expect(result).toMatchObject({ session: 'open', saved: 'saved', theme: 'dark', backups: 0 });
    expect(result.saveProblem).toMatch(/Permission denied/);
    expect(JSON.parse(await readFile(workspace, 'utf8')).name).toBe('Saved by nobody');
  }, 60_000);
});

const WORKER = `
import { createServices } from './createServices';

async function main() {
  const [userDataDir, initialPath] = process.argv.slice(2);
  const services = await createServices({ userDataDir, host: { kind: 'web', appVersion: 'test' }, initialPath });
  const call = (method: string, input: unknown) => services.dispatch(method as never, input as never) as Promise<any>;
  const session = (await call('getSession', {})).value;
  await call('runOperation', { baseRevision: session.revision, op: 'workspace.rename', args: { name: 'Saved by nobody' }, at: '2026-05-01T09:00:00.000Z' });
  const saved = (await call('saveNow', {})).value;
  const settings = (await call('updateAppSettings', { theme: 'dark' })).value;
  const backups = (await call('listBackups', {})).value.backups.length;
  await services.close();
  console.log(JSON.stringify({ session: session.state, saved: saved.state, theme: settings.theme, saveProblem: settings.saveProblem, backups }));
}
main().catch((error) => { console.error(error); process.exit(1); });
`;
