import { Group, Loader, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useT } from '../kernel/i18n/typedT';
import { currentLanguage } from '../kernel/i18n/i18n';
import { formatDateTime } from '../kernel/i18n/format';
import { useOpenSession } from '../kernel/workspace/WorkspaceContext';
import { saveStatusText } from '../kernel/workspace/saveStatusText';

/** Header save state. A polite live region, so screen readers hear "Saving…" / "All changes saved". */
export function SaveStatusIndicator() {
  const { t } = useT('app');
  const session = useOpenSession();
  if (!session) return null;
  const { save } = session;
  const busy = save.state === 'pending' || save.state === 'saving';
  const lastSaved = save.lastSavedAt
    ? t('save.lastSaved', { time: formatDateTime(save.lastSavedAt, currentLanguage()) })
    : t('save.neverSaved');
  const icon = save.state === 'error'
    ? <IconAlertTriangle size={16} color="var(--mantine-color-red-filled)" aria-hidden />
    : busy
      ? <Loader size={12} aria-hidden />
      : <IconCircleCheck size={16} color="var(--mantine-color-teal-filled)" aria-hidden />;
  return (
    <Tooltip label={save.state === 'error' ? `${saveStatusText(save, t)} — ${lastSaved}` : lastSaved} withArrow multiline maw={360}>
      <Group gap={6} wrap="nowrap" maw={360} tabIndex={0} aria-describedby="save-status-time">
        {icon}
        <Text size="sm" role="status" aria-live="polite" aria-atomic="true" truncate c={save.state === 'error' ? 'red' : undefined}>
          {saveStatusText(save, t)}
        </Text>
        <Text id="save-status-time" size="xs" c="dimmed" visibleFrom="xl" style={{ whiteSpace: 'nowrap' }}>
          {lastSaved}
        </Text>
      </Group>
    </Tooltip>
  );
}
