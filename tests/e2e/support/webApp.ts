import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SERVER = resolve('dist/electron/web.cjs');

export interface WebApp {
  /**
   * The secret link the server prints (http://127.0.0.1:<port>/?key=…): `page.goto(app.url)` and
   * `${app.url}#/area` open the app as its owner would. Web mode serves no data without it.
   */
  url: string;
  /** http://127.0.0.1:<port>, for API calls (after the link was opened) and for what a stranger sees. */
  base: string;
  dataDir: string;
  /** The server's process id. */
  pid: number | undefined;
  stop(): Promise<void>;
}

export interface StartOptions {
  dataDir?: string;
  lang?: 'en' | 'zh-CN';
  workspace?: string;
  /** Passed as --link-file: the owner-only redirect file `npm start` opens. */
  linkFile?: string;
}

/** Starts `web.cjs` (what `npm run web` runs) on a free port with its own data folder. */
export async function startWebApp(options: StartOptions = {}): Promise<WebApp> {
  if (!existsSync(SERVER)) throw new Error('dist/electron/web.cjs is missing: run `npm run build` first (npm test does).');
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'sb-e2e-')));
  const args = [SERVER, '--port', '0', '--data', dataDir];
  if (options.lang) args.push('--lang', options.lang);
  if (options.workspace) args.push('--workspace', options.workspace);
  if (options.linkFile) args.push('--link-file', options.linkFile);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const { base, link } = await waitForListening(child);
  return {
    url: link,
    base,
    dataDir,
    pid: child.pid,
    stop: () => stopChild(child),
  };
}

/** The "Listening on" line (kept for tools that wait for it) and the "Open in your browser:" link printed with it. */
export function parseServerOutput(output: string): { base: string; link: string } | null {
  const base = /Listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
  const link = /Open in your browser: (http:\/\/127\.0\.0\.1:\d+\/\S+)/.exec(output)?.[1];
  return base && link ? { base, link } : null;
}

function waitForListening(child: ChildProcess): Promise<{ base: string; link: string }> {
  return new Promise((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web server did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const printed = parseServerOutput(output);
      if (printed) {
        clearTimeout(timer);
        resolveUrl(printed);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web server exited with ${code}:\n${output}`));
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM'); // the server flushes pending edits on SIGTERM
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}
