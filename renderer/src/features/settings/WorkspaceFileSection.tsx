import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconCopy, IconFilePlus, IconFolderOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFileActions } from '../../kernel/files/useFileActions';
import { useOpenSession, useWorkspaceSnapshot } from '../../kernel/workspace/WorkspaceContext';
import { CopyablePath } from './CopyablePath';
import { SettingsSection } from './SettingsSection';

/** Which file is open, and the ways to switch: new, open, a copy, or a recent one. */
export function WorkspaceFileSection() {
  const { t } = useTranslation();
  const files = useFileActions();
  const session = useOpenSession();
  const recent = useWorkspaceSnapshot().settings?.recent ?? [];
  if (!session) return null;
  return (
    <SettingsSection id="file" title={t('settings.fileSection')}>
      <Stack gap="md">
        <div>
          <Text size="sm" fw={500} mb={4}>{t('settings.filePath')}</Text>
          <CopyablePath path={session.filePath} label={t('settings.filePath')} />
        </div>
        <Group gap="sm">
          <Button variant="default" leftSection={<IconFilePlus size={16} aria-hidden />} onClick={() => void files.newWorkspace()}>
            {t('file.newWorkspace')}
          </Button>
          <Button variant="default" leftSection={<IconFolderOpen size={16} aria-hidden />} onClick={() => void files.openWorkspace()}>
            {t('file.open')}
          </Button>
          <Button variant="default" leftSection={<IconCopy size={16} aria-hidden />} onClick={() => void files.saveCopy()}>
            {t('file.saveCopy')}
          </Button>
        </Group>
        <div>
          <Text size="sm" fw={500} mb={4}>{t('settings.recentFiles')}</Text>
          {recent.length === 0 ? (
            <Text size="sm" c="dimmed">{t('file.noRecent')}</Text>
          ) : (
            <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
              {recent.map((path) => (
                <li key={path}>
                  <Group gap="xs" wrap="nowrap">
                    {path === session.filePath ? (
                      <Badge variant="light">{t('settings.current')}</Badge>
                    ) : (
                      <Button size="compact-sm" variant="subtle" onClick={() => void files.openPath(path)} aria-label={t('settings.openRecent', { path })}>
                        {t('settings.openRecentShort')}
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
