import { IconLayoutDashboard } from '@tabler/icons-react';
import { defineArea } from '../../kernel/areas/areaDescriptor';
import { dashboardNamespace } from './i18n/texts';
import { DashboardPage } from './DashboardPage';

declare module '../../kernel/routing/route' {
  interface AreaIds { dashboard: true }
}
declare module '../../kernel/i18n/resources' {
  interface AreaNamespaces { dashboard: typeof dashboardNamespace.en }
}

/** The start page: what the workspace holds and how it is saved. */
export const area = defineArea({
  id: 'dashboard',
  navKey: 'nav.dashboard',
  icon: IconLayoutDashboard,
  page: DashboardPage,
  resources: { en: { dashboard: dashboardNamespace.en }, 'zh-CN': { dashboard: dashboardNamespace['zh-CN'] } },
});
