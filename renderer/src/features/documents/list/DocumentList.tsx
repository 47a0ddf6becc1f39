import { Anchor, Badge, Button, EmptyState, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconFileText, IconPlus, IconSearch, IconTemplate } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import { documentKind, documentStatus, type ProductDocument } from '../../../../../shared/schema/document';
import { searchDocuments, type DocumentSearchHit } from '../../../../../shared/documents/search';
import { formatDateTime } from '../../../kernel/i18n/format';
import { currentLanguage } from '../../../kernel/i18n/i18n';
import { hrefFor } from '../../../kernel/routing/route';
import { navigate } from '../../../kernel/routing/useHashRoute';
import { PageHeader } from '../../../kernel/ui/PageHeader';
import { useCanEdit, useOpenSession } from '../../../kernel/workspace/WorkspaceContext';
import { TEMPLATES_SECTION } from '../sections';
import { NewDocumentModal } from './NewDocumentModal';
import { STATUS_COLORS } from '../statusColors';

/** All documents, newest change first, with full-text search and kind/status filters. */
export function DocumentList({ startCreating = false }: { startCreating?: boolean }) {
  const { t } = useT('documents');
  const { t: tMain } = useT('app');
  const session = useOpenSession();
  const canEdit = useCanEdit();
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [creating, setCreating] = useState(startCreating);
  const documents = useMemo(() => session?.workspace.documents ?? [], [session]);
  const language = currentLanguage();

  const hits = useMemo(() => {
    const trimmed = query.trim();
    if (!trimmed) return null;
    const byDoc = new Map<string, DocumentSearchHit>();
    for (const hit of searchDocuments(documents, trimmed, 500)) if (!byDoc.has(hit.documentId)) byDoc.set(hit.documentId, hit);
    return byDoc;
  }, [documents, query]);

  const rows = useMemo(() => documents
    .filter((doc) => (!kind || doc.kind === kind) && (!status || doc.status === status) && (!hits || hits.has(doc.id)))
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)), [documents, kind, status, hits]);

  const header = (
    <Group justify="space-between" align="flex-start" wrap="wrap">
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Group gap="sm">
        <Button leftSection={<IconPlus size={16} aria-hidden />} disabled={!canEdit} onClick={() => setCreating(true)}>{t('newDocument')}</Button>
        <Button variant="default" leftSection={<IconTemplate size={16} aria-hidden />} onClick={() => navigate('documents', TEMPLATES_SECTION)}>{t('templates')}</Button>
      </Group>
    </Group>
  );
  const modal = <NewDocumentModal opened={creating} onClose={() => setCreating(false)} />;

  if (documents.length === 0) {
    return (
      <>
        {header}
        <EmptyState align="left" variant="light" icon={<IconFileText aria-hidden />} title={t('emptyTitle')} description={t('emptyBody')} maw={720}>
          <Button mt="md" leftSection={<IconPlus size={16} aria-hidden />} disabled={!canEdit} onClick={() => setCreating(true)}>{t('createFirst')}</Button>
        </EmptyState>
        {modal}
      </>
    );
  }

  const options = (values: readonly string[], prefix: 'documentKind' | 'documentStatus') => [
    { value: '', label: t('list.all') },
    ...values.map((value) => ({ value, label: tMain(`enums.${prefix}.${value}` as 'enums.documentKind.brd') })),
  ];

  return (
    <>
      {header}
      <Stack gap="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label={t('list.search')}
            placeholder={t('list.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={query}
            onChange={(event) => setQuery(event.currentTarget.value)}
            w={340}
          />
          <Select label={t('list.kind')} data={options(documentKind.options, 'documentKind')} value={kind ?? ''} onChange={(value) => setKind(value || null)} allowDeselect={false} w={200} />
          <Select label={t('list.status')} data={options(documentStatus.options, 'documentStatus')} value={status ?? ''} onChange={(value) => setStatus(value || null)} allowDeselect={false} w={180} />
        </Group>
        {rows.length === 0 ? (
          <Text c="dimmed">{t('list.noMatch')}</Text>
        ) : (
          <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.columns.title')}</Table.Th>
                <Table.Th>{t('list.columns.kind')}</Table.Th>
                <Table.Th>{t('list.columns.status')}</Table.Th>
                <Table.Th>{t('list.columns.product')}</Table.Th>
                <Table.Th>{t('list.columns.updated')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((doc) => <DocumentRow key={doc.id} doc={doc} hit={hits?.get(doc.id) ?? null} language={language} />)}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      {modal}
    </>
  );
}

function DocumentRow({ doc, hit, language }: { doc: ProductDocument; hit: DocumentSearchHit | null; language: 'en' | 'zh-CN' }) {
  const { t } = useT('documents');
  const { t: tMain } = useT('app');
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor href={hrefFor('documents', doc.id)} fw={600}>{doc.title}</Anchor>
        {hit && hit.field !== 'title' && (
          <Text size="xs" c="dimmed" lineClamp={2}>{t(`list.hitIn.${hit.field}`)}: {hit.snippet}</Text>
        )}
      </Table.Td>
      <Table.Td><Badge variant="outline" color="gray">{tMain(`enums.documentKind.${doc.kind}`)}</Badge></Table.Td>
      <Table.Td><Badge variant="light" color={STATUS_COLORS[doc.status]}>{tMain(`enums.documentStatus.${doc.status}`)}</Badge></Table.Td>
      <Table.Td>{doc.product}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(doc.updatedAt, language)}</Table.Td>
    </Table.Tr>
  );
}
