import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { rpcFailure, type RpcResult } from '../shared/contract/errors';
import { TRANSPORT } from '../shared/contract/events';
import type { Services } from './services/serviceTypes';
import { isTrustedIpcSender, type IpcSenderInfo } from './securityPolicy';

/**
 * The desktop transport's single entry point: one invoke channel for every contract
 * method. The sender is checked here; the payload is checked by services.dispatch, which
 * validates input and output against the shared contract (the same path web mode uses).
 * Returns a function that removes the handler.
 */
export function registerIpc(services: Services, getMainWindow: () => BrowserWindow | null): () => void {
  ipcMain.handle(TRANSPORT.ipcInvokeChannel, async (event, method: unknown, input: unknown): Promise<RpcResult<unknown>> => {
    if (!isTrustedIpcSender(describeSender(event, getMainWindow()))) {
      return rpcFailure('forbidden', 'This call is only accepted from the Stratboard window.');
    }
    if (typeof method !== 'string') return rpcFailure('unknown-method', 'The method name must be a string.');
    return services.dispatch(method, input);
  });
  return () => ipcMain.removeHandler(TRANSPORT.ipcInvokeChannel);
}

/**
 * Plain facts about the sending frame for the pure policy. Frames are compared by process
 * and routing id, not object identity: Electron may hand out distinct WebFrameMain objects
 * for the same frame.
 */
function describeSender(event: IpcMainInvokeEvent, mainWindow: BrowserWindow | null): IpcSenderInfo | null {
  const frame = event.senderFrame;
  if (!frame || !mainWindow || mainWindow.isDestroyed()) return null;
  const contents = mainWindow.webContents;
  const mainFrame = contents.mainFrame;
  return {
    frameUrl: frame.url,
    isTopFrame: frame.parent === null,
    isMainWindowMainFrame:
      event.sender.id === contents.id && frame.processId === mainFrame.processId && frame.routingId === mainFrame.routingId,
  };
}
