import { Stack, Table, Text } from '@mantine/core';
import type { WorkshopRecordAction, WorkshopRecordDecision } from '../../../../../shared/workshop/record';
import { formatCalendarDate, formatDateTime } from '../../../kernel/i18n/format';
import { currentLanguage } from '../../../kernel/i18n/i18n';
import { useT } from '../../../kernel/i18n/typedT';

/** Notes and groups promoted into the strategy canvas: what, into which field of which strategy, when. */
export function RecordDecisions({ decisions }: { decisions: readonly WorkshopRecordDecision[] }) {
  const { t } = useT('workshop');
  if (decisions.length === 0) return <Text size="sm" c="dimmed">{t('record.noDecisions')}</Text>;
  const language = currentLanguage();
  return (
    <Stack gap="sm" component="ol" p={0} m={0} pl="md" data-testid="record-decisions">
      {decisions.map((decision) => (
        <li key={decision.id}>
          <Text size="sm" fw={600} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{decision.text}</Text>
          <Text size="xs" c="dimmed">
            {[
              t('record.decisionInto', { target: t(`targets.${decision.target}`), strategy: decision.strategy ?? t('record.unknownStrategy') }),
              decision.agendaItem,
              formatDateTime(decision.decidedAt, language),
            ].filter(Boolean).join(' · ')}
          </Text>
        </li>
      ))}
    </Stack>
  );
}

/** Action items with owner, due date and the calendar campaign their task lives in. */
export function RecordActions({ actions }: { actions: readonly WorkshopRecordAction[] }) {
  const { t } = useT('workshop');
  if (actions.length === 0) return <Text size="sm" c="dimmed">{t('record.noActions')}</Text>;
  const language = currentLanguage();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing={6} aria-label={t('record.actions')} data-testid="record-actions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('record.actionColumns.title')}</Table.Th>
            <Table.Th>{t('record.actionColumns.owner')}</Table.Th>
            <Table.Th>{t('record.actionColumns.due')}</Table.Th>
            <Table.Th>{t('record.actionColumns.campaign')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actions.map((action) => (
            <Table.Tr key={action.id}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{action.title}</Table.Td>
              <Table.Td>{action.owner || t('record.noOwner')}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatCalendarDate(action.dueDate, language)}</Table.Td>
              <Table.Td>{action.campaign ?? t('record.noCampaign')}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
