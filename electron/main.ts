import { existsSync } from 'node:fs';
import { basename, extname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, shell } from 'electron';
import { RpcFailure } from '../shared/contract/errors';
import { TRANSPORT, type AppEvent } from '../shared/contract/events';
import { menuTexts } from '../shared/i18n/texts';
import type { UiLanguage } from '../shared/schema/primitives';
import { registerAppScheme, serveRenderer } from './appProtocol';
import { quitActionFor, unsavedQuitDialog } from './quitPrompt';
import { registerIpc } from './ipc';
import { installAppMenu } from './menu';
import { printHtmlToPdf } from './pdf/printToPdf';
import { installSecurityGuards, openExternalSafely } from './security';
import { saveExportWithDialog } from './exportFiles';
import { isAppUrl, isSafeExternalUrl } from './securityPolicy';
import { createServices } from './services/createServices';
import type { HostCapabilities, Services } from './services/serviceTypes';
import { createMainWindow, type MainWindow } from './window';

/**
 * App lifecycle: one instance, one window, services created once, every pending edit
 * written before the process exits. Runs from dist/electron/main.cjs (bundled by
 * build/bundle-node.mjs), so __dirname is dist/electron.
 */

const APP_TITLE = 'Stratboard';
const APP_USER_MODEL_ID = 'app.stratboard.desktop'; // = appId in build/electron-builder.yml
/** A hung disk must not keep the app from quitting forever; saves are atomic, so stopping is safe. */
const QUIT_FLUSH_TIMEOUT_MS = 15_000;

// --- Before 'ready' -------------------------------------------------------------------------

// A fresh data folder for tests (and portable setups). Set first: the single-instance lock,
// settings, workspace and browser storage all live under userData.
const userDataOverride = process.env.STRATBOARD_USER_DATA_DIR;
if (userDataOverride) app.setPath('userData', resolve(userDataOverride));

app.enableSandbox(); // every renderer sandboxed, even one created by mistake without webPreferences
registerAppScheme();
if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

let services: Services | null = null;
let servicesStarting: Promise<Services> | null = null;
let mainWindow: MainWindow | null = null;
/** The last bounds write, kept after the window object is gone so quitting can wait for it. */
let boundsSaved: Promise<void> = Promise.resolve();
/** A workspace asked for before the services exist (command line, macOS 'open-file'). */
let pendingOpenPath: string | null = workspacePathFromArgv(process.argv, process.cwd());

if (!app.requestSingleInstanceLock()) {
  // Another Stratboard owns this data folder; it received our argv via 'second-instance'.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusMainWindow();
    const path = workspacePathFromArgv(argv, workingDirectory);
    if (path) openWorkspace(path);
  });
  // macOS delivers files (Finder "Open With", dock drops) as events, possibly before 'ready'.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (isWorkspaceFileName(path)) openWorkspace(resolve(path));
  });
  app.on('before-quit', onBeforeQuit);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // No one to ask on a signal: unsaved edits that cannot be saved go to a recovery file.
  process.on('SIGINT', () => void flushThenQuit('signal'));
  process.on('SIGTERM', () => void flushThenQuit('signal'));
  process.on('SIGHUP', () => void flushThenQuit('signal'));
  app.whenReady().then(start).catch(fail);
}

// --- Startup --------------------------------------------------------------------------------

async function start(): Promise<void> {
  installSecurityGuards();
  serveRenderer(join(__dirname, '..', 'renderer'));

  const initialPath = pendingOpenPath;
  pendingOpenPath = null;
  servicesStarting = createServices({
    userDataDir: app.getPath('userData'),
    host: createHost(),
    initialPath,
    preferredLanguage: languageForLocale(app.getLocale()),
  });
  const ready = await servicesStarting;
  services = ready;

  registerIpc(ready, () => mainWindow?.window ?? null);
  installAppMenu(ready, { isPackaged: app.isPackaged });
  ready.onEvent(forwardToWindow);

  // A file that arrived while the services were starting.
  const late = pendingOpenPath;
  pendingOpenPath = null;
  if (late && late !== initialPath) openWorkspace(late);

  await openMainWindow();
  app.on('activate', () => {
    if (!mainWindow) void openMainWindow().catch(fail);
  });
}

