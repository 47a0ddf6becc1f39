import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { WorkshopClockKeeper } from '../features/workshop/run/WorkshopClockKeeper';
import { AppEffects } from './AppEffects';
import { AppScreen } from './AppScreen';
import { notifyRpcError } from './api/notifyError';
import { createTransport } from './api/transport';
import { i18n } from './i18n/i18n';
import { theme } from './theme';
import { DatesLocale } from './ui/fields/DatesLocale';
import { WorkspaceProvider } from './workspace/WorkspaceContext';
import { WorkspaceStore } from './workspace/workspaceStore';

/** Providers, then the screen that fits the current state. One transport and one store per window. */
export function App() {
  const [{ transport, store }] = useState(() => {
    const created = createTransport();
    const workspaceStore = new WorkspaceStore(created.api, {
      onError: (error, resynced) => notifyRpcError(error, resynced ? i18n.t('errors.resynced') : undefined),
    });
    return { transport: created, store: workspaceStore };
  });

  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <I18nextProvider i18n={i18n}>
        <DatesLocale>
          <ModalsProvider>
            <Notifications position="top-right" limit={4} />
            <WorkspaceProvider store={store} api={transport.api}>
              <AppEffects transport={transport} />
              <WorkshopClockKeeper />
              <AppScreen />
            </WorkspaceProvider>
          </ModalsProvider>
        </DatesLocale>
      </I18nextProvider>
    </MantineProvider>
  );
}
