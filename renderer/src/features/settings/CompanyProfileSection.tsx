import { SimpleGrid, Stack } from '@mantine/core';
import { useT } from '../../kernel/i18n/typedT';
import { companyProfile } from '../../../../shared/schema/workspace';
import { useCanEdit, useOpenSession, useRun } from '../../kernel/workspace/WorkspaceContext';
import { CompanyLogoField } from './CompanyLogoField';
import { SettingsSection } from './SettingsSection';
import { ValidatedTextField } from '../../kernel/ui/fields/ValidatedTextField';

type TextField = 'name' | 'industry' | 'website' | 'description';

/** The company the plan is for. Each field is its own undoable edit. */
export function CompanyProfileSection() {
  const { t } = useT('settings');
  const run = useRun();
  const session = useOpenSession();
  const canEdit = useCanEdit();
  if (!session) return null;
  const company = session.workspace.company;

  const field = (key: TextField, label: string, multiline = false) => (
    <ValidatedTextField
      label={label}
      value={company[key]}
      schema={companyProfile.shape[key]}
      disabled={!canEdit}
      multiline={multiline}
      onCommit={(value) => run('company.update', { [key]: value })}
    />
  );

  return (
    <SettingsSection id="company" title={t('company')}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {field('name', t('companyName'))}
          {field('industry', t('industry'))}
        </SimpleGrid>
        {field('website', t('website'))}
        {field('description', t('description'), true)}
        <CompanyLogoField logo={company.logoDataUrl} disabled={!canEdit} />
      </Stack>
    </SettingsSection>
  );
}
