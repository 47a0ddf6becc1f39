import { Select, SimpleGrid, Stack } from '@mantine/core';
import { useT } from '../../kernel/i18n/typedT';
import { workspace as workspaceSchema, workspaceSettings, type WorkspaceSettings } from '../../../../shared/schema/workspace';
import { monthNames } from '../../kernel/i18n/format';
import { currentLanguage } from '../../kernel/i18n/i18n';
import { useCanEdit, useOpenSession, useRun } from '../../kernel/workspace/WorkspaceContext';
import { SettingsSection } from './SettingsSection';
import { ValidatedTextField } from '../../kernel/ui/fields/ValidatedTextField';

/** Settings stored in the workspace file itself, so they travel with it. */
export function WorkspaceSettingsSection() {
  const { t } = useT('settings');
  const run = useRun();
  const session = useOpenSession();
  const canEdit = useCanEdit();
  if (!session) return null;
  const { name, settings } = session.workspace;
  const months = monthNames(currentLanguage()).map((label, index) => ({ value: String(index + 1), label }));

  const setSetting = <K extends keyof WorkspaceSettings>(key: K, value: WorkspaceSettings[K]) =>
    run('settings.update', { [key]: value });

  return (
    <SettingsSection id="workspace" title={t('workspace')}>
      <Stack gap="md">
        <ValidatedTextField
          label={t('workspaceName')}
          value={name}
          schema={workspaceSchema.shape.name}
          disabled={!canEdit}
          onCommit={(name) => run('workspace.rename', { name })}
        />
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          <ValidatedTextField
            label={t('currency')}
            value={settings.currency}
            schema={workspaceSettings.shape.currency}
            disabled={!canEdit}
            description={t('currencyHint')}
            onCommit={(value) => setSetting('currency', value)}
          />
          <Select
            label={t('fiscalYearStart')}
            description={t('fiscalYearHint')}
            data={months}
            value={String(settings.fiscalYearStartMonth)}
            disabled={!canEdit}
            allowDeselect={false}
            onChange={(value) => {
              if (value) setSetting('fiscalYearStartMonth', Number(value));
            }}
          />
          <Select
            label={t('priorityScheme')}
            data={[
              { value: 'moscow', label: t('moscow') },
              { value: 'p0-p3', label: t('p0p3') },
            ]}
            description={t('prioritySchemeHint')}
            value={settings.requirementPriorityScheme}
            disabled={!canEdit}
            allowDeselect={false}
            onChange={(value) => {
              if (value === 'moscow' || value === 'p0-p3') setSetting('requirementPriorityScheme', value);
            }}
          />
        </SimpleGrid>
      </Stack>
    </SettingsSection>
  );
}
