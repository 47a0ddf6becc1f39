import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { browserOpener, desktopFailedPlan, desktopUserDataDir, languageFromEnv, planLaunch, type ElectronLookup, type LaunchPlan } from './launchPlan';

/**
 * `npm start` (after the build): the desktop window where it can open, otherwise the same app in
 * the browser. Prints one line saying which and why; never a stack trace; Ctrl+C stops it cleanly
 * (the web server saves pending edits first).
 */
const APP_DIR = resolve(__dirname, '../..'); // dist/electron/launch.cjs -> the folder with package.json
const WEB_SERVER = join(__dirname, 'web.cjs');
/** A desktop window that dies this soon did not start (missing libraries, no usable display). */
const EARLY_EXIT_MS = 8_000;

/** Electron's own resolution (node_modules/electron; ELECTRON_OVERRIDE_DIST_PATH names another build, or a test's fake). */
function findElectron(): ElectronLookup {
  let resolved: unknown;
  try {
    require.resolve('electron', { paths: [APP_DIR] });
  } catch {
    return { missing: 'not-installed' };
  }
  try {
    // node_modules/electron exports the binary's path, and throws when the binary was never downloaded.
    resolved = createRequire(join(APP_DIR, 'package.json'))('electron');
  } catch {
    return { missing: 'no-binary' };
  }
  return typeof resolved === 'string' && existsSync(resolved) ? { path: resolved } : { missing: 'no-binary' };
}

async function main(): Promise<number> {
  const env = process.env;
  const plan = planLaunch({
    platform: process.platform, env, isRoot: process.getuid?.() === 0, electron: findElectron(), appDir: APP_DIR,
  });
  if (plan.mode === 'desktop') {
    if (plan.note) console.log(plan.note);
    const outcome = await runDesktop(plan);
    if (outcome.kind === 'done') return outcome.code;
    return runWeb(desktopFailedPlan(outcome.code, outcome.signal));
  }
  return runWeb(plan);
}

type DesktopOutcome = { kind: 'done'; code: number } | { kind: 'failed-early'; code: number | null; signal: string | null };

function runDesktop(plan: Extract<LaunchPlan, { mode: 'desktop' }>): Promise<DesktopOutcome> {
  console.log('Starting the Stratboard desktop window…');
  const startedAt = Date.now();
  const child = spawn(plan.electronPath, plan.args, { stdio: 'inherit', env: process.env });
  forwardStopSignals(child);
  return new Promise((done) => {
    child.once('error', (error) => done({ kind: 'failed-early', code: null, signal: error.message }));
    child.once('exit', (code, signal) => {
      const early = Date.now() - startedAt < EARLY_EXIT_MS && code !== 0 && !stopRequested;
      done(early ? { kind: 'failed-early', code, signal } : { kind: 'done', code: code ?? 0 });
    });
  });
}

async function runWeb(plan: Extract<LaunchPlan, { mode: 'web' }>): Promise<number> {
  console.log(plan.explanation);
  const env = process.env;
  const dataDir = desktopUserDataDir(process.platform, env, homedir());
  const linkDir = await mkdtemp(join(tmpdir(), 'stratboard-link-'));
  const linkFile = join(linkDir, 'open-stratboard.html');
  const args = [WEB_SERVER, '--port', env.STRATBOARD_PORT ?? '0', '--data', dataDir, '--lang', languageFromEnv(env), '--link-file', linkFile];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env });
  forwardStopSignals(child);
  let opened = false;
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    process.stdout.write(chunk);
    if (!opened && /^Listening on /m.test(chunk)) {
      opened = true;
      openBrowser(existsSync(linkFile) ? linkFile : null);
    }
  });
  const code = await new Promise<number>((done) => {
    child.once('error', (error) => {
      console.error(`Could not start the web server: ${error.message}`);
      done(1);
    });
    child.once('exit', (exitCode) => done(exitCode ?? 0));
  });
  await rm(linkDir, { recursive: true, force: true });
  return code;
}

/** Opens the owner-only redirect file (no secret on a command line other users can read), where there is a browser. */
function openBrowser(linkFile: string | null): void {
  if (!linkFile) return;
  const opener = browserOpener(process.platform, process.env, linkFile);
  if (!opener) {
    console.log('No display here, so no browser was opened: open the link above in a browser on this machine.');
    return;
  }
  const child = spawn(opener.command, opener.args, { stdio: 'ignore', detached: true });
  child.once('error', () => console.log('No browser could be opened: open the link above in a browser on this machine.'));
  child.unref();
}

let stopRequested = false;
/** Ctrl+C reaches the whole process group; the child saves and exits, and we wait for it instead of dying first. */
function forwardStopSignals(child: ChildProcess): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => {
      stopRequested = true;
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Stratboard could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
