import { ActionIcon, Menu } from '@mantine/core';
import { IconCheck, IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react';
import { useT } from '../kernel/i18n/typedT';
import { THEME_OPTIONS } from '../kernel/ui/appearanceOptions';
import { useWorkspaceSnapshot, useWorkspaceStore } from '../kernel/workspace/WorkspaceContext';

const ICONS = { light: IconSun, dark: IconMoon, auto: IconDeviceDesktop } as const;

/** Light / dark / follow the system; saved in the app settings, applied to Mantine's color scheme. */
export function ThemeMenu() {
  const { t } = useT('app');
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
