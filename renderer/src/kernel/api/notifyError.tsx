import { List, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { RpcError } from '../../../../shared/contract/errors';
import { currentLanguage, i18n } from '../i18n/i18n';
import { issueLines } from './rpcErrorMessage';

const MAX_LISTED_ISSUES = 8;

/**
 * Shows a failed call to the user: a title for the kind of failure in the UI language, the
 * service's own message (it names files and revisions), and the specific issues if any.
 */
export function notifyRpcError(error: RpcError, extra?: string): void {
  const language = currentLanguage();
  const lines = issueLines(error.issues, language);
  const message = language === 'zh-CN' && error.zh ? error.zh : error.message;
  notifications.show({
    color: 'red',
    title: i18n.t(`errors.titles.${error.code}`),
    autoClose: lines.length > 0 || extra ? 12_000 : 8_000,
    message: (
      <>
        {/* A conflict: say in words what the revision numbers mean (the edit was not kept). */}
        <Text size="sm">{error.code === 'conflict' && !error.zh ? i18n.t('errors.conflictLost') : message}</Text>
        {lines.length > 0 && (
          <List size="sm" mt={4}>
            {lines.slice(0, MAX_LISTED_ISSUES).map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
        )}
        {extra && <Text size="sm" mt={4}>{extra}</Text>}
      </>
    ),
  });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', message, autoClose: 5_000 });
}

/** One notice for changes from other windows, however many arrive: updated in place, not stacked. */
const UPDATED_ELSEWHERE_ID = 'updated-in-another-window';
let updatedElsewhereWaiting = false;

/**
 * This window now shows changes made in another window (another browser tab on the same web-mode
 * server). Said where the user can see it: a hidden tab says it when it is shown again.
 */
export function notifyUpdatedElsewhere(): void {
  if (typeof document !== 'undefined' && document.visibilityState === 'hidden') {
    if (updatedElsewhereWaiting) return;
    updatedElsewhereWaiting = true;
    const onVisible = () => {
      if (document.visibilityState !== 'visible') return;
      document.removeEventListener('visibilitychange', onVisible);
      updatedElsewhereWaiting = false;
      showUpdatedElsewhere();
    };
    document.addEventListener('visibilitychange', onVisible);
    return;
  }
  showUpdatedElsewhere();
}

/** While the notice is up, more changes add nothing (Mantine ignores a second show with the same id). */
function showUpdatedElsewhere(): void {
  notifications.show({ id: UPDATED_ELSEWHERE_ID, color: 'blue', message: i18n.t('errors.updatedElsewhere'), autoClose: 6_000 });
}
