import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconCopy, IconFilePlus, IconFolderOpen } from '@tabler/icons-react';
import { useT } from '../../kernel/i18n/typedT';
import { useFileActions } from '../../kernel/files/useFileActions';
import { useOpenSession, useWorkspaceSnapshot } from '../../kernel/workspace/WorkspaceContext';
import { CopyablePath } from './CopyablePath';
import { SettingsSection } from './SettingsSection';

/** Which file is open, and the ways to switch: new, open, a copy, or a recent one. */
export function WorkspaceFileSection() {
  const { t } = useT('settings');
  const { t: tApp } = useT('app');
  const files = useFileActions();
  const session = useOpenSession();
  const recent = useWorkspaceSnapshot().settings?.recent ?? [];
  if (!session) return null;
  return (
    <SettingsSection id="file" title={t('fileSection')}>
      <Stack gap="md">
        <div>
          <Text size="sm" fw={500} mb={4}>{t('filePath')}</Text>
          <CopyablePath path={session.filePath} label={t('filePath')} />
        </div>
        <Group gap="sm">
          <Button variant="default" leftSection={<IconFilePlus size={16} aria-hidden />} onClick={() => void files.newWorkspace()}>
            {tApp('file.newWorkspace')}
          </Button>
          <Button variant="default" leftSection={<IconFolderOpen size={16} aria-hidden />} onClick={() => void files.openWorkspace()}>
            {tApp('file.open')}
          </Button>
          <Button variant="default" leftSection={<IconCopy size={16} aria-hidden />} onClick={() => void files.saveCopy()}>
            {tApp('file.saveCopy')}
          </Button>
        </Group>
        <div>
          <Text size="sm" fw={500} mb={4}>{t('recentFiles')}</Text>
          {recent.length === 0 ? (
            <Text size="sm" c="dimmed">{tApp('file.noRecent')}</Text>
          ) : (
            <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
              {recent.map((path) => (
                <li key={path}>
                  <Group gap="xs" wrap="nowrap">
                    {path === session.filePath ? (
                      <Badge variant="light">{t('current')}</Badge>
                    ) : (
                      <Button size="compact-sm" variant="subtle" onClick={() => void files.openPath(path)} aria-label={t('openRecent', { path })}>
                        {t('openRecentShort')}
                      </Button>
                    )}
                    <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>{path}</Text>
                  </Group>
                </li>
              ))}
            </Stack>
          )}
        </div>
      </Stack>
    </SettingsSection>
  );
}
