import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFileActions } from '../files/useFileActions';
import { useOpenSession } from '../workspace/WorkspaceContext';
import { saveErrorText } from './saveStatusText';

/** Why nothing can be edited, and what to do about it. */
export function ReadOnlyBanner() {
  const { t } = useTranslation();
  const session = useOpenSession();
  if (!session?.readOnly) return null;
  const { reason, fileVersion } = session.readOnly;
  return (
    <Alert color="yellow" variant="light" icon={<IconLock aria-hidden />} title={t('readOnly.title')} mb="md">
      {reason === 'newer-version'
        ? t('readOnly.newerVersion', { version: fileVersion ?? '?' })
        : t('readOnly.notWritable')}
    </Alert>
  );
}

/**
 * The save failed (file moved, drive read-only, disk full…). The edits are safe in memory and the
 * service keeps retrying; a copy elsewhere is the way to be sure right now.
 */
export function SaveErrorBanner() {
  const { t } = useTranslation();
  const session = useOpenSession();
  const files = useFileActions();
  const error = session?.save.error ?? null;
  if (!error) return null;
  if (session?.save.state !== 'error') {
    // Saved after all, but something happened on the way (the file had vanished and was written again).
    return (
      <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />} mb="md" withCloseButton={false}>
        {error.code === 'vanished' ? t('save.rewrittenNotice') : error.message}
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('save.bannerTitle')} mb="md" role="alert">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
        <Text size="sm" maw={720}>{t('save.bannerBody', { problem: saveErrorText(error, t) })}</Text>
        <Button size="xs" color="red" onClick={() => void files.saveCopy()}>{t('file.saveCopy')}</Button>
      </Group>
    </Alert>
  );
}
