import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconLifebuoy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useT } from '../kernel/i18n/typedT';
import type { RecoveryFile } from '../../../shared/contract/session';
import { notifyRpcError } from '../kernel/api/notifyError';
import { formatDateTime } from '../kernel/i18n/format';
import { currentLanguage } from '../kernel/i18n/i18n';
import { navigate } from '../kernel/routing/useHashRoute';
import { useApi, useWorkspaceStore } from '../kernel/workspace/WorkspaceContext';

/**
 * Edits that could not be saved when the app last stopped (disk full, drive gone) were written to
 * a recovery file; this offers them at the next start: open them as a new workspace file, or discard.
 */
export function RecoveryOffer() {
  const { t } = useT('app');
  const api = useApi();
  const store = useWorkspaceStore();
  const [recoveries, setRecoveries] = useState<RecoveryFile[]>([]);

  useEffect(() => {
    let live = true;
    void api.listRecoveries({}).then((result) => {
      if (live && result.ok) setRecoveries(result.value.recoveries);
    });
    return () => {
      live = false;
    };
  }, [api]);

  if (recoveries.length === 0) return null;
  const forget = (path: string) => setRecoveries((list) => list.filter((r) => r.path !== path));

  return (
    <Stack gap="xs" mb="md">
      {recoveries.map((recovery) => (
        <Alert key={recovery.path} color="grape" variant="light" icon={<IconLifebuoy aria-hidden />} title={t('recoveryOffer.title')} role="alert" data-banner="recovery">
          <Text size="sm">
            {t('recoveryOffer.body', {
              file: recovery.workspacePath ?? t('recoveryOffer.unknownFile'),
              time: formatDateTime(recovery.savedAt, currentLanguage()),
              path: recovery.path,
            })}
          </Text>
          <Group gap="xs" mt="xs">
            <Button size="xs" onClick={async () => {
              const result = await api.openRecovery({ path: recovery.path });
              if (!result.ok) return notifyRpcError(result.error);
              forget(recovery.path);
              store.replaceSession(result.value);
              navigate('dashboard');
            }}>
              {t('recoveryOffer.open')}
            </Button>
            <Button size="xs" variant="default" onClick={async () => {
              const result = await api.discardRecovery({ path: recovery.path });
              if (!result.ok) return notifyRpcError(result.error);
              forget(recovery.path);
            }}>
              {t('recoveryOffer.discard')}
            </Button>
          </Group>
        </Alert>
      ))}
    </Stack>
  );
}
