import { IconSettings } from '@tabler/icons-react';
import { defineArea } from '../../kernel/areas/areaDescriptor';
import { settingsNamespace } from './i18n/texts';
import { SettingsPage } from './SettingsPage';

declare module '../../kernel/routing/route' {
  interface AreaIds { settings: true }
}
declare module '../../kernel/i18n/resources' {
  interface AreaNamespaces { settings: typeof settingsNamespace.en }
}

/** The workspace file, backups, company profile, appearance and workspace settings. */
export const area = defineArea({
  id: 'settings',
  navKey: 'nav.settings',
  icon: IconSettings,
  page: SettingsPage,
  resources: { en: { settings: settingsNamespace.en }, 'zh-CN': { settings: settingsNamespace['zh-CN'] } },
});
