import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { useState } from 'react';
import { AREA_EFFECTS } from './areaRegistry';
import { AppEffects } from './AppEffects';
import { AppScreen } from './AppScreen';
import { notifyRpcError } from '../kernel/api/notifyError';
import { createTransport } from '../kernel/api/transport';
import { i18n } from '../kernel/i18n/i18n';
import { I18nProvider } from '../kernel/i18n/I18nProvider';
import { theme } from '../kernel/ui/theme';
import { DatesLocale } from '../kernel/ui/fields/DatesLocale';
import { WorkspaceProvider } from '../kernel/workspace/WorkspaceContext';
import { WorkspaceStore } from '../kernel/workspace/workspaceStore';

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
      <I18nProvider>
        <DatesLocale>
          <ModalsProvider>
            <Notifications position="top-right" limit={4} />
            <WorkspaceProvider store={store} api={transport.api}>
              <AppEffects transport={transport} />
              {AREA_EFFECTS.map(({ id, Effects }) => <Effects key={id} />)}
              <AppScreen />
            </WorkspaceProvider>
          </ModalsProvider>
        </DatesLocale>
      </I18nProvider>
    </MantineProvider>
  );
}
