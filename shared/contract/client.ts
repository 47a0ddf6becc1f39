import { methodNames, type MethodInput, type MethodName, type MethodOutput } from './contract';
import type { RpcResult } from './errors';
import type { AppEvent } from './events';

/** What the renderer holds: one async function per contract method, each answering a typed result. */
export type WorkspaceApi = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<RpcResult<MethodOutput<M>>>;
};

export type Invoke = (method: MethodName, input: unknown) => Promise<RpcResult<unknown>>;

/** Builds the API object from the contract's keys over any transport (IPC invoke or HTTP POST). */
export function createWorkspaceApi(invoke: Invoke): WorkspaceApi {
  const api: Record<string, (input: unknown) => Promise<RpcResult<unknown>>> = {};
  for (const method of methodNames) api[method] = (input) => invoke(method, input ?? {});
  return api as WorkspaceApi;
}

/** What the preload exposes on window: the API plus a subscription to pushed events. */
export interface DesktopBridge {
  api: WorkspaceApi;
  onEvent(listener: (event: AppEvent) => void): () => void;
}

export const BRIDGE_GLOBAL = 'stratboard';

