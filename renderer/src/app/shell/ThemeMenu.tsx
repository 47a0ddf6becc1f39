import { ActionIcon, Menu } from '@mantine/core';
import { IconCheck, IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AppSettings } from '../../../../shared/contract/session';
import { useWorkspaceSnapshot, useWorkspaceStore } from '../workspace/WorkspaceContext';

export const THEME_OPTIONS: { value: AppSettings['theme']; key: 'theme.light' | 'theme.dark' | 'theme.auto' }[] = [
  { value: 'light', key: 'theme.light' },
  { value: 'dark', key: 'theme.dark' },
  { value: 'auto', key: 'theme.auto' },
];

const ICONS = { light: IconSun, dark: IconMoon, auto: IconDeviceDesktop } as const;

/** Light / dark / follow the system; saved in the app settings, applied to Mantine's color scheme. */
export function ThemeMenu() {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const theme = useWorkspaceSnapshot().settings?.theme ?? 'auto';
  const Icon = ICONS[theme];
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('theme.label')}>
          <Icon size={20} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('theme.label')}</Menu.Label>
        {THEME_OPTIONS.map((option) => {
          const OptionIcon = ICONS[option.value];
          return (
            <Menu.Item
              key={option.value}
              leftSection={<OptionIcon size={16} aria-hidden />}
              rightSection={option.value === theme ? <IconCheck size={14} aria-hidden /> : null}
              aria-current={option.value === theme ? 'true' : undefined}
              onClick={() => void store.updateAppSettings({ theme: option.value })}
            >
              {t(option.key)}
            </Menu.Item>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}
