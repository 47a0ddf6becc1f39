import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createDispatcher, type Handlers } from '../../shared/contract/dispatcher';
import { RpcFailure } from '../../shared/contract/errors';
import type { AppEvent } from '../../shared/contract/events';
import { CURRENT_SCHEMA_VERSION } from '../../shared/schema/workspace';
import { createEmptyWorkspace, createSampleWorkspace } from '../../shared/samplePlan/samplePlan';
import { AppSettingsStore } from './appSettingsStore';
import type { Services, ServicesOptions } from './serviceTypes';
import { listRecoveries, recoveryFolders, removeRecovery, writeRecovery } from './recoveryFiles';
import { WorkspaceSession } from './workspaceSession';

export const DEFAULT_WORKSPACE_FILE = 'Stratboard workspace.json';

/**
 * Builds everything behind the contract for one host (Electron main or the web server).
 * Plain Node: no 'electron' import, so tests and web mode run exactly this code.
 */
export async function createServices(options: ServicesOptions): Promise<Services> {
  const { userDataDir, host } = options;
  const paths = {
    userDataDir,
    defaultWorkspacePath: join(userDataDir, DEFAULT_WORKSPACE_FILE),
    backupsDir: join(userDataDir, 'backups'),
  };

  const listeners = new Set<(event: AppEvent) => void>();
  const emit = (event: AppEvent) => {
    for (const listener of listeners) listener(event);
  };
  const settings = new AppSettingsStore(userDataDir, options.preferredLanguage ?? 'en');
  // Start-up never depends on a writable user-data folder (full, read-only, not creatable): the
  // settings then live in memory and say why (getAppSettings().saveProblem); backups are skipped.
  await mkdir(userDataDir, { recursive: true, mode: 0o700 }).catch((error: unknown) => settings.noteProblem(error));
  const recoveryDir = join(userDataDir, 'recovery');
  const session = new WorkspaceSession({ backupsRoot: paths.backupsDir, emit, fallbackDir: recoveryDir });
  /** Recovery files the user may open or discard: only these paths are accepted back (never any path a caller names). */
  const knownRecoveries = async () => listRecoveries(recoveryFolders(userDataDir, session.currentPath));
  const stored = await settings.load();

  const exists = (path: string) => stat(path).then(() => true, () => false);

  /** Opens a file and remembers it as the last and most recent workspace (only when it opened). */
  async function openAndRemember(path: string) {
    const result = await session.open(path);
    if (result.state === 'open') await settings.rememberWorkspace(result.filePath);
    return result;
  }

  // First launch: the sample plan in the UI language of that moment, in the user-data folder.
  const initialPath = options.initialPath ?? stored.lastWorkspacePath ?? paths.defaultWorkspacePath;
  if (initialPath === paths.defaultWorkspacePath && !(await exists(initialPath))) {
    // Cannot be written (user-data folder unusable): the open below then shows the file as
    // missing, with the ways forward (open another file, create one elsewhere).
    await session.create(initialPath, createSampleWorkspace(stored.language, new Date())).catch(() => {});
  }
  await openAndRemember(initialPath);

  const unsupported = (what: string) => new RpcFailure('unsupported', `${what} is not available in ${host.kind === 'web' ? 'web mode' : 'this app'}.`);

  const handlers: Handlers = {
    getAppInfo: async () => ({
      version: host.appVersion, host: host.kind, userDataDir, defaultWorkspacePath: paths.defaultWorkspacePath,
      backupsDir: paths.backupsDir, schemaVersion: CURRENT_SCHEMA_VERSION,
    }),
    getSession: async () => session.getSession(),
    runOperation: async ({ op, args, at, baseRevision, clientId }) => {
      const result = session.runOperation({ op, args, at }, baseRevision, clientId ?? null);
      // Other windows (web mode's browser tabs) re-read the session instead of editing a stale copy.
      emit({ name: 'workspaceChanged', payload: { revision: result.revision, clientId: clientId ?? null } });
      return result;
    },
    saveNow: async () => {
      const status = await session.flush();
      if (!status) throw new RpcFailure('not-open', 'No workspace is open.');
      return status;
    },
    openWorkspace: async ({ path }) => {
      const result = await openAndRemember(path);
      emit({ name: 'sessionChanged', payload: { reason: 'opened' } });
      return result;
    },
    createWorkspace: async ({ path, withSample }) => {
      const { language } = await settings.load();
      const data = withSample ? createSampleWorkspace(language, new Date()) : createEmptyWorkspace(language, new Date());
      await session.create(path, data);
      const result = await openAndRemember(path);
      emit({ name: 'sessionChanged', payload: { reason: 'created' } });
      return result;
    },
    saveCopyAs: async ({ path, replace }) => ({ path: await session.saveCopyAs(path, replace === true) }),
    listBackups: async () => {
      const backups = session.backups;
      return { folder: backups?.folder ?? paths.backupsDir, backups: backups ? await backups.list() : [] };
    },
    restoreBackup: async ({ backupId }) => {
      await session.restoreBackup(backupId);
      const result = session.getSession();
      if (result.state === 'open') await settings.rememberWorkspace(result.filePath);
      emit({ name: 'sessionChanged', payload: { reason: 'restored' } });
      return result;
    },
    compareExternalChange: async () => session.compareExternalChange(),
    resolveExternalChange: async ({ choice }) => session.resolveExternalChange(choice),
    openCopyOfLocked: async () => {
      const result = await session.openCopyOfLocked();
      if (result.state === 'open') await settings.rememberWorkspace(result.filePath);
      emit({ name: 'sessionChanged', payload: { reason: 'opened' } });
      return result;
    },
    listRecoveries: async () => ({ recoveries: await knownRecoveries() }),
    openRecovery: async ({ path }) => {
      const known = (await knownRecoveries()).find((r) => r.path === path);
      if (!known) throw new RpcFailure('invalid-input', 'That is not one of the recovery files this app kept.');
      const result = await session.openRecovery(known.path, known.workspacePath);
      if (result.state === 'open') await settings.rememberWorkspace(result.filePath);
      emit({ name: 'sessionChanged', payload: { reason: 'restored' } });
      return result;
    },
    discardRecovery: async ({ path }) => {
      const known = (await knownRecoveries()).find((r) => r.path === path);
      if (!known) throw new RpcFailure('invalid-input', 'That is not one of the recovery files this app kept.');
      await removeRecovery(known.path);
      return {};
    },
    getAppSettings: async () => settings.publicSettings(),
    updateAppSettings: async (patch) => {
      await settings.update(Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)));
      const current = await settings.publicSettings();
      emit({ name: 'appSettingsChanged', payload: current });
      return current;
    },
    pickPath: async (input) => {
      if (!host.pickPath) throw unsupported('A native file dialog');
      return host.pickPath(input);
    },
    showItemInFolder: async ({ path }) => {
      if (!host.showItemInFolder) throw unsupported('Showing a file in its folder');
      await host.showItemInFolder(path);
      return {};
    },
    openExternal: async ({ url }) => {
      if (!host.openExternal) throw unsupported('Opening links in the browser');
      await host.openExternal(url);
      return {};
    },
    renderPdf: async (input) => {
      if (!host.renderPdf) throw unsupported('Making a PDF');
      const bytes = await host.renderPdf(input);
      return { pdfBase64: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64') };
    },
    saveExport: async ({ suggestedName, kind, dataBase64, openAfterSave }) => {
      if (!host.saveExport) throw unsupported('Saving an export with a file dialog');
      const bytes = new Uint8Array(Buffer.from(dataBase64, 'base64'));
      if (bytes.byteLength === 0) throw new RpcFailure('invalid-input', 'The exported file is empty; nothing was written.');
      return host.saveExport({ suggestedName, kind, bytes, openAfterSave });
    },
  };

  const dispatch = createDispatcher(handlers, (method, error) => {
    console.error(`[stratboard] ${method} failed:`, error);
  });

  return {
    dispatch,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit,
    async openPath(path) {
      await openAndRemember(path);
      emit({ name: 'sessionChanged', payload: { reason: 'opened' } });
    },
    async flush() {
      await session.flush();
    },
    async close() {
      await session.close();
    },
    unsavedEdits: () => session.unsavedEdits(),
    discardUnsavedEdits: () => session.discardUnsavedEdits(),
    async stopSafely() {
      await session.flush();
      const unsaved = session.unsavedState();
      let recoveryPath: string | null = null;
      if (unsaved) recoveryPath = await writeRecovery(recoveryFolders(userDataDir, unsaved.path), unsaved.path, unsaved.workspace);
      await session.close().catch(() => {});
      return { unsaved: unsaved !== null, recoveryPath };
    },
    settings: {
      get: () => settings.publicSettings(),
      getWindowBounds: async () => (await settings.load()).windowBounds,
      setWindowBounds: async (bounds) => {
        await settings.update({ windowBounds: bounds });
      },
    },
    paths,
  };
}
