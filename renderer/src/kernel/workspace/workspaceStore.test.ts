import { describe, expect, it } from 'vitest';
import type { WorkspaceApi } from '../../../../shared/contract/client';
import type { RpcError } from '../../../../shared/contract/errors';
import type { OpenSession } from '../../../../shared/contract/session';
import { changedPlaces, RecentChanges } from '../../../../shared/ops/recentChanges';
import { operationSet } from '../../../../shared/ops/registry';
import { runOperation } from '../../../../shared/ops/runOperation';
import { createEmptyWorkspace } from '../../../../shared/samplePlan/samplePlan';
import { WorkspaceStore } from './workspaceStore';

/**
 * A fake service: the real operations on a real (empty) workspace, with the service's rule for
 * stale revisions (a conflict only where another window changed the same place). Enough to check
 * revisions chain, undo travels by id, refusals resync and other windows' changes are shown.
 */
function fakeApi(options: { refuseRevision?: number } = {}) {
  const calls: { op: string; args: unknown; baseRevision: number; clientId?: string }[] = [];
  let sessionReads = 0;
  let revision = 0;
  let workspace = createEmptyWorkspace('en', new Date('2026-01-05T09:00:00.000Z'), 'Acme');
  const recent = new RecentChanges();
  const session = (): OpenSession => ({
    state: 'open', filePath: '/tmp/w.json', revision, readOnly: null, migratedFrom: null,
    save: { state: 'saved', lastSavedAt: null, error: null }, workspace,
  });
  const apply = (input: { op: string; args: unknown; at: string; baseRevision: number; clientId?: string }) => {
    if (input.baseRevision > revision) return { ok: false, error: { code: 'conflict', message: 'stale' } } as const;
    if (options.refuseRevision === revision) return { ok: false, error: { code: 'invalid-change', message: 'no' } } as const;
    const result = runOperation(operationSet, workspace, input);
    if (!result.ok) return { ok: false, error: { code: 'invalid-change', message: result.en } } as const;
    if (recent.conflicts(input.baseRevision, revision, input.clientId ?? null, changedPlaces(result.changes))) {
      return { ok: false, error: { code: 'conflict', message: 'stale' } } as const;
    }
    workspace = result.workspace;
    revision += 1;
    recent.record(revision, input.clientId ?? null, result.changes);
    return { ok: true, value: { revision, save: { state: 'pending', lastSavedAt: null, error: null } } } as const;
  };
  const api = {
    getAppInfo: async () => ({ ok: true, value: {} }),
    getAppSettings: async () => ({ ok: true, value: { language: 'en', theme: 'auto', recent: [] } }),
    getSession: async () => {
      sessionReads += 1;
      return { ok: true, value: session() };
    },
    runOperation: async (input: { op: string; args: unknown; at: string; baseRevision: number; clientId?: string }) => {
      calls.push(input);
      await new Promise((resolve) => setTimeout(resolve, 1));
      return apply(input);
    },
  } as unknown as WorkspaceApi;
  /** Another window's change, made directly on the service; returns the new revision. */
  const otherWindowEdits = (fields: { name?: string; industry?: string }) => {
    apply({ op: 'company.update', args: fields, at: new Date().toISOString(), baseRevision: revision, clientId: 'theirs' });
    return revision;
  };
  const company = () => workspace.company.name;
  return { api, calls, company, industry: () => workspace.company.industry, otherWindowEdits, sessionReads: () => sessionReads };
}

const rename = (name: string) => ['company.update', { name }] as const;

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
    store.run(...rename('B'));
    store.run(...rename('C'));
    expect(companyName(store)).toBe('C');
    await settle();
    expect(fake.calls.map((call) => call.baseRevision)).toEqual([0, 1]);
    expect(fake.company()).toBe('C');
  });

  it('undo and redo travel as new changes', async () => {
    const fake = fakeApi();
    const store = new WorkspaceStore(fake.api, { onError: () => {} });
    await store.load();
    store.run(...rename('B'));
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
    store.run(...rename('B'));
    expect(store.run('workspace.rename', { name: 'heartbeat' }, { history: false })).toBe(true);
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
    store.run(...rename('Bad'));
    store.run(...rename('Queued'));
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
    expect(store.run(...rename('X'))).toBe(false);
    expect(fake.calls).toHaveLength(0);
  });

  it('undoes a remembered edit only while it is still the newest one', async () => {
    const store = new WorkspaceStore(fakeApi().api, { onError: () => {} });
    await store.load();
    store.run(...rename('B'));
    const deletion = store.latestEdit();
    expect(deletion).not.toBeNull();
    store.run(...rename('C'));
    expect(store.undoEdit(deletion!)).toBe(false);
    expect(companyName(store)).toBe('C');
    store.undo();
    expect(store.undoEdit(deletion!)).toBe(true);
    expect(companyName(store)).toBe('Acme');
  });

  it('sends its window id with every change, so the service can tell windows apart', async () => {
    const fake = fakeApi();
    const store = new WorkspaceStore(fake.api, { onError: () => {} }, 'tab-1');
    await store.load();
    store.run(...rename('B'));
    await settle();
    expect(fake.calls.map((call) => call.clientId)).toEqual(['tab-1']);
    expect(new WorkspaceStore(fake.api, { onError: () => {} }).clientId).toMatch(/^[0-9a-f]{24}$/);
  });
});

