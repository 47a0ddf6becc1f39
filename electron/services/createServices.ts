import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createDispatcher, type Handlers } from '../../shared/contract/dispatcher';
import { RpcFailure } from '../../shared/contract/errors';
import type { AppEvent } from '../../shared/contract/events';
import { CURRENT_SCHEMA_VERSION } from '../../shared/schema/workspace';
import { createEmptyWorkspace, createSampleWorkspace } from '../../shared/samplePlan/samplePlan';
import { AppSettingsStore } from './appSettingsStore';
import type { Services, ServicesOptions } from './serviceTypes';
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
  await mkdir(userDataDir, { recursive: true });

  const listeners = new Set<(event: AppEvent) => void>();
  const emit = (event: AppEvent) => {
    for (const listener of listeners) listener(event);
  };
  const settings = new AppSettingsStore(userDataDir, options.preferredLanguage ?? 'en');
  const session = new WorkspaceSession({ backupsRoot: paths.backupsDir, emit });
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
    await session.create(initialPath, createSampleWorkspace(stored.language, new Date()));
  }
  await openAndRemember(initialPath);

  const unsupported = (what: string) => new RpcFailure('unsupported', `${what} is not available in ${host.kind === 'web' ? 'web mode' : 'this app'}.`);

  const handlers: Handlers = {
    getAppInfo: async () => ({
      version: host.appVersion, host: host.kind, userDataDir, defaultWorkspacePath: paths.defaultWorkspacePath,
      backupsDir: paths.backupsDir, schemaVersion: CURRENT_SCHEMA_VERSION,
    }),
    getSession: async () => session.getSession(),
    applyChange: async ({ baseRevision, patches }) => session.applyChange(baseRevision, patches),
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
    saveCopyAs: async ({ path }) => ({ path: await session.saveCopyAs(path) }),
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
