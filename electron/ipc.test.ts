import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TRANSPORT } from '../shared/contract/events';
import type { Services } from './services/serviceTypes';
import { APP_ENTRY_URL, APP_ORIGIN } from './securityPolicy';

/**
 * The real IPC handler path (ipc.ts with the policy behind it), not only isTrustedIpcSender:
 * ipcMain is a fake that keeps the registered handler, and the tests call it with the event
 * objects Electron would pass for each kind of sender. A refused sender must get 'forbidden'
 * and must never reach the services.
 */

type Handler = (event: unknown, method: unknown, input: unknown) => Promise<unknown>;

const ipc = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, method: unknown, input: unknown) => Promise<unknown>>(),
  removed: [] as string[],
}));

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => {
      if (ipc.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      ipc.handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => {
      ipc.handlers.delete(channel);
      ipc.removed.push(channel);
    },
  },
}));

const { registerIpc } = await import('./ipc');

/** Ids of the main window's renderer process and its top frame, as Electron reports them. */
const MAIN = { contentsId: 1, processId: 11, routingId: 3 };

interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  routingId: number;
}

const mainFrame: FakeFrame = { url: `${APP_ORIGIN}/index.html#/dashboard`, parent: null, processId: MAIN.processId, routingId: MAIN.routingId };

function fakeMainWindow(options: { destroyed?: boolean } = {}) {
  return {
    isDestroyed: () => options.destroyed ?? false,
    // A distinct object from mainFrame on purpose: Electron may hand out several WebFrameMain objects for one frame.
    webContents: { id: MAIN.contentsId, mainFrame: { ...mainFrame } },
  };
}

function eventFrom(frame: FakeFrame | null, contentsId = MAIN.contentsId) {
  return { sender: { id: contentsId }, senderFrame: frame };
}

function setUp(window: ReturnType<typeof fakeMainWindow> | null = fakeMainWindow()) {
  const dispatch = vi.fn(async (method: string, input: unknown) => ({ ok: true, value: { method, input } }));
  const services = { dispatch } as unknown as Services;
  const unregister = registerIpc(services, () => window as never);
  const handler = ipc.handlers.get(TRANSPORT.ipcInvokeChannel);
  if (!handler) throw new Error('registerIpc registered no handler on the invoke channel');
  return { dispatch, handler, unregister };
}

beforeEach(() => {
  ipc.handlers.clear();
  ipc.removed.length = 0;
});

const FORBIDDEN = { ok: false, error: { code: 'forbidden' } };

describe('registerIpc', () => {
  it('passes a call from the main window top frame to the services', async () => {
    const { dispatch, handler } = setUp();
    const result = await handler(eventFrom({ ...mainFrame }), 'getSession', { a: 1 });
    expect(result).toEqual({ ok: true, value: { method: 'getSession', input: { a: 1 } } });
    expect(dispatch).toHaveBeenCalledExactlyOnceWith('getSession', { a: 1 });
  });

  it('refuses an iframe inside the main window, even one on the app origin', async () => {
    const { dispatch, handler } = setUp();
    const iframe: FakeFrame = { url: APP_ENTRY_URL, parent: { ...mainFrame }, processId: MAIN.processId, routingId: 9 };
    expect(await handler(eventFrom(iframe), 'getSession', {})).toMatchObject(FORBIDDEN);
    // An out-of-process iframe of another origin.
    const foreign: FakeFrame = { url: 'https://evil.example/frame.html', parent: { ...mainFrame }, processId: 42, routingId: 1 };
    expect(await handler(eventFrom(foreign), 'getSession', {})).toMatchObject(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses the main frame once it shows another origin', async () => {
    const { dispatch, handler } = setUp();
    for (const url of ['https://evil.example/', 'file:///tmp/index.html', 'app://evil/index.html', 'about:blank', '']) {
      expect(await handler(eventFrom({ ...mainFrame, url }), 'getSession', {}), url).toMatchObject(FORBIDDEN);
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses another window, even one showing our own page', async () => {
    const { dispatch, handler } = setUp();
    // Another web contents (a second window, DevTools, the PDF print window) with its own top frame.
    expect(await handler(eventFrom({ ...mainFrame, processId: 12, routingId: 1 }, 2), 'getSession', {})).toMatchObject(FORBIDDEN);
    // Same frame ids by coincidence, but another web contents.
    expect(await handler(eventFrom({ ...mainFrame }, 2), 'getSession', {})).toMatchObject(FORBIDDEN);
    // The main window's web contents, but a frame that is not its main frame (a stale or other top frame).
    expect(await handler(eventFrom({ ...mainFrame, routingId: MAIN.routingId + 1 }), 'getSession', {})).toMatchObject(FORBIDDEN);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a sender whose frame is gone, and any call while there is no main window', async () => {
    const gone = setUp();
    expect(await gone.handler(eventFrom(null), 'getSession', {})).toMatchObject(FORBIDDEN);
    gone.unregister();

    const noWindow = setUp(null);
    expect(await noWindow.handler(eventFrom({ ...mainFrame }), 'getSession', {})).toMatchObject(FORBIDDEN);
    noWindow.unregister();

    const destroyed = setUp(fakeMainWindow({ destroyed: true }));
    expect(await destroyed.handler(eventFrom({ ...mainFrame }), 'getSession', {})).toMatchObject(FORBIDDEN);
    for (const setup of [gone, noWindow, destroyed]) expect(setup.dispatch).not.toHaveBeenCalled();
  });

  it('checks the sender before the method name', async () => {
    const { dispatch, handler } = setUp();
    expect(await handler(eventFrom({ ...mainFrame, url: 'https://evil.example/' }), 42, {})).toMatchObject(FORBIDDEN);
    expect(await handler(eventFrom({ ...mainFrame }), 42, {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('removes its handler when asked', () => {
    const { unregister } = setUp();
    unregister();
    expect(ipc.handlers.has(TRANSPORT.ipcInvokeChannel)).toBe(false);
    expect(ipc.removed).toEqual([TRANSPORT.ipcInvokeChannel]);
  });
});
