import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useT } from '../../kernel/i18n/typedT';
import type { AppSettings } from '../../../../shared/contract/session';
import type { UiLanguage } from '../../../../shared/schema/primitives';
import { LANGUAGE_OPTIONS, THEME_OPTIONS } from '../../kernel/ui/appearanceOptions';
import { useWorkspaceSnapshot, useWorkspaceStore } from '../../kernel/workspace/WorkspaceContext';
import { SettingsSection } from './SettingsSection';

/** App-wide preferences (not stored in the workspace file): language and theme. */
export function AppearanceSection() {
  const { t } = useT('settings');
  const { t: tApp } = useT('app');
  const store = useWorkspaceStore();
  const settings = useWorkspaceSnapshot().settings;
  return (
    <SettingsSection id="appearance" title={t('appearance')}>
      <Stack gap="md">
        <div>
          <Text id="settings-language-label" size="sm" fw={500} mb={4}>{t('languageField')}</Text>
          <SegmentedControl
            aria-labelledby="settings-language-label"
            value={settings?.language ?? 'en'}
            data={LANGUAGE_OPTIONS.map((option) => ({ value: option.value, label: tApp(option.key) }))}
            onChange={(value) => void store.updateAppSettings({ language: value as UiLanguage })}
          />
        </div>
        <div>
          <Text id="settings-theme-label" size="sm" fw={500} mb={4}>{t('themeField')}</Text>
          <SegmentedControl
            aria-labelledby="settings-theme-label"
            value={settings?.theme ?? 'auto'}
            data={THEME_OPTIONS.map((option) => ({ value: option.value, label: tApp(option.key) }))}
            onChange={(value) => void store.updateAppSettings({ theme: value as AppSettings['theme'] })}
          />
        </div>
      </Stack>
    </SettingsSection>
  );
}
