import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import type { DocumentTemplate } from '../../../../../shared/schema/document';
import { hrefFor } from '../../../kernel/routing/route';
import { PageHeader } from '../../../kernel/ui/PageHeader';
import { useUndoableRemoval } from '../../../kernel/workspace/useUndoableRemoval';
import { useCanEdit } from '../../../kernel/workspace/WorkspaceContext';
import { NewDocumentModal } from '../list/NewDocumentModal';
import { TemplateEditorModal } from './TemplateEditorModal';
import { useTemplateChoices } from './useTemplateChoices';

/** Built-in templates (read-only) and the team's own (edit, delete with undo); any can start a document. */
export function TemplateLibrary() {
  const { t } = useT('documents');
  const canEdit = useCanEdit();
  const remove = useUndoableRemoval();
  const { builtIn, own } = useTemplateChoices();
  const [using, setUsing] = useState<string | null>(null);
  const [editing, setEditing] = useState<DocumentTemplate | null>(null);

  const card = (template: DocumentTemplate, mine: boolean) => (
    <Card key={template.id} withBorder radius="md" padding="md" component="article" aria-label={template.name}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Title order={3} size="h5">{template.name}</Title>
        <KindBadge template={template} />
      </Group>
      <Text size="sm" c="dimmed" mt={6} lineClamp={3}>{template.sections.map((s) => s.title).join(' · ')}</Text>
      <Group gap="xs" mt="md">
        <Button size="xs" disabled={!canEdit} onClick={() => setUsing(template.id)}>{t('templatesPage.use')}</Button>
        {mine && (
          <>
            <Button size="xs" variant="default" disabled={!canEdit} onClick={() => setEditing(template)}>{t('templatesPage.edit')}</Button>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              disabled={!canEdit}
              onClick={() => remove(t('templatesPage.deleted', { name: template.name }), 'template.remove', { templateId: template.id })}
            >
              {t('templatesPage.delete')}
            </Button>
          </>
        )}
      </Group>
    </Card>
  );

  return (
    <Stack gap="md">
      <Anchor href={hrefFor('documents')} size="sm"><Group gap={4}><IconArrowLeft size={14} aria-hidden />{t('backToList')}</Group></Anchor>
      <PageHeader title={t('templatesPage.title')} subtitle={t('templatesPage.subtitle')} />
      <Title order={2} size="h4">{t('templatesPage.builtIn')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>{builtIn.map((template) => card(template, false))}</SimpleGrid>
      <Title order={2} size="h4">{t('templatesPage.own')}</Title>
      {own.length === 0 ? <Text c="dimmed">{t('templatesPage.noOwn')}</Text> : <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>{own.map((template) => card(template, true))}</SimpleGrid>}
      {using && <NewDocumentModal opened onClose={() => setUsing(null)} initialTemplateId={using} />}
      <TemplateEditorModal template={editing} onClose={() => setEditing(null)} />
    </Stack>
  );
}

function KindBadge({ template }: { template: DocumentTemplate }) {
  const { t } = useT('app');
  return <Badge variant="outline" color="gray" style={{ flexShrink: 0 }}>{t(`enums.documentKind.${template.kind}`)}</Badge>;
}
