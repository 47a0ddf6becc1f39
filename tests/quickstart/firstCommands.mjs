// CI step: the README's first command on a clean clone, as a new user runs it.
//
//   1. `npm ci`, then `npm start` (typed as `npm ci && npm start` in an interactive shell) in a fresh clone of HEAD, with the Electron download unreachable
//      (ELECTRON_MIRROR points at a closed local port) and no display: the install must not fail
//      or warn, and the app must come up in web mode — fetched here from the link it prints.
//   2. The same clone with a fake Electron binary (ELECTRON_OVERRIDE_DIST_PATH) and DISPLAY unset:
//      still web mode, saying there is no display. With DISPLAY set, the fake binary is started.
//   Ctrl+C (SIGINT to the process group) must stop it cleanly: exit 0, no stack trace.
//
// Usage: node tests/quickstart/firstCommands.mjs     (about 2 minutes: npm ci + build)
import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(process.argv[2] ?? '.');
const work = mkdtempSync(join(tmpdir(), 'sb-quickstart-'));
const clone = join(work, 'stratboard');
const home = join(work, 'home');
const realNpmCache = execFileSync('npm', ['config', 'get', 'cache'], { encoding: 'utf8' }).trim();

function fail(message, output = '') {
  console.error(`quick start FAILED: ${message}\n--- output ---\n${output}`);
  process.exit(1);
}

/** A new user's environment: own HOME (so the default workspace is fresh), no display, no Electron download. */
function userEnv(extra = {}) {
  const env = { ...process.env, HOME: home, npm_config_cache: realNpmCache, ELECTRON_MIRROR: 'http://127.0.0.1:9/', ...extra };
  for (const name of ['ELECTRON_SKIP_BINARY_DOWNLOAD', 'PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD', 'DISPLAY', 'WAYLAND_DISPLAY', 'XDG_CONFIG_HOME', 'STRATBOARD_USER_DATA_DIR', 'CI']) {
    if (!(name in extra)) delete env[name];
  }
  return env;
}

