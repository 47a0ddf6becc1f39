import { useMantineColorScheme } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { AppEvent } from '../../../shared/contract/events';
import type { Transport } from '../kernel/api/transport';
import { useCommandRunner } from './commands/useCommandRunner';
import { useUndoRedoKeys } from './commands/useUndoRedoKeys';
import { notifySuccess, notifyUpdatedElsewhere } from '../kernel/api/notifyError';
import { formatDateTime } from '../kernel/i18n/format';
import { applyLanguage, currentLanguage, i18n } from '../kernel/i18n/i18n';
import { useApi, useWorkspaceSnapshot, useWorkspaceStore } from '../kernel/workspace/WorkspaceContext';

/**
 * Everything that connects the store to the outside world, with no UI of its own: the first
 * load, pushed events, the language and theme from the app settings, and the undo keys.
 */
export function AppEffects({ transport }: { transport: Transport }) {
  const store = useWorkspaceStore();
  const api = useApi();
  const { settings } = useWorkspaceSnapshot();
  const { setColorScheme } = useMantineColorScheme();
  const runCommand = useCommandRunner();
  // Events arrive on a long-lived subscription; read the newest runner through a ref.
  const runCommandRef = useRef(runCommand);
  useEffect(() => {
    runCommandRef.current = runCommand;
  }, [runCommand]);

  useEffect(() => {
    void store.load();
  }, [store]);

  useEffect(() => {
    const onEvent = (event: AppEvent) => {
      switch (event.name) {
        case 'saveStatus':
          store.applySaveStatus(event.payload);
          return;
        case 'sessionChanged':
          void store.reloadAfterSessionChange();
          if (event.payload.reason === 'reloaded') notifyReloaded(event.payload.changedAt);
          return;
        case 'workspaceChanged':
          // Another window (web mode's other tab) changed it: show its version, and say so.
          void store.applyRemoteChange(event.payload.revision, event.payload.clientId).then((shown) => {
            if (shown) notifyUpdatedElsewhere();
          });
          return;
        case 'appSettingsChanged':
          store.setSettings(event.payload);
          return;
        case 'command':
          runCommandRef.current(event.payload.command);
      }
    };
    // After a dropped stream we may have missed events: fetch the session and settings again.
    const onReconnected = () => {
      void store.resync();
      void api.getAppSettings({}).then((result) => {
        if (result.ok) store.setSettings(result.value);
      });
    };
    return transport.onEvent(onEvent, onReconnected);
  }, [transport, store, api]);

  const language = settings?.language;
  const theme = settings?.theme;
  useEffect(() => {
    if (language) applyLanguage(language);
  }, [language]);
  useEffect(() => {
    if (theme) setColorScheme(theme);
  }, [theme, setColorScheme]);

  useUndoRedoKeys();
  return null;
}

/** The file changed on disk with nothing unsaved here, so it was simply read again: say so. */
function notifyReloaded(changedAt: string | undefined): void {
  const time = changedAt ? formatDateTime(changedAt, currentLanguage()) : '';
  notifySuccess(i18n.t('external.reloadedAutomatically', { time }));
}
