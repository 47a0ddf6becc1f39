import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Services } from './services/serviceTypes';
import { APP_ENTRY_URL } from './securityPolicy';

/**
 * The main window's hardening as created, read from the options window.ts hands to
 * BrowserWindow (a fake here). Electronegativity rates `nodeIntegration: true` next to
 * `sandbox: true` as harmless and says nothing, so this is where such a change fails.
 */

const electron = vi.hoisted(() => ({ created: [] as Array<{ options: Record<string, unknown>; loaded: string[] }> }));

vi.mock('electron', () => {
  const workArea = { x: 0, y: 0, width: 1920, height: 1080 };
  class FakeBrowserWindow {
    readonly loaded: string[] = [];
    readonly webContents = { on: () => this.webContents, once: () => this.webContents };
    constructor(readonly options: Record<string, unknown>) {
      electron.created.push(this);
    }
    on() {
      return this;
    }
    once() {
      return this;
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
  }
  return {
    BrowserWindow: FakeBrowserWindow,
    screen: { getDisplayMatching: () => ({ workArea }), getPrimaryDisplay: () => ({ workArea }) },
  };
});

const { createMainWindow } = await import('./window');

const services = {
  settings: { getWindowBounds: async () => null, setWindowBounds: async () => {} },
} as unknown as Services;

async function created(allowDevTools = false) {
  await createMainWindow({ services, preloadPath: '/app/dist/electron/preload.cjs', title: 'Stratboard', allowDevTools });
  const window = electron.created.at(-1)!;
  return { webPreferences: window.options.webPreferences as Record<string, unknown>, loaded: window.loaded };
}

beforeEach(() => {
  electron.created.length = 0;
});

describe('createMainWindow', () => {
  it('turns off everything that widens what page code can reach', async () => {
    const { webPreferences } = await created();
    expect(webPreferences).toMatchObject({
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
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
      preload: '/app/dist/electron/preload.cjs',
    });
    expect(webPreferences.enableBlinkFeatures).toBeUndefined();
    expect(webPreferences.additionalArguments).toBeUndefined();
  });

  it('has DevTools only when asked (development builds)', async () => {
    expect((await created(true)).webPreferences.devTools).toBe(true);
  });

  it('loads the app origin, never a file:// page', async () => {
    const { loaded } = await created();
    expect(loaded).toEqual([APP_ENTRY_URL]);
  });
});
