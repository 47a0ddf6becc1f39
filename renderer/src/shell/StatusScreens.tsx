import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import { useT } from '../kernel/i18n/typedT';
import type { RpcError } from '../../../shared/contract/errors';

export function LoadingScreen() {
  const { t } = useT('app');
  return (
    <Center h="100vh">
      <Stack align="center" gap="sm" role="status" aria-live="polite">
        <Loader aria-hidden />
        <Text>{t('app.loading')}</Text>
      </Stack>
    </Center>
  );
}

/** The service did not answer the start-up calls: say so, with its message, and offer a retry. */
export function UnreachableScreen({ error, onRetry }: { error: RpcError | null; onRetry: () => void }) {
  const { t } = useT('app');
  return (
    <Center h="100vh" p="lg">
      <Alert color="red" icon={<IconPlugConnectedX aria-hidden />} title={t('app.unreachableTitle')} maw={640} role="alert">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('app.unreachableBody', { message: error?.message ?? '' })}</Text>
          <Button onClick={onRetry}>{t('app.retry')}</Button>
        </Stack>
      </Alert>
    </Center>
  );
}
