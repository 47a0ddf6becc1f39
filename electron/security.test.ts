import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN } from './securityPolicy';

/**
 * The wiring in security.ts, not the decisions (securityPolicy.test.ts covers those): each
 * Electron event and handler must be registered and must ask the policy. Electron is replaced
 * by fakes that record what security.ts registers; the tests then fire events at them the way
 * Electron would and look at what the app did (prevented, opened in the browser, granted).
 */

type Listener = (...args: unknown[]) => unknown;

const electron = vi.hoisted(() => {
  const appListeners = new Map<string, (...args: unknown[]) => unknown>();
  return {
    appListeners,
    app: { on: (name: string, listener: (...args: unknown[]) => unknown) => appListeners.set(name, listener) },
    openInBrowser: vi.fn(async (_url: string) => {}),
    defaultSession: null as unknown,
  };
});

vi.mock('electron', () => ({
  app: electron.app,
  shell: { openExternal: electron.openInBrowser },
  session: {
    get defaultSession() {
      return electron.defaultSession;
    },
  },
}));

const { guardSession, guardWebContents, installSecurityGuards, openExternalSafely } = await import('./security');

/** A web contents that keeps what security.ts registers on it. */
function fakeWebContents() {
  const listeners = new Map<string, Listener>();
  let windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  const contents = {
    on(name: string, listener: Listener) {
      listeners.set(name, listener);
      return contents;
    },
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      windowOpenHandler = handler;
    },
  };
  return {
    contents,
    /** Fires an event the way Electron does: an event object with the target url and preventDefault. */
    fire(name: string, url: string): { prevented: boolean } {
      const listener = listeners.get(name);
      if (!listener) throw new Error(`security.ts registered no '${name}' listener`);
      const event = { url, preventDefault: vi.fn() };
      listener(event, url);
      return { prevented: event.preventDefault.mock.calls.length > 0 };
    },
    openWindow(url: string) {
      if (!windowOpenHandler) throw new Error('security.ts registered no window open handler');
      return windowOpenHandler({ url });
    },
  };
}

