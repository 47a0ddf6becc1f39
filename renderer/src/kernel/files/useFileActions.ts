import { useMemo } from 'react';
import { useT } from '../i18n/typedT';
import type { MethodInput } from '../../../../shared/contract/contract';
import { notifyRpcError, notifySuccess } from '../api/notifyError';
import { navigate } from '../routing/useHashRoute';
import { useApi, useWorkspaceSnapshot, useWorkspaceStore } from '../workspace/WorkspaceContext';
import { folderOf, safeFileName } from './paths';
import { askForPath, askWithSample, confirm } from './prompts';

export interface FileActions {
  newWorkspace(): Promise<void>;
  openWorkspace(): Promise<void>;
  openPath(path: string): Promise<void>;
  saveCopy(): Promise<void>;
  restoreBackup(backupId: string): Promise<void>;
  showBackups(): void;
}

/**
 * New / Open / Save a copy / restore, the same from the File menu, the palette, the desktop
 * menu, Settings and the recovery screen. A native dialog when the host has one, else a typed path.
 */
export function useFileActions(): FileActions {
  const api = useApi();
  const store = useWorkspaceStore();
  const { session, appInfo } = useWorkspaceSnapshot();
  const { t } = useT('app');

  const currentPath = session?.state === 'open' ? session.filePath : session?.state === 'failed' ? session.problem.filePath : appInfo?.defaultWorkspacePath ?? '';
  const workspaceName = session?.state === 'open' ? session.workspace.name : null;

  return useMemo<FileActions>(() => {
    /** native: the path came from the system's file dialog, which has asked "Replace?" itself. */
    async function choose(mode: MethodInput<'pickPath'>['mode'], suggestedName: string, title: string): Promise<{ path: string; native: boolean } | null> {
      const picked = await api.pickPath({ mode, suggestedName });
      if (picked.ok) return picked.value.path === null ? null : { path: picked.value.path, native: true };
      if (picked.error.code !== 'unsupported') {
        notifyRpcError(picked.error);
        return null;
      }
      const folder = folderOf(currentPath);
      const typed = await askForPath(title, mode === 'open' ? folder : `${folder}${suggestedName}`);
      return typed === null ? null : { path: typed, native: false };
    }

    async function choosePath(mode: MethodInput<'pickPath'>['mode'], suggestedName: string, title: string): Promise<string | null> {
      return (await choose(mode, suggestedName, title))?.path ?? null;
    }

    async function openPath(path: string) {
      const result = await api.openWorkspace({ path });
      if (!result.ok) return notifyRpcError(result.error);
      store.replaceSession(result.value);
      navigate('dashboard');
    }

    return {
      async newWorkspace() {
        const withSample = await askWithSample();
        if (withSample === null) return;
        const path = await choosePath('save', t('file.defaultFileName'), t('file.pathTitleNew'));
        if (!path) return;
        const result = await api.createWorkspace({ path, withSample });
        if (!result.ok) return notifyRpcError(result.error);
        store.replaceSession(result.value);
        navigate('dashboard');
      },
      async openWorkspace() {
        const path = await choosePath('open', '', t('file.pathTitleOpen'));
        if (path) await openPath(path);
      },
      openPath,
      async saveCopy() {
        if (workspaceName === null) return;
        const chosen = await choose('save', safeFileName(t('file.copyFileName', { name: workspaceName })), t('file.pathTitleCopy'));
        if (!chosen) return;
        const { path } = chosen;
        // The service replaces an existing file only when it is a workspace and we say so: the
        // system's dialog has asked already; a typed path (web mode) is asked about here.
        let result = await api.saveCopyAs({ path, replace: chosen.native });
        if (!result.ok && result.error.code === 'exists') {
          const replace = await confirm({ title: t('file.replaceTitle'), body: t('file.replaceBody', { path }), confirmLabel: t('file.replaceConfirm') });
          if (!replace) return;
          result = await api.saveCopyAs({ path, replace: true });
        }
        if (!result.ok) return notifyRpcError(result.error);
        notifySuccess(t('file.copySaved', { path: result.value.path }));
      },
      async restoreBackup(backupId: string) {
        const result = await api.restoreBackup({ backupId });
        if (!result.ok) return notifyRpcError(result.error);
        store.replaceSession(result.value);
        if (result.value.state === 'open') notifySuccess(t('file.backupRestored', { path: result.value.filePath }));
        navigate('dashboard');
      },
      showBackups() {
        navigate('settings', 'backups');
      },
    };
  }, [api, store, t, currentPath, workspaceName]);
}
