import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/i18n/format';
import { currentLanguage } from '../../app/i18n/i18n';
import { AreaNotBuilt } from '../../app/ui/AreaNotBuilt';
import { useOpenSession } from '../../app/workspace/WorkspaceContext';

const STATUS_COLORS = { draft: 'gray', 'in-review': 'yellow', approved: 'teal', 'handed-off': 'blue' } as const;

/** Until the document editor exists: BRDs, PRDs and the rest, with kind, status and last change. */
export function DocumentsOverview() {
  const { t } = useTranslation();
  const session = useOpenSession();
  const documents = session?.workspace.documents ?? [];
  const templates = session?.workspace.templates.length ?? 0;
  return (
    <AreaNotBuilt area="documents" listTitle={t('areas.documentList')} isEmpty={documents.length === 0}>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {documents.map((doc) => (
          <li key={doc.id}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                <Text fw={600}>{doc.title}</Text>
                <Text size="sm" c="dimmed">{[doc.product, doc.author].filter(Boolean).join(' · ')}</Text>
              </div>
              <Group gap={6} wrap="nowrap">
                <Badge variant="outline" color="gray">{t(`enums.documentKind.${doc.kind}`)}</Badge>
                <Badge variant="light" color={STATUS_COLORS[doc.status]}>{t(`enums.documentStatus.${doc.status}`)}</Badge>
                <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>{formatDateTime(doc.updatedAt, currentLanguage())}</Text>
              </Group>
            </Group>
          </li>
        ))}
      </Stack>
      <Text size="sm" c="dimmed" mt="md">{t('areas.templateCount', { count: templates })}</Text>
    </AreaNotBuilt>
  );
}
