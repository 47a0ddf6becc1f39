import { ActionIcon, Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { canRecordChanges } from '../../../../../shared/documents/changeControl';
import type { ChangeRecord, ProductDocument } from '../../../../../shared/schema/document';
import { formatCalendarDate } from '../../../kernel/i18n/format';
import { currentLanguage } from '../../../kernel/i18n/i18n';
import { useT } from '../../../kernel/i18n/typedT';
import { ChangeRecordModal } from './ChangeRecordModal';

const DECISION_COLORS = { pending: 'yellow', approved: 'teal', rejected: 'red' } as const;

/** The change log 需求变更 of an approved document: every change with reason, impact and decision. */
export function ChangeLog({ doc, disabled, onAdd }: { doc: ProductDocument; disabled: boolean; onAdd: () => void }) {
  const { t } = useT('documents');
  const [editing, setEditing] = useState<ChangeRecord | null>(null);
  const allowed = canRecordChanges(doc);
  const language = currentLanguage();
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">{doc.changeRecords.length === 0 ? t('changes.empty') : null}</Text>
        <Button leftSection={<IconPlus size={16} aria-hidden />} disabled={disabled || !allowed} onClick={onAdd}>{t('changes.add')}</Button>
      </Group>
      {!allowed && <Alert color="gray">{t('changes.notYet')}</Alert>}
      {doc.changeRecords.length > 0 && (
        <Table striped aria-label={t('tabs.changes')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('changes.columns.date')}</Table.Th>
              <Table.Th>{t('changes.columns.description')}</Table.Th>
              <Table.Th>{t('changes.columns.reason')}</Table.Th>
              <Table.Th>{t('changes.columns.requestedBy')}</Table.Th>
              <Table.Th>{t('changes.columns.approver')}</Table.Th>
              <Table.Th>{t('changes.columns.decision')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {doc.changeRecords.map((record) => (
              <Table.Tr key={record.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatCalendarDate(record.date, language)}</Table.Td>
                <Table.Td>
                  <Text size="sm">{record.description}</Text>
                  {record.impact && <Text size="xs" c="dimmed">{t('changes.form.impact')}: {record.impact}</Text>}
                  {record.implementationPlan && <Text size="xs" c="dimmed">{t('changes.form.plan')}: {record.implementationPlan}</Text>}
                </Table.Td>
                <Table.Td>{record.reason}</Table.Td>
                <Table.Td>{record.requestedBy}</Table.Td>
                <Table.Td>{record.approver}</Table.Td>
                <Table.Td><Badge variant="light" color={DECISION_COLORS[record.decision]}>{t(`changes.decisions.${record.decision}`)}</Badge></Table.Td>
                <Table.Td>
                  <ActionIcon variant="subtle" aria-label={t('changes.edit')} disabled={disabled} onClick={() => setEditing(record)}>
                    <IconPencil size={16} aria-hidden />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ChangeRecordModal doc={doc} record={editing} opened={editing !== null} onClose={() => setEditing(null)} />
    </Stack>
  );
}
