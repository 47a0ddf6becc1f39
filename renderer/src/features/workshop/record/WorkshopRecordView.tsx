import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import type { WorkshopSession } from '../../../../../shared/schema/workshop';
import { workshopRecord } from '../../../../../shared/workshop/record';
import { formatCalendarDate, formatDateTime } from '../../../kernel/i18n/format';
import { currentLanguage } from '../../../kernel/i18n/i18n';
import { useOpenSession } from '../../../kernel/workspace/WorkspaceContext';
import { ExportSummaryButton } from './ExportSummaryButton';
import { NoteSwatch } from './NoteSwatch';
import { RecordAgendaTable } from './RecordAgendaTable';
import { RecordNotes } from './RecordNotes';
import { RecordActions, RecordDecisions } from './RecordOutcomes';
import { RecordSection } from './RecordSection';

/**
 * The Record tab: what the workshop produced, read from the same record the PDF summary is made
 * from (shared/workshop/record.ts), so the page and the e-mailed PDF never disagree.
 */
export function WorkshopRecordView({ workshop }: { workshop: WorkshopSession }) {
  const { t } = useT('workshop');
  const session = useOpenSession();
  const workspace = session?.workspace ?? null;
  const record = useMemo(() => (workspace ? workshopRecord(workspace, workshop.id) : null), [workspace, workshop.id]);
  if (!record) return null;
  const language = currentLanguage();

  const facts: Array<[string, string]> = [
    [t('record.date'), formatCalendarDate(record.date, language)],
    [t('record.facilitator'), record.facilitator || t('record.notYet')],
    [t('record.strategy'), record.strategy ?? t('detail.strategyMissing')],
    [t('record.status'), t(`print.statuses.${record.status}`)],
    [t('record.started'), formatDateTime(record.startedAt, language) || t('record.notYet')],
    [t('record.ended'), formatDateTime(record.endedAt, language) || t('record.notYet')],
  ];

  return (
    <Stack gap="md" data-testid="workshop-record">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4} maw={720}>
          <Title order={2} size="h3">{t('record.heading')}</Title>
          <Text size="sm" c="dimmed">{t('record.intro')}</Text>
        </Stack>
        <ExportSummaryButton workshopId={workshop.id} />
      </Group>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <RecordSection title={t('record.overview')}>
          <SimpleGrid cols={2} spacing={6} verticalSpacing={6} component="dl" m={0}>
            {facts.map(([label, value]) => (
              <Stack key={label} gap={0}>
                <Text component="dt" size="xs" c="dimmed">{label}</Text>
                <Text component="dd" size="sm" m={0}>{value}</Text>
              </Stack>
            ))}
          </SimpleGrid>
        </RecordSection>
        <RecordSection title={t('record.attendees')} testId="record-attendees">
          {workshop.participants.length === 0 ? (
            <Text size="sm" c="dimmed">{t('record.noAttendees')}</Text>
          ) : (
            <Group component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
              {workshop.participants.map((participant) => (
                <Group component="li" key={participant.id} gap={6} wrap="nowrap">
                  <NoteSwatch color={participant.color} />
                  <Text size="sm">{participant.name}</Text>
                </Group>
              ))}
            </Group>
          )}
        </RecordSection>
      </SimpleGrid>

      <RecordSection title={t('record.agenda')}>
        <RecordAgendaTable record={record} currentItemId={workshop.run.currentItemId} />
      </RecordSection>
      <RecordSection title={t('record.notes')}>
        <RecordNotes agenda={record.agenda} />
      </RecordSection>
      <RecordSection title={t('record.decisions')}>
        <RecordDecisions decisions={record.decisions} />
      </RecordSection>
      <RecordSection title={t('record.actions')}>
        <RecordActions actions={record.actions} />
      </RecordSection>
    </Stack>
  );
}
