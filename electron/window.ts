import { BrowserWindow, screen, type Rectangle } from 'electron';
import type { Services, WindowBounds } from './services/serviceTypes';
import { APP_ENTRY_URL } from './securityPolicy';

const DEFAULT_SIZE = { width: 1280, height: 820 };
const MIN_SIZE = { width: 900, height: 600 };
/** Coalesces the burst of 'move'/'resize' events a drag produces into one settings write. */
const SAVE_DELAY_MS = 500;
/** A saved window counts as visible when at least this much of it lies on some display. */
const MIN_VISIBLE = { width: 120, height: 80 };

export interface MainWindow {
  window: BrowserWindow;
  /** Resolves once the latest bounds are written; main awaits it before quitting. */
  saveBoundsNow(): Promise<void>;
}

/**
 * The one app window. Every webPreference that widens what page code can reach is off:
 * the renderer is plain web content that talks to the services only through the preload's
 * typed bridge.
 */
export async function createMainWindow(options: { services: Services; preloadPath: string; title: string; allowDevTools: boolean }): Promise<MainWindow> {
  const { services } = options;
  const saved = await services.settings.getWindowBounds().catch(() => null);
  const placement = placeWindow(saved);

  const window = new BrowserWindow({
    ...placement,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: options.title,
    show: false, // shown on 'ready-to-show' so the user never sees an empty white frame
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // No 'auxclick' event: middle-click cannot reach page code as a second way to open links.
      // (Window opening is denied in security.ts anyway; this also clears Electronegativity's AUXCLICK check.)
      disableBlinkFeatures: 'Auxclick',
      // Packaged builds have no DevTools at all, not just no menu item for them.
      devTools: options.allowDevTools,
      // Chromium's spellchecker downloads Hunspell dictionaries from Google on Windows and
      // Linux; this app never goes online, so spellcheck is on only where the OS provides it.
      spellcheck: process.platform === 'darwin',
      // A workshop clock keeps running while the window is minimised or covered (slides on the
      // projector): throttled timers would fire once a minute and read as the laptop sleeping.
      backgroundThrottling: false,
    },
  });

  // The page's <title> must not rename the window (a workspace could otherwise set it).
  window.on('page-title-updated', (event) => event.preventDefault());
  // A web-style "leave this page?" beforeunload guard would silently cancel closing the window
  // (Electron shows no prompt). On the desktop the quit flush writes pending edits instead.
  window.webContents.on('will-prevent-unload', (event) => event.preventDefault());
  window.once('ready-to-show', () => {
    if (saved?.maximized) window.maximize();
    window.show();
  });

  let timer: NodeJS.Timeout | null = null;
  let lastWritten = saved ? JSON.stringify(saved) : '';
  let pending: Promise<void> = Promise.resolve();

  const currentBounds = (): WindowBounds | null => {
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return null;
    // Normal bounds, not the maximized rectangle, so un-maximizing next time restores the old size.
    const normal = window.getNormalBounds();
    return {
      x: Math.round(normal.x),
      y: Math.round(normal.y),
      width: Math.max(200, Math.round(normal.width)),
      height: Math.max(200, Math.round(normal.height)),
      maximized: window.isMaximized(),
    };
  };

  const saveBoundsNow = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    const bounds = currentBounds();
    const serialized = bounds ? JSON.stringify(bounds) : '';
    if (bounds && serialized !== lastWritten) {
      lastWritten = serialized;
      // Chained so two writes never overlap; failures only cost the remembered position.
      pending = pending.then(() => services.settings.setWindowBounds(bounds)).catch((error: unknown) => {
        console.warn('[stratboard] could not remember the window position:', error);
      });
    }
    return pending;
  };

  const scheduleSave = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void saveBoundsNow(), SAVE_DELAY_MS);
  };
  window.on('move', scheduleSave);
  window.on('resize', scheduleSave);
  window.on('maximize', scheduleSave);
  window.on('unmaximize', scheduleSave);
  // Read the bounds while the window still exists; the write finishes during the quit flush.
  window.on('close', () => void saveBoundsNow());

  // A missing or broken renderer build must not leave an invisible window running.
  window.webContents.once('did-fail-load', (_event, code, description) => {
    console.error(`[stratboard] the app page failed to load (${code} ${description})`);
    if (!window.isDestroyed() && !window.isVisible()) window.show();
  });
  window.loadURL(APP_ENTRY_URL).catch(() => {
    /* reported by 'did-fail-load' above */
  });
  return { window, saveBoundsNow };
}

/** The saved rectangle if enough of it is on a connected display, else a centred default. */
function placeWindow(saved: WindowBounds | null): { width: number; height: number; x?: number; y?: number } {
  if (saved) {
    const rect: Rectangle = { x: saved.x, y: saved.y, width: saved.width, height: saved.height };
    const workArea = screen.getDisplayMatching(rect).workArea;
    if (visibleArea(rect, workArea)) {
      // A display may have shrunk since (resolution change): never restore a window larger than it.
      return {
        x: rect.x,
        y: rect.y,
        width: Math.min(Math.max(rect.width, MIN_SIZE.width), workArea.width),
        height: Math.min(Math.max(rect.height, MIN_SIZE.height), workArea.height),
      };
    }
  }
  const workArea = screen.getPrimaryDisplay().workArea;
  return {
    width: Math.min(DEFAULT_SIZE.width, workArea.width),
    height: Math.min(DEFAULT_SIZE.height, workArea.height),
  };
}

function visibleArea(rect: Rectangle, area: Rectangle): boolean {
  const width = Math.min(rect.x + rect.width, area.x + area.width) - Math.max(rect.x, area.x);
  const height = Math.min(rect.y + rect.height, area.y + area.height) - Math.max(rect.y, area.y);
  return width >= MIN_VISIBLE.width && height >= MIN_VISIBLE.height;
}
