import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_GLOBAL, createWorkspaceApi, type DesktopBridge } from '../shared/contract/client';
import type { RpcResult } from '../shared/contract/errors';
import { TRANSPORT, type AppEvent } from '../shared/contract/events';

/**
 * Runs sandboxed, before the page, with contextIsolation: the page sees only the frozen
 * copy of `bridge` that contextBridge makes. It never sees ipcRenderer, so page code can
 * reach exactly the contract's methods and nothing else. Bundled into one CommonJS file
 * (build/bundle-node.mjs) because a sandboxed preload cannot require npm modules.
 */

const bridge: DesktopBridge = {
  api: createWorkspaceApi(
    (method, input) => ipcRenderer.invoke(TRANSPORT.ipcInvokeChannel, method, input) as Promise<RpcResult<unknown>>,
  ),
  onEvent(listener) {
    if (typeof listener !== 'function') throw new TypeError('onEvent expects a function.');
    // Only the event object crosses over; the IpcRendererEvent (which holds `sender`) stays here.
    const forward = (_event: IpcRendererEvent, appEvent: AppEvent) => listener(appEvent);
    ipcRenderer.on(TRANSPORT.ipcEventChannel, forward);
    return () => {
      ipcRenderer.removeListener(TRANSPORT.ipcEventChannel, forward);
    };
  },
};

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
