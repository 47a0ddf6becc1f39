import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { WorkshopSession } from '../../../../../shared/schema/workshop';
import { useT } from '../../../kernel/i18n/typedT';
import { AgendaEditor } from './AgendaEditor';
import { DetailsSection } from './DetailsSection';
import { ParticipantsSection } from './ParticipantsSection';

/** The Setup tab: details beside participants, then the agenda across the full width (it is a wide table). */
export function WorkshopSetup({ workshop, disabled }: { workshop: WorkshopSession; disabled: boolean }) {
  const { t } = useT('workshop');
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <SetupCard title={t('setup.details')}>
          <DetailsSection workshop={workshop} disabled={disabled} />
        </SetupCard>
        <SetupCard title={t('setup.participants')} hint={t('setup.participantsHint')}>
          <ParticipantsSection workshop={workshop} disabled={disabled} />
        </SetupCard>
      </SimpleGrid>
      <SetupCard title={t('setup.agenda')} hint={t('setup.agendaHint')}>
        <AgendaEditor workshop={workshop} disabled={disabled} />
      </SetupCard>
    </Stack>
  );
}

function SetupCard({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Title order={2} size="h4" mb={hint ? 4 : 'sm'}>{title}</Title>
      {hint && <Text size="sm" c="dimmed" mb="sm">{hint}</Text>}
      {children}
    </Paper>
  );
}
