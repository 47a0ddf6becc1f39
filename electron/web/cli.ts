import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createServices } from '../services/createServices';
import { createWebPdfRenderer } from './pdfRenderer';
import { writeOwnerOnlyRedirectFile } from './linkFile';
import { startWebServer } from './server';

/**
 * `npm run web -- --port <p> --data <dir> [--lang zh-CN] [--workspace <file>]`
 * The same services as the desktop app, over HTTP on 127.0.0.1, for browser preview and e2e tests.
 */
const USAGE = 'Usage: npm run web -- --port <port> --data <user-data folder> [--lang en|zh-CN] [--workspace <file>] [--link-file <file>]';

function staticDirCandidates(): string[] {
  // Bundled: dist/electron/web.cjs -> dist/renderer. Run from source (tsx): electron/web -> dist/renderer.
  return [resolve(__dirname, '../renderer'), resolve(__dirname, '../../dist/renderer'), resolve(process.cwd(), 'dist/renderer')];
}

async function main(): Promise<void> {
  // A closed terminal makes writes fail with EPIPE; that must not end the process before it saved.
  process.stdout.on('error', () => {});
  process.stderr.on('error', () => {});
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '5173' },
      data: { type: 'string' },
      lang: { type: 'string' },
      workspace: { type: 'string' },
      'link-file': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port must be a number from 0 to 65535. ${USAGE}`);
  if (values.lang && values.lang !== 'en' && values.lang !== 'zh-CN') throw new Error(`--lang must be en or zh-CN. ${USAGE}`);
  const userDataDir = resolve(values.data ?? 'stratboard-web-data');
  const staticDir = staticDirCandidates().find((dir) => existsSync(resolve(dir, 'index.html')));
  if (!staticDir) throw new Error('The renderer is not built: run `npm run build` first (npm run web does this for you).');

  // Chromium starts on the first PDF, not here: most sessions never make one.
  const pdf = createWebPdfRenderer();
  const services = await createServices({
    userDataDir,
    host: {
      kind: 'web',
      appVersion: process.env.STRATBOARD_VERSION ?? process.env.npm_package_version ?? '0.0.0',
      renderPdf: (input) => pdf.render(input),
    },
    initialPath: values.workspace ? resolve(values.workspace) : null,
    preferredLanguage: (values.lang as 'en' | 'zh-CN' | undefined) ?? 'en',
  });
  const web = await startWebServer({ services, staticDir, port });
  console.log(`Data folder: ${userDataDir}`);
  // Written before the "Listening on" line, which is what `npm start` waits for to open the browser.
  if (values['link-file']) await writeOwnerOnlyRedirectFile(resolve(values['link-file']), web.link);
  // One write, so whoever waits for "Listening on" (npm start, tests, tools) has the link with it.
  // The link is the key to web mode (see server.ts): it goes to this terminal and the owner-only
  // link file only, never on a command line or into a file others can read.
  console.log(`Listening on ${web.url}\nOpen in your browser: ${web.link}`);

  let stopping = false;
  // Ctrl+C, a service manager's SIGTERM, or SIGHUP when the terminal running it is closed: save first.
  // If saving fails (disk full, drive gone), the edits go to a recovery file that the next start
  // offers; the exit code is non-zero only when they could be written nowhere.
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`${signal}: saving and stopping…`);
    const outcome = await services.stopSafely().catch(() => ({ unsaved: true, recoveryPath: null }));
    if (outcome.unsaved && outcome.recoveryPath) say(`Your latest edits could not be saved to the workspace file; they were kept in ${outcome.recoveryPath}. The next start offers them.`);
    if (outcome.unsaved && !outcome.recoveryPath) say('Your latest edits could not be saved, and no recovery file could be written anywhere (user-data folder, beside the workspace, temp folder).');
    if (!outcome.unsaved) say('Stopped; all changes saved.');
    await web.close();
    await pdf.close();
    process.exit(outcome.unsaved && !outcome.recoveryPath ? 1 : 0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGHUP', () => void stop('SIGHUP'));
}

/** The terminal may be gone (SIGHUP): a write to a closed stdout must not stop the save. */
function say(line: string): void {
  try {
    console.log(line);
  } catch {
    // no terminal any more
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
