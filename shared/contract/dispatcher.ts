import type { z } from 'zod';
import { contract, isMethodName, type Contract, type MethodName } from './contract';
import { rpcFailure, RpcFailure, type RpcResult } from './errors';
import { summarizeIssues } from '../validation/issues';

/** The service side of the contract: one implementation per method. */
export type Handlers = {
  [M in MethodName]: (input: z.output<Contract[M]['input']>) => Promise<z.input<Contract[M]['output']>>;
};

export type Dispatch = (method: string, input: unknown) => Promise<RpcResult<unknown>>;

/**
 * Validates the input against the contract, runs the handler, validates the output.
 * Used unchanged by the IPC handler and the HTTP adapter, so both transports behave alike.
 */
export function createDispatcher(handlers: Handlers, onInternalError: (method: string, error: unknown) => void = () => {}): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) return rpcFailure('unknown-method', `Unknown method "${method.slice(0, 64)}".`);
    const spec = contract[method];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) {
      return rpcFailure('invalid-input', `Invalid input for ${method}.`, summarizeIssues(parsed.error.issues));
    }
    try {
      const handler = handlers[method] as (value: unknown) => Promise<unknown>;
      const output = await handler(parsed.data);
      const checked = spec.output.safeParse(output);
      if (!checked.success) {
        onInternalError(method, checked.error);
        return rpcFailure('internal', `The service answered ${method} with data that breaks the contract.`, summarizeIssues(checked.error.issues));
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      if (error instanceof RpcFailure) return rpcFailure(error.code, error.message, error.issues, error.zh);
      onInternalError(method, error);
      return rpcFailure('internal', error instanceof Error ? error.message : 'Unexpected error.');
    }
  };
}
