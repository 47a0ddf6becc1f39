import { IconLayoutDashboard } from '@tabler/icons-react';
import { defineArea } from '../../kernel/areas/areaDescriptor';
import { DashboardPage } from './DashboardPage';

declare module '../../kernel/routing/route' {
  interface AreaIds { dashboard: true }
}

/** The start page: what the workspace holds and how it is saved. */
export const area = defineArea({
  id: 'dashboard',
  navKey: 'nav.dashboard',
  icon: IconLayoutDashboard,
  page: DashboardPage,
});
