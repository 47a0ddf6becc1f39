import { Alert, Anchor, Badge, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import { isBodyLocked } from '../../../../../shared/documents/changeControl';
import { versionLabel } from '../../../../../shared/documents/versions';
import { hrefFor } from '../../../kernel/routing/route';
import { useCanEdit, useOpenSession, useRun } from '../../../kernel/workspace/WorkspaceContext';
import { ChangeLog } from '../changes/ChangeLog';
import { ChangeRecordModal } from '../changes/ChangeRecordModal';
import { DocumentExportMenu } from '../export/DocumentExportMenu';
import { RequirementsPanel } from '../requirements/RequirementsPanel';
import { STATUS_COLORS } from '../statusColors';
import { SaveAsTemplateButton } from '../templates/SaveAsTemplateButton';
import { VersionsPanel } from '../versions/VersionsPanel';
import { DocumentBodyEditor } from './DocumentBodyEditor';
import { DocumentMetaFields } from './DocumentMetaFields';
import { StatusControl } from './StatusControl';

type Tab = 'content' | 'requirements' | 'changes' | 'versions';

/** One document: its details, workflow status, body, requirements, change records and versions. */
export function DocumentEditorPage({ documentId }: { documentId: string }) {
  const { t } = useT('documents');
  const { t: tMain } = useT('app');
  const session = useOpenSession();
  const canEdit = useCanEdit();
  const run = useRun();
  const [tab, setTab] = useState<Tab>('content');
  const [recording, setRecording] = useState(false);
  const doc = session?.workspace.documents.find((candidate) => candidate.id === documentId);

  const back = <Anchor href={hrefFor('documents')} size="sm"><Group gap={4}><IconArrowLeft size={14} aria-hidden />{t('backToList')}</Group></Anchor>;
  if (!doc) return <Stack>{back}<Alert color="yellow">{t('notFound')}</Alert></Stack>;

  const locked = isBodyLocked(doc);
  const version = versionLabel(doc);
  const isPrd = doc.kind === 'prd';

  return (
    <Stack gap="md">
      {back}
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4}>
          <Title order={1} size="h2">{doc.title}</Title>
          <Group gap={6}>
            <Badge variant="outline" color="gray">{tMain(`enums.documentKind.${doc.kind}`)}</Badge>
            <Badge variant="light" color={STATUS_COLORS[doc.status]} data-testid="document-status">{tMain(`enums.documentStatus.${doc.status}`)}</Badge>
            <Text size="sm" c="dimmed">{t('meta.version')}: {version ?? t('meta.noVersion')}</Text>
          </Group>
        </Stack>
        <Group gap="sm">
          <StatusControl doc={doc} disabled={!canEdit} onChange={(status) => run('document.status.set', { documentId, status })} />
          <DocumentExportMenu doc={doc} />
          <SaveAsTemplateButton doc={doc} disabled={!canEdit} />
        </Group>
      </Group>

      <DocumentMetaFields doc={doc} disabled={!canEdit} />

      {locked && (
        <Alert color="teal" icon={<IconLock size={18} aria-hidden />} title={t('lock.title')}>
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text size="sm">{t('lock.body', { status: tMain(`enums.documentStatus.${doc.status}`) })}</Text>
            <Button size="xs" variant="light" disabled={!canEdit} onClick={() => setRecording(true)}>{t('lock.recordChange')}</Button>
          </Group>
        </Alert>
      )}

      <Tabs value={tab} onChange={(value) => value && setTab(value as Tab)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="content">{t('tabs.content')}</Tabs.Tab>
          {isPrd && <Tabs.Tab value="requirements">{t('tabs.requirements')} ({doc.requirements.length})</Tabs.Tab>}
          <Tabs.Tab value="changes">{t('tabs.changes')} ({doc.changeRecords.length})</Tabs.Tab>
          <Tabs.Tab value="versions">{t('tabs.versions')} ({doc.versions.length})</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="content" pt="md">
          <DocumentBodyEditor bodyHtml={doc.bodyHtml} editable={canEdit && !locked} onCommit={(html) => run('document.body.set', { documentId, html })} />
        </Tabs.Panel>
        {isPrd && (
          <Tabs.Panel value="requirements" pt="md">
            <RequirementsPanel doc={doc} disabled={!canEdit || locked} />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="changes" pt="md">
          <ChangeLog doc={doc} disabled={!canEdit} onAdd={() => setRecording(true)} />
        </Tabs.Panel>
        <Tabs.Panel value="versions" pt="md">
          <VersionsPanel doc={doc} disabled={!canEdit} />
        </Tabs.Panel>
      </Tabs>
      <ChangeRecordModal doc={doc} record={null} opened={recording} onClose={() => setRecording(false)} />
    </Stack>
  );
}