/** A session that keeps the handlers security.ts installs. */
function fakeSession() {
  const handlers: {
    request?: (contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void;
    check?: (contents: unknown, permission: string, requestingOrigin: string) => boolean;
    device?: (details: unknown) => boolean;
    beforeRequest?: { filter: { urls: string[] }; listener: (details: unknown, callback: (response: { cancel?: boolean }) => void) => void };
  } = {};
  const session = {
    setPermissionRequestHandler: (handler: typeof handlers.request) => (handlers.request = handler),
    setPermissionCheckHandler: (handler: typeof handlers.check) => (handlers.check = handler),
    setDevicePermissionHandler: (handler: typeof handlers.device) => (handlers.device = handler),
    webRequest: {
      onBeforeRequest: (filter: { urls: string[] }, listener: NonNullable<typeof handlers.beforeRequest>['listener']) =>
        (handlers.beforeRequest = { filter, listener }),
    },
  };
  return {
    session,
    handlers,
    request(permission: string, requestingUrl: string): boolean {
      let granted: boolean | undefined;
      handlers.request!({}, permission, (answer) => (granted = answer), { requestingUrl });
      if (granted === undefined) throw new Error('the permission request was never answered');
      return granted;
    },
  };
}

type FakeContents = Parameters<typeof guardWebContents>[0];
type FakeSession = Parameters<typeof guardSession>[0];

function guardedContents() {
  const fake = fakeWebContents();
  guardWebContents(fake.contents as unknown as FakeContents);
  return fake;
}

/** openExternalSafely runs detached (void …catch); let it reach the shell. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  electron.openInBrowser.mockClear();
  electron.appListeners.clear();
});

describe('installSecurityGuards', () => {
  it('guards every web contents Electron creates and the default session', () => {
    const defaultSession = fakeSession();
    electron.defaultSession = defaultSession.session;
    installSecurityGuards();

    const created = electron.appListeners.get('web-contents-created');
    expect(created, "no 'web-contents-created' listener").toBeTypeOf('function');
    const fake = fakeWebContents();
    created!({}, fake.contents);
    expect(fake.fire('will-navigate', 'file:///etc/passwd').prevented).toBe(true);
    expect(fake.openWindow(APP_ENTRY_URL)).toEqual({ action: 'deny' });

    expect(defaultSession.request('media', APP_ORIGIN)).toBe(false);
    expect(defaultSession.handlers.check).toBeTypeOf('function');
    expect(defaultSession.handlers.device).toBeTypeOf('function');
    expect(defaultSession.handlers.beforeRequest).toBeDefined();
  });
});

describe('will-navigate', () => {
  it('lets the app move within its own origin', async () => {
    const fake = guardedContents();
    expect(fake.fire('will-navigate', `${APP_ORIGIN}/index.html#/plan`).prevented).toBe(false);
    await settle();
    expect(electron.openInBrowser).not.toHaveBeenCalled();
  });

  it('keeps the app in place and hands a web link to the browser', async () => {
    const fake = guardedContents();
    expect(fake.fire('will-navigate', 'https://example.com/pricing').prevented).toBe(true);
    await settle();
    expect(electron.openInBrowser).toHaveBeenCalledExactlyOnceWith('https://example.com/pricing');
  });

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'app://evil/index.html', 'data:text/html,<script>alert(1)</script>', 'smb://server/share', 'not a url'])(
    'refuses %s and opens nothing',
    async (url) => {
      const fake = guardedContents();
      expect(fake.fire('will-navigate', url).prevented).toBe(true);
      await settle();
      expect(electron.openInBrowser).not.toHaveBeenCalled();
    },
  );
});

describe('will-redirect', () => {
  it('allows a redirect only within the app origin and never opens the target', async () => {
    const fake = guardedContents();
    expect(fake.fire('will-redirect', `${APP_ORIGIN}/index.html`).prevented).toBe(false);
    expect(fake.fire('will-redirect', 'https://example.com/').prevented).toBe(true);
    expect(fake.fire('will-redirect', 'file:///etc/passwd').prevented).toBe(true);
    await settle();
    expect(electron.openInBrowser).not.toHaveBeenCalled();
  });
});

describe('window.open / target=_blank', () => {
  it('never creates a window: every request is denied, web links go to the browser', async () => {
    const fake = guardedContents();
    expect(fake.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    await settle();
    expect(electron.openInBrowser).toHaveBeenCalledExactlyOnceWith('https://example.com/');
  });

  it.each([APP_ENTRY_URL, 'about:blank', 'file:///tmp/x.html', 'javascript:alert(1)', 'https://user:pw@example.com/', ''])(
    'denies %s and opens nothing',
    async (url) => {
      const fake = guardedContents();
      expect(fake.openWindow(url)).toEqual({ action: 'deny' });
      await settle();
      expect(electron.openInBrowser).not.toHaveBeenCalled();
    },
  );
});

describe('will-attach-webview', () => {
  it('refuses every webview', () => {
    const fake = guardedContents();
    expect(fake.fire('will-attach-webview', APP_ENTRY_URL).prevented).toBe(true);
  });
});

describe('session permissions', () => {
  function guardedSession() {
    const fake = fakeSession();
    guardSession(fake.session as unknown as FakeSession);
    return fake;
  }

  it('answers permission requests through the policy: deny by default', () => {
    const fake = guardedSession();
    expect(fake.request('clipboard-sanitized-write', APP_ENTRY_URL)).toBe(true);
    expect(fake.request('fullscreen', APP_ENTRY_URL)).toBe(true);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'unknown']) {
      expect(fake.request(permission, APP_ENTRY_URL), permission).toBe(false);
    }
    expect(fake.request('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    expect(fake.request('fullscreen', 'file:///tmp/x.html')).toBe(false);
  });

  it('answers permission checks the same way', () => {
    const { handlers } = guardedSession();
    expect(handlers.check!({}, 'clipboard-sanitized-write', APP_ORIGIN)).toBe(true);
    expect(handlers.check!({}, 'media', APP_ORIGIN)).toBe(false);
    expect(handlers.check!({}, 'clipboard-sanitized-write', 'https://evil.example')).toBe(false);
  });

  it('grants no device (USB, HID, serial) access', () => {
    const { handlers } = guardedSession();
    expect(handlers.device!({ deviceType: 'usb', origin: APP_ORIGIN })).toBe(false);
    expect(handlers.device!({ deviceType: 'hid', origin: 'https://evil.example' })).toBe(false);
  });

  it('cancels every remote request', () => {
    const { handlers } = guardedSession();
    expect(handlers.beforeRequest!.filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    let answer: { cancel?: boolean } | undefined;
    handlers.beforeRequest!.listener({ url: 'https://tracker.example/pixel.gif' }, (response) => (answer = response));
    expect(answer).toEqual({ cancel: true });
  });
});

describe('openExternalSafely', () => {
  it('re-checks the URL before handing it to the OS', async () => {
    await openExternalSafely('https://example.com/');
    await openExternalSafely('file:///etc/passwd');
    await openExternalSafely('javascript:alert(1)');
    await openExternalSafely('ms-msdt:/id PCWDiagnostic');
    expect(electron.openInBrowser.mock.calls).toEqual([['https://example.com/']]);
  });
});
