import { ActionIcon, Badge, Button, Group, Select, Stack, Table, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconDownload, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { requirementsToJiraCsv } from '../../../../../shared/documents/jiraCsv';
import {
  displayPriority, filterRequirements, priorityValues, REQUIREMENT_STATUSES, sortRequirements,
  type RequirementSortColumn, type SortDirection,
} from '../../../../../shared/documents/requirements';
import type { ProductDocument, Requirement } from '../../../../../shared/schema/document';
import { downloadFile, safeFileName } from '../../../kernel/files/downloadFile';
import { currentLanguage } from '../../../kernel/i18n/i18n';
import { useUndoableRemoval } from '../../../kernel/workspace/useUndoableRemoval';
import { useOpenSession } from '../../../kernel/workspace/WorkspaceContext';
import { useT } from '../../../kernel/i18n/typedT';
import { RequirementModal } from './RequirementModal';
import { useSegmentNames } from './useSegmentNames';

const COLUMNS: RequirementSortColumn[] = ['key', 'title', 'priority', 'status', 'owner'];

/** A PRD's requirements: REQ-IDs, sort by any column, filter, edit, delete with undo, CSV for Jira. */
export function RequirementsPanel({ doc, disabled }: { doc: ProductDocument; disabled: boolean }) {
  const { t } = useT('documents');
  const session = useOpenSession();
  const remove = useUndoableRemoval();
  const scheme = session?.workspace.settings.requirementPriorityScheme ?? 'moscow';
  const segmentNames = useSegmentNames(doc.strategyId);
  const language = currentLanguage();
  const [text, setText] = useState('');
  const [priority, setPriority] = useState('');
  const [status, setStatus] = useState('');
  const [sort, setSort] = useState<{ column: RequirementSortColumn; direction: SortDirection }>({ column: 'key', direction: 'asc' });
  const [editing, setEditing] = useState<Requirement | 'new' | null>(null);

  const rows = useMemo(() => sortRequirements(
    filterRequirements(doc.requirements, { text, priority: (priority || undefined) as Requirement['priority'] | undefined, status: (status || undefined) as Requirement['status'] | undefined }),
    sort.column, sort.direction, language,
  ), [doc.requirements, text, priority, status, sort, language]);

  const toggleSort = (column: RequirementSortColumn) =>
    setSort((current) => ({ column, direction: current.column === column && current.direction === 'asc' ? 'desc' : 'asc' }));

  const exportJira = () => {
    const csv = requirementsToJiraCsv(doc.requirements, { scheme, segmentNameById: segmentNames.byId, documentTitle: doc.title, language });
    downloadFile(`${safeFileName(doc.title, 'requirements')} - Jira.csv`, csv, 'text/csv;charset=utf-8');
  };

  const priorityLabel = (value: Requirement['priority']) => t(`requirements.priorities.${displayPriority(value, scheme)}`);

  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput label={t('requirements.filterText')} value={text} onChange={(event) => setText(event.currentTarget.value)} w={240} />
          <Select
            label={t('requirements.priority')}
            data={[{ value: '', label: t('requirements.all') }, ...priorityValues(scheme).map((value) => ({ value, label: t(`requirements.priorities.${value}`) }))]}
            value={priority}
            onChange={(value) => setPriority(value ?? '')}
            allowDeselect={false}
            w={160}
          />
          <Select
            label={t('requirements.status')}
            data={[{ value: '', label: t('requirements.all') }, ...REQUIREMENT_STATUSES.map((value) => ({ value, label: t(`requirements.statuses.${value}`) }))]}
            value={status}
            onChange={(value) => setStatus(value ?? '')}
            allowDeselect={false}
            w={160}
          />
        </Group>
        <Group gap="sm">
          <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} disabled={doc.requirements.length === 0} onClick={exportJira}>{t('requirements.exportJira')}</Button>
          <Button leftSection={<IconPlus size={16} aria-hidden />} disabled={disabled} onClick={() => setEditing('new')}>{t('requirements.add')}</Button>
        </Group>
      </Group>

      {doc.requirements.length === 0 ? (
        <Text c="dimmed">{t('requirements.empty')}</Text>
      ) : (
        <>
          <Text size="sm" c="dimmed">{t('requirements.shown', { shown: rows.length, total: doc.requirements.length })}</Text>
          <Table striped highlightOnHover aria-label={t('tabs.requirements')}>
            <Table.Thead>
              <Table.Tr>
                {COLUMNS.map((column) => (
                  <Table.Th key={column} aria-sort={sort.column === column ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
                    <UnstyledButton onClick={() => toggleSort(column)} fw={600} fz="sm">
                      <Group gap={4} wrap="nowrap">
                        {t(`requirements.columns.${column}`)}
                        {sort.column === column && (sort.direction === 'asc' ? <IconArrowUp size={12} aria-hidden /> : <IconArrowDown size={12} aria-hidden />)}
                      </Group>
                    </UnstyledButton>
                  </Table.Th>
                ))}
                <Table.Th>{t('requirements.columns.segment')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((req) => (
                <Table.Tr key={req.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }} fw={600}>{req.key}</Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500}>{req.title}</Text>
                    {req.description && <Text size="xs" c="dimmed" lineClamp={2}>{req.description}</Text>}
                  </Table.Td>
                  <Table.Td><Badge variant="light">{priorityLabel(req.priority)}</Badge></Table.Td>
                  <Table.Td>{t(`requirements.statuses.${req.status}`)}</Table.Td>
                  <Table.Td>{req.owner}</Table.Td>
                  <Table.Td>{req.personaOrSegmentId ? segmentNames.byId[req.personaOrSegmentId] ?? '—' : ''}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap" justify="flex-end">
                      <ActionIcon variant="subtle" aria-label={t('requirements.edit', { key: req.key })} disabled={disabled} onClick={() => setEditing(req)}>
                        <IconPencil size={16} aria-hidden />
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        aria-label={t('requirements.delete', { key: req.key })}
                        disabled={disabled}
                        onClick={() => remove(t('requirements.deleted', { key: req.key }), 'document.requirement.remove', { documentId: doc.id, requirementId: req.id })}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      <RequirementModal doc={doc} requirement={editing} onClose={() => setEditing(null)} segmentOptions={segmentNames.options} />
    </Stack>
  );
}
