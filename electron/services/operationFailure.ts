import { RpcFailure } from '../../shared/contract/errors';
import type { RunRefusal } from '../../shared/ops/runOperation';

/** An operation's refusal as the contract's typed error (the message in both languages). */
export function refusalFailure(refusal: RunRefusal): RpcFailure {
  const code = refusal.code === 'unknown-operation' || refusal.code === 'invalid-args' ? 'invalid-input' : refusal.code;
  return new RpcFailure(code, refusal.en, refusal.issues.length > 0 ? refusal.issues : undefined, refusal.zh);
}
