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
  const lines = issueLines(error.issues, currentLanguage());
  notifications.show({
    color: 'red',
    title: i18n.t(`errors.titles.${error.code}`),
    autoClose: lines.length > 0 || extra ? 12_000 : 8_000,
    message: (
      <>
        <Text size="sm">{error.message}</Text>
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
