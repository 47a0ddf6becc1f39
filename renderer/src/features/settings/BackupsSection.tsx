import { Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { IconFolder, IconRefresh, IconRestore } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useT } from '../../kernel/i18n/typedT';
import type { BackupInfo } from '../../../../shared/contract/session';
import { notifyRpcError } from '../../kernel/api/notifyError';
import { useFileActions } from '../../kernel/files/useFileActions';
import { confirm } from '../../kernel/files/prompts';
import { formatBytes, formatDateTime } from '../../kernel/i18n/format';
import { currentLanguage } from '../../kernel/i18n/i18n';
import { useApi, useOpenSession } from '../../kernel/workspace/WorkspaceContext';
import { CopyablePath } from './CopyablePath';
import { SettingsSection } from './SettingsSection';

/** Rolling backups: when, why, how big, and a way to open one without touching the current file. */
export function BackupsSection() {
  const { t } = useT('settings');
  const { t: tApp } = useT('app');
  const api = useApi();
  const files = useFileActions();
  const session = useOpenSession();
  const language = currentLanguage();
  const [listing, setListing] = useState<{ folder: string; backups: BackupInfo[] } | null>(null);
  const [showFolderPath, setShowFolderPath] = useState(false);

  const load = useCallback(
    () =>
      api.listBackups({}).then((result) => {
        if (!result.ok) notifyRpcError(result.error);
        return result.ok ? result.value : null;
      }),
    [api],
  );
  const refresh = async () => {
    const value = await load();
    if (value) setListing(value);
  };

  // Reload when another file opens or a save lands (a save may have added a backup).
  const filePath = session?.filePath;
  const lastSavedAt = session?.save.lastSavedAt;
  useEffect(() => {
    let current = true;
    void load().then((value) => {
      if (current && value) setListing(value);
    });
    return () => {
      current = false;
    };
  }, [load, filePath, lastSavedAt]);

  const showFolder = async () => {
    if (!listing) return;
    const result = await api.showItemInFolder({ path: listing.folder });
    if (result.ok) return;
    // Web mode has no file manager to open: show the path to copy instead.
    if (result.error.code === 'unsupported') setShowFolderPath(true);
    else notifyRpcError(result.error);
  };

  const restore = async (backup: BackupInfo) => {
    const time = formatDateTime(backup.savedAt, language);
    const confirmed = await confirm({
      title: t('confirmRestoreTitle'),
      body: t('confirmRestoreBody', { time }),
      confirmLabel: t('confirmRestore'),
    });
    if (confirmed) await files.restoreBackup(backup.id);
  };

  const newestFirst = [...(listing?.backups ?? [])].sort((a, b) => b.savedAt.localeCompare(a.savedAt));

  return (
    <SettingsSection id="backups" title={t('backups')}>
      <Stack gap="md">
        <Text size="sm">{t('backupsIntro')}</Text>
        <Group gap="sm">
          <Button variant="default" leftSection={<IconFolder size={16} aria-hidden />} onClick={() => void showFolder()} disabled={!listing}>
            {t('showFolder')}
          </Button>
          <Button variant="subtle" leftSection={<IconRefresh size={16} aria-hidden />} onClick={() => void refresh()}>
            {t('refresh')}
          </Button>
        </Group>
        {showFolderPath && listing && <CopyablePath path={listing.folder} label={t('folderPath')} />}
        {!listing ? (
          <Group gap="xs"><Loader size="xs" aria-hidden /><Text size="sm">{t('loadingBackups')}</Text></Group>
        ) : newestFirst.length === 0 ? (
          <Text size="sm" c="dimmed">{t('noBackups')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560} mah={420}>
            <Table striped highlightOnHover stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('backupTime')}</Table.Th>
                  <Table.Th>{t('backupReason')}</Table.Th>
                  <Table.Th>{t('backupSize')}</Table.Th>
                  <Table.Th>{t('backupActions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {newestFirst.map((backup) => {
                  const time = formatDateTime(backup.savedAt, language);
                  return (
                    <Table.Tr key={backup.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{time}</Table.Td>
                      <Table.Td>{tApp(`enums.backupReason.${backup.reason}`)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatBytes(backup.sizeBytes, language)}</Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="light"
                          leftSection={<IconRestore size={14} aria-hidden />}
                          aria-label={t('openBackupLabel', { time })}
                          onClick={() => void restore(backup)}
                        >
                          {t('openBackup')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </SettingsSection>
  );
}
