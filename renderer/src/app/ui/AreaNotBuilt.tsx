import { EmptyState, Paper, Stack, Text, Title } from '@mantine/core';
import { IconHammer } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '../routing/areas';
import { PageHeader } from './PageHeader';

/**
 * An honest placeholder for an area whose editor is still being built: it says so, and shows
 * what the workspace already holds for the area, read-only. No buttons that do nothing.
 */
export function AreaNotBuilt({ area, listTitle, isEmpty, children }: {
  area: Exclude<Area, 'dashboard' | 'settings'>;
  listTitle: string;
  isEmpty: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const name = t(`nav.${area}`);
  return (
    <>
      <PageHeader title={name} />
      <Stack gap="lg" maw={960}>
        <EmptyState
          align="left"
          variant="light"
          icon={<IconHammer aria-hidden />}
          title={t('areas.notBuilt', { area: name })}
          description={t('areas.notBuiltBody')}
        />
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">{listTitle}</Title>
          {isEmpty ? <Text c="dimmed">{t('areas.nothingYet')}</Text> : children}
        </Paper>
      </Stack>
    </>
  );
}
