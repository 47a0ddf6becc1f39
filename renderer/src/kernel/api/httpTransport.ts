import { createWorkspaceApi, type WorkspaceApi } from '../../../../shared/contract/client';
import { rpcFailure, type RpcResult } from '../../../../shared/contract/errors';
import { TRANSPORT } from '../../../../shared/contract/events';

/**
 * The token the web-mode server puts into index.html — only for a browser holding the cookie of
 * the printed link (see electron/web/server.ts). It is the CSRF token: every request carries it in
 * a header, which a page on another site cannot set; the cookie travels by itself (same origin).
 */
export function readWebToken(): string {
  return document.querySelector(`meta[name="${TRANSPORT.tokenMetaName}"]`)?.getAttribute('content') ?? '';
}

function isRpcResult(value: unknown): value is RpcResult<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const record = value as { ok: unknown; error?: unknown };
  return record.ok === true || (record.ok === false && typeof record.error === 'object' && record.error !== null);
}

/**
 * Web mode: each contract method is POST /rpc/<method> on the same origin. Whatever goes wrong
 * on the way (server stopped, bad gateway) comes back as a typed 'io' result, never a throw,
 * so callers handle one shape of failure.
 */
export function createHttpApi(token: string): WorkspaceApi {
  return createWorkspaceApi(async (method, input) => {
    let response: Response;
    try {
      response = await fetch(`${TRANSPORT.httpRpcPrefix}${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TRANSPORT.httpTokenHeader]: token },
        body: JSON.stringify(input ?? {}),
        cache: 'no-store',
        credentials: 'same-origin', // the link's cookie (the default, stated: web mode needs it)
      });
    } catch (error) {
      return rpcFailure('io', `Could not reach the Stratboard service (${error instanceof Error ? error.message : String(error)}).`);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return rpcFailure('io', `The Stratboard service answered ${method} with HTTP ${response.status} and no readable result.`);
    }
    return isRpcResult(body)
      ? body
      : rpcFailure('io', `The Stratboard service answered ${method} with HTTP ${response.status} and an unexpected body.`);
  });
}