describe('WorkspaceStore with another window on the same workspace (web mode: a second tab)', () => {
  it('shows another window\'s change, once for many, and its next edit then builds on it', async () => {
    const fake = fakeApi();
    const errors: RpcError[] = [];
    const store = new WorkspaceStore(fake.api, { onError: (error) => errors.push(error) }, 'mine');
    await store.load();
    const readsBefore = fake.sessionReads();
    fake.otherWindowEdits({ name: 'From the other tab' });
    const revision = fake.otherWindowEdits({ name: 'From the other tab, again' });
    const shown = await Promise.all([store.applyRemoteChange(revision - 1, 'theirs'), store.applyRemoteChange(revision, 'theirs')]);
    expect(shown.filter(Boolean)).toHaveLength(1);
    expect(fake.sessionReads() - readsBefore).toBe(1);
    expect(companyName(store)).toBe('From the other tab, again');
    store.run(...rename('Mine on top'));
    await settle();
    expect(errors).toEqual([]);
    expect(fake.company()).toBe('Mine on top');
  });

  it('ignores its own changes and ones it has already', async () => {
    const fake = fakeApi();
    const store = new WorkspaceStore(fake.api, { onError: () => {} }, 'mine');
    await store.load();
    store.run(...rename('B'));
    await settle();
    const readsBefore = fake.sessionReads();
    expect(await store.applyRemoteChange(1, 'mine')).toBe(false);
    expect(await store.applyRemoteChange(1, 'theirs')).toBe(false); // revision 1 is the one it made
    expect(fake.sessionReads()).toBe(readsBefore);
    expect(store.getSnapshot().canUndo).toBe(true);
  });

  it('an edit made on the old version is never dropped silently: it meets the conflict, which reloads and says so', async () => {
    const fake = fakeApi();
    const errors: { error: RpcError; resynced: boolean }[] = [];
    const store = new WorkspaceStore(fake.api, { onError: (error, resynced) => errors.push({ error, resynced }) }, 'mine');
    await store.load();
    const revision = fake.otherWindowEdits({ name: 'Theirs' });
    // This window edits before it has heard of the other change.
    store.run(...rename('Mine, on the old version'));
    const shown = store.applyRemoteChange(revision, 'theirs');
    await settle();
    expect(await shown).toBe(false);
    expect(errors).toEqual([{ error: { code: 'conflict', message: 'stale' }, resynced: true }]);
    expect(companyName(store)).toBe('Theirs'); // reloaded: what the file holds, with the notice above
    expect(fake.company()).toBe('Theirs');
    expect(store.getSnapshot().canUndo).toBe(false);
  });

  it('an edit made while the other version is being read waits for the conflict too, instead of being overwritten on screen', async () => {
    const fake = fakeApi();
    const errors: RpcError[] = [];
    const store = new WorkspaceStore(fake.api, { onError: (error) => errors.push(error) }, 'mine');
    await store.load();
    const revision = fake.otherWindowEdits({ name: 'Theirs' });
    const shown = store.applyRemoteChange(revision, 'theirs');
    store.run(...rename('Typed meanwhile')); // before the re-read answered
    await settle();
    expect(await shown).toBe(false);
    expect(errors.map((error) => error.code)).toEqual(['conflict']);
    expect(companyName(store)).toBe('Theirs');
  });

  it('an edit to another field made on the old version is not refused: both changes are kept and shown', async () => {
    const fake = fakeApi();
    const errors: RpcError[] = [];
    const store = new WorkspaceStore(fake.api, { onError: (error) => errors.push(error) }, 'mine');
    await store.load();
    fake.otherWindowEdits({ industry: 'Kettles' });
    store.run(...rename('Mine, on the old version')); // before this window heard of the other change
    await settle();
    await settle();
    expect(errors).toEqual([]);
    expect(fake.company()).toBe('Mine, on the old version');
    expect(fake.industry()).toBe('Kettles');
    const shown = store.getSnapshot().session as OpenSession;
    expect(shown.workspace.company).toMatchObject({ name: 'Mine, on the old version', industry: 'Kettles' });
    expect(shown.revision).toBe(2);
  });

  it('undo takes back this window\'s operation only, leaving another window\'s later change alone', async () => {
    const fake = fakeApi();
    const store = new WorkspaceStore(fake.api, { onError: () => {} }, 'mine');
    await store.load();
    store.run(...rename('Mine'));
    await settle();
    const revision = fake.otherWindowEdits({ industry: 'Kettles' });
    expect(await store.applyRemoteChange(revision, 'theirs')).toBe(true);
    expect(store.getSnapshot().canUndo).toBe(true); // undo steps are addressed by id: they survive
    expect(store.undo()).toBe(true);
    await settle();
    expect(fake.company()).toBe('Acme');
    expect(fake.industry()).toBe('Kettles');
  });
});
