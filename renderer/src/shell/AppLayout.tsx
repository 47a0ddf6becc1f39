import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { RouteProvider, useHashRoute } from '../kernel/routing/useHashRoute';
import { AREA_IDS } from './areas';
import { AreaOutlet } from './AreaOutlet';
import { ReadOnlyBanner, SaveErrorBanner, SettingsProblemBanner } from './Banners';
import { ExternalChangeBanner } from './ExternalChangeBanner';
import { RecoveryOffer } from './RecoveryOffer';
import { HeaderBar } from './HeaderBar';
import { MainNav } from './MainNav';

/** Header, navigation and the current area's page, for an open workspace. */
export function AppLayout() {
  const [navOpened, nav] = useDisclosure(false);
  const route = useHashRoute(AREA_IDS);

  // After navigating, start at the top of the new page (the shell itself does not scroll away).
  useEffect(() => {
    if (!route.section) window.scrollTo({ top: 0 });
  }, [route.area, route.section]);

  return (
    <RouteProvider value={route}>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding="lg"
      >
        <AppShell.Header>
          <HeaderBar navOpened={navOpened} onToggleNav={nav.toggle} />
        </AppShell.Header>
        <AppShell.Navbar p="sm">
          <MainNav active={route.area} onNavigate={nav.close} />
        </AppShell.Navbar>
        <AppShell.Main>
          <RecoveryOffer />
          <ReadOnlyBanner />
          <ExternalChangeBanner />
          <SaveErrorBanner />
          <SettingsProblemBanner />
          <AreaOutlet route={route} />
        </AppShell.Main>
      </AppShell>
    </RouteProvider>
  );
}
