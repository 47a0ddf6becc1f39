import { z } from 'zod';
import { issueSummary } from './session';

/** Every failure a call can answer with. Transports never throw for these; they return them. */
export const rpcErrorCode = z.enum([
  'invalid-input', // payload failed the contract's input schema
  'unknown-method',
  'unsupported', // this transport has no such capability (e.g. native dialogs in web mode)
  'forbidden', // wrong sender frame, token, Origin or Host
  'not-open', // no workspace is open (the file failed to load)
  'read-only', // the open workspace cannot be changed
  'conflict', // another window changed the same place since the revision the change was based on, or deleted what it names
  'invalid-change', // the change would make the workspace invalid
  'refused', // a rule across entities forbids the change (a dangling link, an approved document's lock)
  'exists', // a workspace is already at that path and the call did not say to replace it (saveCopyAs)
  'io', // the file system refused
  'internal',
]);
export type RpcErrorCode = z.infer<typeof rpcErrorCode>;

export const rpcError = z.object({
  code: rpcErrorCode,
  message: z.string(),
  issues: z.array(issueSummary).optional(),
  /** The message in Simplified Chinese, where the service has one (operations' refusals). */
  zh: z.string().optional(),
});
export type RpcError = z.infer<typeof rpcError>;

export type RpcResult<T> = { ok: true; value: T } | { ok: false; error: RpcError };

export function rpcFailure(code: RpcErrorCode, message: string, issues?: RpcError['issues'], zh?: string): { ok: false; error: RpcError } {
  return { ok: false, error: { code, message, ...(issues ? { issues } : {}), ...(zh ? { zh } : {}) } };
}

/** Thrown inside services to answer with a typed error; the dispatcher turns it into a result. */
export class RpcFailure extends Error {
  constructor(public readonly code: RpcErrorCode, message: string, public readonly issues?: RpcError['issues'], public readonly zh?: string) {
    super(message);
    this.name = 'RpcFailure';
  }
}
