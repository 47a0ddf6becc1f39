import { Alert, Card, Code, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useT } from '../../kernel/i18n/typedT';
import { formatDateTime } from '../../kernel/i18n/format';
import { currentLanguage } from '../../kernel/i18n/i18n';
import { saveStatusText } from '../../kernel/workspace/saveStatusText';
import { PageHeader } from '../../kernel/ui/PageHeader';
import { useOpenSession } from '../../kernel/workspace/WorkspaceContext';
import { countWorkspace, type WorkspaceCounts } from './countWorkspace';

const COUNT_KEYS: (keyof WorkspaceCounts)[] = ['strategies', 'campaigns', 'events', 'documents', 'templates', 'workshops'];

/** What is open, what it holds and whether it is safely saved — the first thing a user sees. */
export function DashboardPage() {
  const { t } = useT('dashboard');
  const { t: tApp } = useT('app');
  const session = useOpenSession();
  if (!session) return null;
  const { workspace, save } = session;
  const language = currentLanguage();
  const counts = countWorkspace(workspace);

  return (
    <>
      <PageHeader title={t('title')} />
      <Stack gap="lg" maw={1040}>
        <div>
          <Title order={2} size="h3">{workspace.name}</Title>
          <Text c="dimmed">{workspace.company.name.trim() || t('noCompany')}</Text>
        </div>
        {session.migratedFrom !== null && (
          <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
            {tApp('migrated', { version: session.migratedFrom })}
          </Alert>
        )}
        <section aria-labelledby="dashboard-counts">
          <Title id="dashboard-counts" order={2} size="h4" mb="sm">{t('counts')}</Title>
          <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="md">
            {COUNT_KEYS.map((key) => (
              <Card key={key} withBorder padding="md" radius="md">
                <Text size="sm" c="dimmed" id={`count-${key}`}>{t(key)}</Text>
                <Text fz={28} fw={700} aria-labelledby={`count-${key}`}>{counts[key]}</Text>
              </Card>
            ))}
          </SimpleGrid>
        </section>
        <Card withBorder radius="md" padding="md">
          <Stack gap="sm">
            <Group gap="xl" align="flex-start">
              <div>
                <Text size="sm" c="dimmed">{t('saveStatus')}</Text>
                <Text fw={600} c={save.state === 'error' ? 'red' : undefined}>{saveStatusText(save, tApp)}</Text>
              </div>
              <div>
                <Text size="sm" c="dimmed">{t('lastSaved')}</Text>
                <Text fw={600}>{save.lastSavedAt ? formatDateTime(save.lastSavedAt, language) : tApp('save.neverSaved')}</Text>
              </div>
            </Group>
            <div>
              <Text size="sm" c="dimmed">{t('filePath')}</Text>
              <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>{session.filePath}</Code>
            </div>
          </Stack>
        </Card>
      </Stack>
    </>
  );
}
