import { BRIDGE_GLOBAL, type DesktopBridge, type WorkspaceApi } from '../../../../shared/contract/client';
import type { AppEvent } from '../../../../shared/contract/events';
import { createHttpApi, readWebToken } from './httpTransport';
import { subscribeHttpEvents } from './httpEvents';

/** The renderer's one way to the data: the desktop preload bridge when present, else HTTP. */
export interface Transport {
  api: WorkspaceApi;
  /** Subscribes to pushed events; onReconnected fires when a dropped stream comes back. */
  onEvent(listener: (event: AppEvent) => void, onReconnected: () => void): () => void;
}

function desktopBridge(): DesktopBridge | null {
  const candidate = (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL] as DesktopBridge | undefined;
  return candidate && typeof candidate === 'object' && candidate.api ? candidate : null;
}

export function createTransport(): Transport {
  const bridge = desktopBridge();
  if (bridge) {
    // IPC does not drop like a network stream, so there is nothing to reconnect.
    return { api: bridge.api, onEvent: (listener) => bridge.onEvent(listener) };
  }
  const token = readWebToken();
  return {
    api: createHttpApi(token),
    onEvent: (listener, onReconnected) => subscribeHttpEvents(token, listener, onReconnected),
  };
}
