import { describe, expect, it } from 'vitest';
import type { WorkspaceApi } from '../../../../shared/contract/client';
import type { RpcError } from '../../../../shared/contract/errors';
import type { OpenSession } from '../../../../shared/contract/session';
import { WorkspaceStore } from './workspaceStore';

/** A fake service: just enough of the contract to check revisions chain and failures resync. */
function fakeApi(options: { refuseRevision?: number } = {}) {
  const calls: { baseRevision: number; patches: unknown[] }[] = [];
  let revision = 0;
  let company = 'Acme';
  const session = (): OpenSession => ({
    state: 'open', filePath: '/tmp/w.json', revision, readOnly: null, migratedFrom: null,
    save: { state: 'saved', lastSavedAt: null, error: null },
    workspace: { name: 'W', company: { name: company } } as unknown as OpenSession['workspace'],
  });
  const api = {
    getAppInfo: async () => ({ ok: true, value: {} }),
    getAppSettings: async () => ({ ok: true, value: { language: 'en', theme: 'auto', recent: [] } }),
    getSession: async () => ({ ok: true, value: session() }),
    applyChange: async (input: { baseRevision: number; patches: { path: string[]; value: string }[] }) => {
      calls.push(input);
      await new Promise((resolve) => setTimeout(resolve, 1));
      if (input.baseRevision !== revision) return { ok: false, error: { code: 'conflict', message: 'stale' } };
      if (options.refuseRevision === revision) return { ok: false, error: { code: 'invalid-change', message: 'no' } };
      for (const patch of input.patches) if (patch.path.join('.') === 'company.name') company = patch.value;
      revision += 1;
      return { ok: true, value: { revision, save: { state: 'pending', lastSavedAt: null, error: null } } };
    },
  } as unknown as WorkspaceApi;
  return { api, calls, company: () => company };
}

function companyName(store: WorkspaceStore): string {
  const session = store.getSnapshot().session;
  return session?.state === 'open' ? session.workspace.company.name : '';
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('WorkspaceStore', () => {
  it('applies edits at once and sends them with chained revisions', async () => {
    const fake = fakeApi();
    const store = new WorkspaceStore(fake.api, { onError: () => {} });
    await store.load();
    store.edit((draft) => { draft.company.name = 'B'; });
    store.edit((draft) => { draft.company.name = 'C'; });
    expect(companyName(store)).toBe('C');
    await settle();
    expect(fake.calls.map((call) => call.baseRevision)).toEqual([0, 1]);
    expect(fake.company()).toBe('C');
  });

  it('undo and redo travel as new changes', async () => {
    const fake = fakeApi();
    const store = new WorkspaceStore(fake.api, { onError: () => {} });
    await store.load();
    store.edit((draft) => { draft.company.name = 'B'; });
    expect(store.undo()).toBe(true);
    expect(companyName(store)).toBe('Acme');
    await settle();
    expect(fake.company()).toBe('Acme');
    expect(store.redo()).toBe(true);
    await settle();
    expect(fake.company()).toBe('B');
    expect(fake.calls.map((call) => call.baseRevision)).toEqual([0, 1, 2]);
  });

  it('saves an edit made without history but never undoes it', async () => {
    const fake = fakeApi();
    const store = new WorkspaceStore(fake.api, { onError: () => {} });
    await store.load();
    store.edit((draft) => { draft.company.name = 'B'; });
    expect(store.edit((draft) => { draft.name = 'heartbeat'; }, { history: false })).toBe(true);
    await settle();
    expect(fake.calls).toHaveLength(2);
    expect(store.undo()).toBe(true);
    expect(companyName(store)).toBe('Acme');
    expect(store.undo()).toBe(false);
  });

  it('on a refused change reports it, re-fetches the session and clears history', async () => {
    const fake = fakeApi({ refuseRevision: 0 });
    const errors: { error: RpcError; resynced: boolean }[] = [];
    const store = new WorkspaceStore(fake.api, { onError: (error, resynced) => errors.push({ error, resynced }) });
    await store.load();
    store.edit((draft) => { draft.company.name = 'Bad'; });
    store.edit((draft) => { draft.company.name = 'Queued'; });
    await settle();
    expect(errors).toEqual([{ error: { code: 'invalid-change', message: 'no' }, resynced: true }]);
    expect(fake.calls).toHaveLength(1); // the queued change was dropped, not sent on a stale base
    expect(companyName(store)).toBe('Acme');
    expect(store.getSnapshot().canUndo).toBe(false);
  });

  it('refuses edits on a read-only workspace', async () => {
    const fake = fakeApi();
    const store = new WorkspaceStore(fake.api, { onError: () => {} });
    await store.load();
    const session = store.getSnapshot().session as OpenSession;
    store.replaceSession({ ...session, readOnly: { reason: 'newer-version', fileVersion: 9 } });
    expect(store.edit((draft) => { draft.company.name = 'X'; })).toBe(false);
    expect(fake.calls).toHaveLength(0);
  });

  it('undoes a remembered edit only while it is still the newest one', async () => {
    const store = new WorkspaceStore(fakeApi().api, { onError: () => {} });
    await store.load();
    store.edit((draft) => { draft.company.name = 'B'; });
    const deletion = store.latestEdit();
    expect(deletion).not.toBeNull();
    store.edit((draft) => { draft.company.name = 'C'; });
    expect(store.undoEdit(deletion!)).toBe(false);
    expect(companyName(store)).toBe('C');
    store.undo();
    expect(store.undoEdit(deletion!)).toBe(true);
    expect(companyName(store)).toBe('Acme');
  });
});