async function openMainWindow(): Promise<void> {
  if (!services) return;
  const created = await createMainWindow({
    services,
    preloadPath: join(__dirname, 'preload.cjs'),
    title: APP_TITLE,
    allowDevTools: !app.isPackaged,
  });
  mainWindow = created;
  created.window.on('close', () => {
    boundsSaved = created.saveBoundsNow();
  });
  created.window.on('closed', () => {
    if (mainWindow === created) mainWindow = null;
  });
}

function focusMainWindow(): void {
  const window = mainWindow?.window;
  if (!window || window.isDestroyed()) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

function openWorkspace(path: string): void {
  if (!services) {
    pendingOpenPath = path;
    return;
  }
  focusMainWindow();
  services.openPath(path).catch((error: unknown) => console.error('[stratboard] could not open', path, error));
}

/** Pushed events go to our own page only, never to a page that somehow replaced it. */
function forwardToWindow(event: AppEvent): void {
  const window = mainWindow?.window;
  if (!window || window.isDestroyed()) return;
  if (!isAppUrl(window.webContents.getURL())) return;
  window.webContents.send(TRANSPORT.ipcEventChannel, event);
}

// --- What the desktop can do that web mode cannot ------------------------------------------

function createHost(): HostCapabilities {
  return {
    kind: 'desktop',
    appVersion: app.getVersion(),
    pickPath: async ({ mode, suggestedName }) => {
      const language = services ? (await services.settings.get()).language : 'en';
      const filters = [{ name: menuTexts[language].workspaceFileFilter, extensions: ['json'] }];
      const parent = mainWindow?.window;
      if (mode === 'open') {
        const options = { filters, properties: ['openFile' as const] };
        const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
        return { path: result.canceled ? null : (result.filePaths[0] ?? null) };
      }
      const options = {
        filters,
        defaultPath: join(documentsFolder(), safeFileName(suggestedName)),
        properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const],
      };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { path: null };
      return { path: withJsonExtension(result.filePath) };
    },
    showItemInFolder: async (path) => {
      if (!isAbsolute(path)) throw new RpcFailure('invalid-input', 'Only an absolute path can be shown in its folder.');
      shell.showItemInFolder(path);
    },
    openExternal: async (url) => {
      // The contract already demands http(s); checked again because this hands the URL to the OS.
      if (!isSafeExternalUrl(url)) throw new RpcFailure('invalid-input', 'Only http and https links can be opened.');
      await openExternalSafely(url);
    },
    renderPdf: (input) => printHtmlToPdf(input),
    saveExport: async ({ suggestedName, kind, bytes, openAfterSave }) => saveExportWithDialog(mainWindow?.window ?? null, {
      suggestedName: plainFileName(suggestedName, 'Stratboard export'), kind, bytes, openAfterSave, defaultFolder: documentsFolder(), filterName: kind.toUpperCase(),
    }),
  };
}

function documentsFolder(): string {
  try {
    return app.getPath('documents');
  } catch {
    return app.getPath('home');
  }
}

/** Characters Windows (and so a portable workspace name) cannot have in a file name. */
const RESERVED_FILE_NAME_CHARS = '\\/:*?"<>|';

/** A file name the renderer suggested, reduced to a plain name (no folders, no reserved characters). */
function plainFileName(suggested: string | undefined, fallback: string): string {
  const cleaned = Array.from(basename(suggested ?? ''), (ch) => (ch < ' ' || RESERVED_FILE_NAME_CHARS.includes(ch) ? '-' : ch))
    .join('')
    .trim()
    .slice(0, 200);
  return cleaned.length > 0 && cleaned !== '.' && cleaned !== '..' ? cleaned : fallback;
}

/** A workspace file name: plain, and ending in .json. */
function safeFileName(suggested: string | undefined): string {
  const name = plainFileName(suggested, 'Stratboard workspace');
  return extname(name).toLowerCase() === '.json' ? name : `${name}.json`;
}

/** Linux save dialogs do not add the filter's extension; add it unless that would replace an existing file unasked. */
function withJsonExtension(path: string): string {
  if (extname(path) !== '') return path;
  const withExtension = `${path}.json`;
  return existsSync(withExtension) ? path : withExtension;
}

function languageForLocale(locale: string): UiLanguage {
  // Simplified Chinese for zh, zh-CN, zh-SG and zh-Hans*; every other locale starts in English.
  return /^zh(-(CN|SG|Hans.*))?$/i.test(locale) ? 'zh-CN' : 'en';
}

// --- Command line ---------------------------------------------------------------------------

