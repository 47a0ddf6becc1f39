import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const SERVER = resolve('dist/electron/web.cjs');

export interface WebApp {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  dataDir?: string;
  lang?: 'en' | 'zh-CN';
  workspace?: string;
}

/** Starts `web.cjs` (what `npm run web` runs) on a free port with its own data folder. */
export async function startWebApp(options: StartOptions = {}): Promise<WebApp> {
  if (!existsSync(SERVER)) throw new Error('dist/electron/web.cjs is missing: run `npm run build` first (npm test does).');
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'sb-e2e-')));
  const args = [SERVER, '--port', '0', '--data', dataDir];
  if (options.lang) args.push('--lang', options.lang);
  if (options.workspace) args.push('--workspace', options.workspace);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await waitForListening(child);
  return {
    url,
    dataDir,
    stop: () => stopChild(child),
  };
}

function waitForListening(child: ChildProcess): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`web server did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]!);
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
