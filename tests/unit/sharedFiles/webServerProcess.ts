import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

/**
 * The web-mode server as a real process (what `npm run web` runs), for tests that need two
 * processes on one file or a signal in the middle of a failing save. Bundled here from source with
 * esbuild, beside a stub renderer, so the test does not depend on `npm run build`.
 */
export interface ServerBundle {
  dir: string;
  server: string;
}

export async function bundleWebServer(): Promise<ServerBundle> {
  const dir = await mkdtemp(join(tmpdir(), 'sb-webproc-'));
  await chmod(dir, 0o755); // tests may run the server as another user
  const server = join(dir, 'electron', 'web.cjs');
  await build({
    absWorkingDir: resolve('.'),
    entryPoints: ['electron/web/cli.ts'],
    outfile: server,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    logLevel: 'warning',
  });
  await mkdir(join(dir, 'renderer'), { recursive: true });
  await writeFile(join(dir, 'renderer', 'index.html'), '<!doctype html><html><head><title>Stratboard</title></head><body><div id="root"></div></body></html>\n');
  await chmod(join(dir, 'electron'), 0o755);
  await chmod(join(dir, 'renderer'), 0o755);
  return { dir, server };
}

export interface RunningServer {
  child: ChildProcess;
  output: () => string;
  rpc<T = unknown>(method: string, input?: unknown): Promise<{ ok: true; value: T } | { ok: false; error: { code: string; message: string } }>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface StartOptions {
  data: string;
  workspace?: string;
  env?: NodeJS.ProcessEnv;
  /** Run as another user (e.g. ['setpriv', '--reuid=65534', ...]). */
  prefix?: string[];
}

export async function startServer(bundle: ServerBundle, options: StartOptions): Promise<RunningServer> {
  const args = [bundle.server, '--port', '0', '--data', options.data, ...(options.workspace ? ['--workspace', options.workspace] : [])];
  const [command, ...rest] = options.prefix ? [...options.prefix, process.execPath, ...args] : [process.execPath, ...args];
  const child = spawn(command!, rest, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...options.env } });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.once('exit', (code, signal) => done({ code, signal })));
  const started = Date.now();
  while (!/Listening on http/.test(output)) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    if (Date.now() - started > 20_000) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 25));
  }
  // A secret link line may follow the "Listening on" line (web mode for this user only).
  await new Promise((r) => setTimeout(r, 150));
  const client = await connect(output);
  return { child, output: () => output, rpc: client, exited };
}

/** Authenticates the way a browser would: the printed link (cookie) when there is one, then the page's token. */
async function connect(output: string): Promise<RunningServer['rpc']> {
  const base = /Listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)![1]!;
  const link = /Open in your browser: (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output)?.[1];
  let cookie = '';
  if (link) {
    const first = await fetch(link, { redirect: 'manual' });
    cookie = (first.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  }
  const page = await fetch(`${base}/`, { headers: cookie ? { cookie } : {} }).then((r) => r.text());
  const token = /name="stratboard-token" content="([^"]+)"/.exec(page)?.[1];
  return async (method, input = {}) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', origin: base };
    if (cookie) headers.cookie = cookie;
    if (token) headers['x-stratboard-token'] = token;
    const response = await fetch(`${base}/rpc/${method}`, { method: 'POST', headers, body: JSON.stringify(input) });
    return response.json();
  };
}

export async function stop(server: RunningServer, signal: NodeJS.Signals = 'SIGTERM') {
  if (server.child.exitCode === null) server.child.kill(signal);
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 20_000);
  const result = await server.exited;
  clearTimeout(timer);
  return result;
}