/** Runs a shell command line in its own process group; resolves when `ready(output)` is true or it exits. */
function run(commandLine, env, ready, timeoutMs) {
  const child = spawn('sh', ['-c', commandLine], { cwd: clone, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
  const readyOrExit = new Promise((done) => {
    const timer = setTimeout(() => done('timeout'), timeoutMs);
    const onData = (chunk) => {
      output += chunk;
      if (ready(output)) {
        clearTimeout(timer);
        done('ready');
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    exited.then(() => {
      clearTimeout(timer);
      done('exited');
    });
  });
  return { child, exited, readyOrExit, output: () => output };
}

function printedLink(output) {
  const open = /Open in your browser: (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output);
  if (open) return open[1];
  const listening = /Listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
  return listening ? listening[1] : null;
}

/** Follows the printed link as a browser would (the key link sets a cookie, then redirects) and returns the page and the session. */
async function openLink(link) {
  const first = await fetch(link, { redirect: 'manual' });
  const cookie = (first.headers.get('set-cookie') ?? '').split(';')[0];
  const base = new URL(link).origin;
  const page = first.status >= 300 && first.status < 400 ? await fetch(new URL(first.headers.get('location'), base), { headers: { cookie } }) : first;
  const html = await page.text();
  const token = /name="stratboard-token" content="([^"]+)"/.exec(html)?.[1];
  const headers = { 'content-type': 'application/json', origin: base, cookie, ...(token ? { 'x-stratboard-token': token } : {}) };
  const session = await fetch(`${base}/rpc/getSession`, { method: 'POST', headers, body: '{}' }).then((r) => r.json(), () => null);
  return { html, session };
}

/**
 * Ctrl+C in a terminal: SIGINT to the whole foreground process group (npm, the launcher, the server).
 * npm re-raises the signal after its script ends (so it "exits" by SIGINT, printing nothing);
 * what matters is that the server saved and said so, with no error.
 */
async function stopWithCtrlC(handle) {
  process.kill(-handle.child.pid, 'SIGINT');
  const timer = setTimeout(() => process.kill(-handle.child.pid, 'SIGKILL'), 30_000);
  const result = await handle.exited;
  clearTimeout(timer);
  const clean = (result.code === 0 || result.signal === 'SIGINT') && /Stopped; all changes saved\./.test(handle.output());
  return { ...result, clean };
}

function assertClean(output, what) {
  if (/^\s+at .+:\d+:\d+\)?$/m.test(output)) fail(`${what} printed a stack trace`, output);
  if (/npm (warn|WARN|ERR!|error)/.test(output)) fail(`${what} printed an npm warning or error`, output);
}

async function webModeRound(label, commandLine, env, expectLine) {
  const handle = run(commandLine, env, (out) => printedLink(out) !== null, 10 * 60_000);
  const state = await handle.readyOrExit;
  if (state !== 'ready') fail(`${label}: no link printed (${state})`, handle.output());
  const { html, session } = await openLink(printedLink(handle.output()));
  if (!html.includes('<div id="root">')) fail(`${label}: the printed link did not give the app's page`, handle.output() + html.slice(0, 500));
  if (!session?.ok || session.value?.state !== 'open') fail(`${label}: the app's page did not get the workspace`, handle.output() + JSON.stringify(session)?.slice(0, 500));
  if (!session.value.filePath.startsWith(join(home, '.config', 'Stratboard'))) fail(`${label}: not the desktop app's default workspace: ${session.value.filePath}`, handle.output());
  if (!expectLine.test(handle.output())) fail(`${label}: missing the line that says why (${expectLine})`, handle.output());
  const { code, signal, clean } = await stopWithCtrlC(handle);
  if (!clean) fail(`${label}: Ctrl+C did not stop it cleanly (${code ?? signal})`, handle.output());
  assertClean(handle.output(), label);
  console.log(`ok - ${label}: ${session.value.workspace.name} at ${printedLink(handle.output()).replace(/key=[^&]+/, 'key=…')}; Ctrl+C saved and stopped`);
}

try {
  execFileSync('git', ['clone', '--quiet', repo, clone]);
  const install = run('npm ci', userEnv(), () => false, 10 * 60_000);
  const installed = await install.exited;
  if (installed.code !== 0) fail('npm ci failed', install.output());
  assertClean(install.output(), 'npm ci');
  if (/EBADENGINE|deprecated/.test(install.output())) fail('npm ci printed an engine or deprecation warning', install.output());
  console.log('ok - npm ci: no error, no warning, with the Electron download unreachable');
  await webModeRound(
    'npm start (no Electron download, no display)',
    'npm start',
    userEnv(),
    /Running in your browser because the Electron binary was never downloaded|Running in your browser because Electron is not installed/,
  );

  const fake = join(work, 'fake-electron');
  execFileSync('mkdir', ['-p', fake]);
  const marker = join(work, 'fake-electron-ran');
  writeFileSync(join(fake, 'electron'), `#!/bin/sh\necho "$@" > '${marker}'\nexit 0\n`);
  chmodSync(join(fake, 'electron'), 0o755);
  await webModeRound('npm start with Electron present, DISPLAY unset', 'npm start', userEnv({ ELECTRON_OVERRIDE_DIST_PATH: fake }), /no display/);

  const desktop = run('npm start', userEnv({ ELECTRON_OVERRIDE_DIST_PATH: fake, DISPLAY: ':99' }), () => false, 5 * 60_000);
  const { code } = await desktop.exited;
  if (code !== 0 || !existsSync(marker)) fail('npm start with Electron and a display did not start the desktop binary', desktop.output());
  if (!readFileSync(marker, 'utf8').includes(clone)) fail('the desktop binary was not given the app folder', desktop.output());
  assertClean(desktop.output(), 'npm start (desktop)');
  console.log('ok - npm start with Electron and a display starts the desktop binary');
} finally {
  rmSync(work, { recursive: true, force: true });
}
