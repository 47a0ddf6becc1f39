import { IconSettings } from '@tabler/icons-react';
import { defineArea } from '../../kernel/areas/areaDescriptor';
import { SettingsPage } from './SettingsPage';

declare module '../../kernel/routing/route' {
  interface AreaIds { settings: true }
}

/** The workspace file, backups, company profile, appearance and workspace settings. */
export const area = defineArea({
  id: 'settings',
  navKey: 'nav.settings',
  icon: IconSettings,
  page: SettingsPage,
});