/**
 * The workspace file named on a command line, if any. Skips the executable, Electron and
 * Chromium switches, and in unpackaged runs (`electron .`, `electron dist/electron/main.cjs`)
 * the app path that precedes the user's arguments. Accepts plain paths and the file:// URLs
 * Linux desktop launchers pass for %U.
 */
function workspacePathFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  const positional = argv.slice(1).filter((arg) => arg.length > 0 && !arg.startsWith('-'));
  if (process.defaultApp) positional.shift();
  const appPath = app.getAppPath();
  for (const arg of positional) {
    let path: string;
    try {
      path = arg.startsWith('file://') ? fileURLToPath(arg) : resolve(workingDirectory, arg);
    } catch {
      continue;
    }
    if (path === appPath) continue;
    if (isWorkspaceFileName(path)) return path;
  }
  return null;
}

/** Workspaces are .json files; anything else on a command line is not ours to open. */
function isWorkspaceFileName(path: string): boolean {
  return extname(path).toLowerCase() === '.json';
}

// --- Quitting -------------------------------------------------------------------------------

let quitState: 'running' | 'flushing' | 'flushed' = 'running';

/** Holds the first quit until pending edits and the window position are on disk. */
function onBeforeQuit(event: Electron.Event): void {
  if (quitState === 'flushed') return;
  event.preventDefault();
  void flushThenQuit('user');
}

/**
 * Saves before quitting. When the save fails, a user quitting is asked (save a copy / quit without
 * saving / cancel); a signal cannot ask, so the edits go to a recovery file the next start offers.
 */
async function flushThenQuit(trigger: 'user' | 'signal'): Promise<void> {
  if (quitState !== 'running') return; // a second Ctrl+C or quit while flushing: already on it
  quitState = 'flushing';
  let exitCode = 0;
  try {
    const running = services ?? (servicesStarting ? await servicesStarting.catch(() => null) : null);
    const windowBounds = mainWindow ? mainWindow.saveBoundsNow() : boundsSaved;
    await withTimeout(Promise.all([windowBounds, running?.flush()]), QUIT_FLUSH_TIMEOUT_MS);
    const unsaved = running?.unsavedEdits() ?? null;
    if (running && unsaved && trigger === 'user' && !(await confirmQuitWithUnsavedEdits(running, unsaved))) {
      quitState = 'running';
      return;
    }
    if (running) {
      const outcome = await withTimeout(running.stopSafely(), QUIT_FLUSH_TIMEOUT_MS);
      if (outcome.unsaved && outcome.recoveryPath) console.error(`[stratboard] unsaved edits kept in ${outcome.recoveryPath}; the next start offers them`);
      if (outcome.unsaved && !outcome.recoveryPath) exitCode = 1;
    }
  } catch (error) {
    console.error('[stratboard] could not finish saving before quitting:', error);
    exitCode = 1;
  }
  quitState = 'flushed';
  if (exitCode !== 0) app.exit(exitCode);
  else app.quit();
}

/** True to go on quitting. "Save a copy…" saves first (and asks again if that is cancelled or fails). */
async function confirmQuitWithUnsavedEdits(running: Services, unsaved: { filePath: string; problem: string }): Promise<boolean> {
  const language = (await running.settings.get()).language;
  for (;;) {
    const question = unsavedQuitDialog(language, unsaved.filePath, unsaved.problem);
    const parent = mainWindow?.window;
    const { response } = parent && !parent.isDestroyed() ? await dialog.showMessageBox(parent, question) : await dialog.showMessageBox(question);
    const action = quitActionFor(response);
    if (action === 'cancel') return false;
    if (action === 'quit-without-saving') {
      running.discardUnsavedEdits();
      return true;
    }
    const picked = await createHost().pickPath!({ mode: 'save', suggestedName: basename(unsaved.filePath) });
    if (!picked.path) continue;
    // The save dialog already asked before replacing a file.
    const saved = await running.dispatch('saveCopyAs', { path: picked.path, replace: true });
    if (saved.ok) {
      running.discardUnsavedEdits(); // they are in the copy now
      return true;
    }
    await dialog.showMessageBox({ type: 'error', title: APP_TITLE, message: saved.error.message });
  }
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function fail(error: unknown): void {
  console.error('[stratboard] startup failed:', error);
  dialog.showErrorBox(APP_TITLE, `Stratboard could not start.\n\n${error instanceof Error ? error.message : String(error)}`);
  quitState = 'flushed';
  app.exit(1);
}
