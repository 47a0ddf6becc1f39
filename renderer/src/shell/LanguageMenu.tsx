import { Button, Menu } from '@mantine/core';
import { IconCheck, IconLanguage } from '@tabler/icons-react';
import { useT } from '../kernel/i18n/typedT';
import { currentLanguage } from '../kernel/i18n/i18n';
import { LANGUAGE_OPTIONS } from '../kernel/ui/appearanceOptions';
import { useWorkspaceStore } from '../kernel/workspace/WorkspaceContext';

/**
 * English / 简体中文. The button is labelled in both languages so someone who cannot read the
 * current one can still find the way back. The choice is saved in the app settings.
 */
export function LanguageMenu() {
  const { t } = useT('app');
  const store = useWorkspaceStore();
  const language = currentLanguage();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" color="gray" leftSection={<IconLanguage size={18} aria-hidden />} aria-label={t('language.label')}>
          {language === 'zh-CN' ? t('language.zh') : t('language.en')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {LANGUAGE_OPTIONS.map((option) => (
          <Menu.Item
            key={option.value}
            lang={option.value}
            onClick={() => void store.updateAppSettings({ language: option.value })}
            rightSection={option.value === language ? <IconCheck size={14} aria-hidden /> : null}
            aria-current={option.value === language ? 'true' : undefined}
          >
            {t(option.key)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
