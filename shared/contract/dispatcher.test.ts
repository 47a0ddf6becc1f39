import { describe, expect, it } from 'vitest';
import { createDispatcher, type Handlers } from './dispatcher';
import { RpcFailure } from './errors';
import { methodNames } from './contract';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const fail = async () => {
    throw new RpcFailure('unsupported', 'not in this test');
  };
  const base = Object.fromEntries(methodNames.map((m) => [m, fail])) as unknown as Handlers;
  return { ...base, ...overrides };
}

describe('contract dispatcher', () => {
  it('rejects unknown methods, including prototype names', async () => {
    const dispatch = createDispatcher(handlers());
    for (const name of ['nope', '__proto__', 'constructor', 'toString']) {
      expect(await dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    }
  });

  it('validates input before the handler runs', async () => {
    let called = false;
    const dispatch = createDispatcher(handlers({ openWorkspace: async () => { called = true; throw new Error('unreachable'); } }));
    const result = await dispatch('openWorkspace', { path: 42 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(!result.ok && result.error.issues?.[0]?.path).toBe('path');
    expect(await dispatch('openWorkspace', { path: '/x', extra: true })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch('openExternal', { url: 'javascript:alert(1)' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await dispatch('openExternal', { url: 'file:///etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(called).toBe(false);
  });

  it('refuses operation names that reach a prototype', async () => {
    const dispatch = createDispatcher(handlers());
    for (const key of ['__proto__', 'constructor', 'prototype', 'campaign.__proto__']) {
      const result = await dispatch('runOperation', { op: key, args: {}, at: '2026-05-01T09:00:00.000Z', baseRevision: 0 });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
  });

  it('turns RpcFailure into a typed result and other errors into internal', async () => {
    const dispatch = createDispatcher(handlers({
      saveNow: async () => { throw new RpcFailure('read-only', 'locked'); },
      listBackups: async () => { throw new Error('boom'); },
    }), () => {});
    expect(await dispatch('saveNow', {})).toEqual({ ok: false, error: { code: 'read-only', message: 'locked' } });
    expect(await dispatch('listBackups', {})).toMatchObject({ ok: false, error: { code: 'internal', message: 'boom' } });
    expect(await dispatch('pickPath', { mode: 'open' })).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });

  it('checks the output against the contract too', async () => {
    const dispatch = createDispatcher(handlers({ listBackups: async () => ({ folder: 1 } as never) }), () => {});
    expect(await dispatch('listBackups', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
