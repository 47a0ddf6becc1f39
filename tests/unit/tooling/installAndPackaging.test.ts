import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The README's commands on a machine that cannot reach the Electron download or lacks the test
 * tools: each step says in one line what is missing and what to do — never a stack trace.
 */
const scratch = mkdtempSync(join(tmpdir(), 'sb-tooling-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const UNREACHABLE = 'http://127.0.0.1:9/';
const stackTrace = /^\s+at .+:\d+:\d+\)?$/m;

function run(script: string, args: string[], env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, [resolve(script), ...args], { encoding: 'utf8', env: { PATH: process.env.PATH, ...env }, timeout: 60_000 });
}

describe('postinstall: the Electron binary', () => {
  it('an unreachable download leaves the install successful, with one line saying what npm start will do', () => {
    const result = run('build/install-electron.mjs', [], { HOME: scratch, ELECTRON_MIRROR: UNREACHABLE, electron_config_cache: join(scratch, 'cache') });
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    expect(result.stdout).toMatch(/not installed \(the download site cannot be reached.*npm start` will open Stratboard in your browser/);
    expect(result.stdout + result.stderr).not.toMatch(stackTrace);
  });

  it('npm run install:electron, asked for explicitly, fails loudly with what to try next', () => {
    const result = run('build/install-electron.mjs', ['--required'], { HOME: scratch, ELECTRON_MIRROR: UNREACHABLE, electron_config_cache: join(scratch, 'cache') });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/ELECTRON_MIRROR/);
  });
});

describe('npm run dist without the Electron download', () => {
  it('stops with one line naming the zip and where to put it', () => {
    const result = run('build/dist.mjs', ['--preflight'], { HOME: scratch, XDG_CACHE_HOME: join(scratch, 'cache'), STRATBOARD_DIST_PROBE_URL: UNREACHABLE });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/electron-v[\d.]+-\w+-\w+\.zip.*STRATBOARD_ELECTRON_ZIPS/);
    expect(result.stdout + result.stderr).not.toMatch(stackTrace);
  });

  it('goes on with a folder of zips (STRATBOARD_ELECTRON_ZIPS) or a zip in the Electron cache', () => {
    const version = JSON.parse(readFileSync('package.json', 'utf8')).optionalDependencies.electron as string;
    const zip = `electron-v${version}-${process.platform}-${process.arch}.zip`;
    const zips = join(scratch, 'zips');
    mkdirSync(zips, { recursive: true });
    writeFileSync(join(zips, zip), 'zip');
    expect(run('build/dist.mjs', ['--preflight'], { HOME: scratch, STRATBOARD_ELECTRON_ZIPS: zips, STRATBOARD_DIST_PROBE_URL: UNREACHABLE }).status).toBe(0);
    const cached = join(scratch, 'xdg', 'electron', 'a1b2c3');
    mkdirSync(cached, { recursive: true });
    writeFileSync(join(cached, zip), 'zip');
    expect(run('build/dist.mjs', ['--preflight'], { HOME: scratch, XDG_CACHE_HOME: join(scratch, 'xdg'), STRATBOARD_DIST_PROBE_URL: UNREACHABLE }).status).toBe(0);
  });
});

describe('npm test: the tools the tests need', () => {
  it('without root, stops at once and names the one command to run', (context) => {
    const probe = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', 'true']);
    if (process.getuid?.() !== 0 || probe.status !== 0) {
      console.warn('test-prerequisites non-root test SKIPPED: cannot run as another user here');
      context.skip();
    }
    // A PATH with a shell, node and apt-get but none of the tools: what a fresh machine has.
    const bin = join(scratch, 'bin');
    mkdirSync(bin, { recursive: true });
    for (const tool of ['sh', 'apt-get', 'fc-list']) {
      const found = spawnSync('sh', ['-c', `command -v ${tool}`], { encoding: 'utf8' }).stdout.trim();
      if (found) symlinkSync(found, join(bin, tool));
    }
    symlinkSync(process.execPath, join(bin, 'node'));
    chmodSync(scratch, 0o755);
    const script = join(scratch, 'test-prerequisites.mjs');
    writeFileSync(script, readFileSync('build/test-prerequisites.mjs'));
    chmodSync(script, 0o644);
    const setpriv = spawnSync('sh', ['-c', 'command -v setpriv'], { encoding: 'utf8' }).stdout.trim();
    const result = spawnSync(setpriv, ['--reuid=65534', '--regid=65534', '--clear-groups', join(bin, 'node'), script], {
      encoding: 'utf8', env: { PATH: bin, CHROMIUM_PATH: '/nonexistent/chromium' }, timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/poppler/);
    expect(result.stderr).toMatch(/^ {2}sudo sh -c 'apt-get update -qq && .*apt-get install -y -qq .*poppler-utils.*libreoffice-writer-nogui'$/m);
    expect(result.stderr).not.toMatch(stackTrace);
  });
});
