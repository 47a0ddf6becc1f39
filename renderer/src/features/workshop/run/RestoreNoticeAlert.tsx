import { Alert } from '@mantine/core';
import { IconPlayerPause } from '@tabler/icons-react';
import { useT } from '../../../kernel/i18n/typedT';
import { formatClock } from '../../../../../shared/workshop/clock';
import type { RestoreNotice } from './restoreNotices';
import { countdownText } from './timerDisplay';

/** "Restored: paused at <step>, mm:ss left — press Space to continue" (or "… over …"). */
export function useRestoreNoticeText(notice: RestoreNotice | null): string | null {
  const { t } = useT('workshop');
  if (!notice) return null;
  return notice.overrunMs > 0
    ? t('run.notice.restoredOver', { step: notice.stepTitle, time: formatClock(notice.overrunMs) })
    : t('run.notice.restoredLeft', { step: notice.stepTitle, time: countdownText(notice.remainingMs) });
}

/** Shown after a crash, restart or sleep brought the clock back paused. */
export function RestoreNoticeAlert({ notice, onDismiss }: { notice: RestoreNotice; onDismiss: () => void }) {
  const { t } = useT('workshop');
  const text = useRestoreNoticeText(notice);
  return (
    <Alert
      color="yellow"
      icon={<IconPlayerPause size={18} />}
      withCloseButton
      closeButtonLabel={t('run.notice.dismiss')}
      onClose={onDismiss}
      role="status"
      data-testid="run-restored"
    >
      {text}
    </Alert>
  );
}
