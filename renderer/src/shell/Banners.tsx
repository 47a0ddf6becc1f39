import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle, IconLock } from '@tabler/icons-react';
import { useT } from '../kernel/i18n/typedT';
import { useFileActions } from '../kernel/files/useFileActions';
import { notifyRpcError } from '../kernel/api/notifyError';
import { formatDateTime } from '../kernel/i18n/format';
import { currentLanguage } from '../kernel/i18n/i18n';
import { useApi, useOpenSession, useWorkspaceSnapshot, useWorkspaceStore } from '../kernel/workspace/WorkspaceContext';
import { saveErrorText } from '../kernel/workspace/saveStatusText';

/** Why nothing can be edited, and what to do about it. */
export function ReadOnlyBanner() {
  const { t } = useT('app');
  const api = useApi();
  const store = useWorkspaceStore();
  const session = useOpenSession();
  if (!session?.readOnly) return null;
  const { reason, fileVersion, holder } = session.readOnly;
  if (reason === 'locked' && holder) {
    return (
      <Alert color="yellow" variant="light" icon={<IconLock aria-hidden />} title={t('readOnly.lockedTitle')} mb="md" data-banner="locked">
        <Stack gap="xs">
          <Text size="sm">
            {t('readOnly.locked', { machine: holder.machine, user: holder.user, time: formatDateTime(holder.since, currentLanguage()) })}
          </Text>
          <Group>
            <Button size="xs" variant="default" onClick={async () => {
              const result = await api.openCopyOfLocked({});
              if (!result.ok) return notifyRpcError(result.error);
              store.replaceSession(result.value);
            }}>
              {t('readOnly.openCopy')}
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }
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
  const { t } = useT('app');
  const session = useOpenSession();
  const files = useFileActions();
  const error = session?.save.error ?? null;
  // A version someone else saved has its own banner with the choice (ExternalChangeBanner).
  if (!error || (error.code === 'changed-on-disk' && session?.save.state === 'error')) return null;
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

/**
 * The app's own preferences (language, theme, recent files) could not be written — a full or
 * read-only user-data folder. The app works on; they apply until it closes. Your workspace is not affected.
 */
export function SettingsProblemBanner() {
  const { t } = useT('app');
  const { settings } = useWorkspaceSnapshot();
  if (!settings?.saveProblem) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />} title={t('settingsProblem.title')} mb="md" data-banner="settings-problem">
      <Text size="sm">{t('settingsProblem.body', { problem: settings.saveProblem })}</Text>
    </Alert>
  );
}
