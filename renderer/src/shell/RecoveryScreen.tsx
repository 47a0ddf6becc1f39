import { Alert, Button, Code, Container, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileAlert, IconFilePlus, IconFolderOpen, IconRestore } from '@tabler/icons-react';
import { useT } from '../kernel/i18n/typedT';
import type { FileProblem } from '../../../shared/contract/session';
import { issueLines } from '../kernel/api/rpcErrorMessage';
import { useFileActions } from '../kernel/files/useFileActions';
import { formatDateTime } from '../kernel/i18n/format';
import { currentLanguage } from '../kernel/i18n/i18n';
import { LanguageMenu } from './LanguageMenu';
import { ThemeMenu } from './ThemeMenu';

const MAX_ISSUES = 20;

/**
 * The workspace file could not be opened. We never touch it; we say exactly what is wrong and
 * offer the ways forward: the newest good backup, another file, or a new workspace.
 */
export function RecoveryScreen({ problem }: { problem: FileProblem }) {
  const { t } = useT('app');
  const files = useFileActions();
  const language = currentLanguage();
  const issues = issueLines(problem.issues, language);
  const backup = problem.newestGoodBackup;

  return (
    <Container size="md" py="xl">
      <Group justify="flex-end" gap="xs" mb="md">
        <LanguageMenu />
        <ThemeMenu />
      </Group>
      <Paper withBorder p="xl" radius="md">
        <Stack gap="md">
          <Group gap="sm" wrap="nowrap">
            <IconFileAlert size={32} color="var(--mantine-color-red-filled)" aria-hidden />
            <Title order={1} size="h2">{t('recovery.heading')}</Title>
          </Group>
          <div>
            <Text size="sm" fw={600}>{t('recovery.file')}</Text>
            <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>{problem.filePath}</Code>
          </div>
          <Alert color="red" variant="light">
            <Text size="sm">{t(`recovery.kinds.${problem.kind}`, { detail: problem.detail })}</Text>
            {/* The service's own wording (English, technical): useful for support, so shown small. */}
            {problem.kind === 'invalid' && problem.detail && <Text size="xs" c="dimmed" mt={4}>{problem.detail}</Text>}
          </Alert>
          {issues.length > 0 && (
            <div>
              <Title order={2} size="h5" mb={4}>{t('recovery.issuesHeading')}</Title>
              <List size="sm" spacing={2}>
                {issues.slice(0, MAX_ISSUES).map((line) => (
                  <List.Item key={line}><Text span size="sm" ff="monospace">{line}</Text></List.Item>
                ))}
              </List>
            </div>
          )}
          <Text fw={600}>{t('recovery.unchanged')}</Text>
          <Group gap="sm">
            {backup && (
              <Button leftSection={<IconRestore size={18} aria-hidden />} onClick={() => void files.restoreBackup(backup.id)}>
                {t('recovery.openBackup', { time: formatDateTime(backup.savedAt, language) })}
              </Button>
            )}
            <Button variant={backup ? 'default' : 'filled'} leftSection={<IconFolderOpen size={18} aria-hidden />} onClick={() => void files.openWorkspace()}>
              {t('recovery.openAnother')}
            </Button>
            <Button variant="default" leftSection={<IconFilePlus size={18} aria-hidden />} onClick={() => void files.newWorkspace()}>
              {t('recovery.createNew')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Container>
  );
}
