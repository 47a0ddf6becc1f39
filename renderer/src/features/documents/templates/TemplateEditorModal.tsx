import { ActionIcon, Alert, Button, Group, Modal, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import { validateTemplateDraft } from '../../../../../shared/documents/templates/templateDraft';
import { jsonEqual } from '../../../../../shared/ops/changeSet';
import { newId } from '../../../../../shared/ids';
import { documentKind, type DocumentKind, type DocumentTemplate } from '../../../../../shared/schema/document';
import type { UiLanguage } from '../../../../../shared/schema/primitives';
import { useOpenSession, useRun } from '../../../kernel/workspace/WorkspaceContext';

/**
 * Edits one of the team's own templates (or a new one made from a document): name, type,
 * language and the sections with their guidance. Saving is refused with a message while the
 * template has no section or a section has no title.
 */
export function TemplateEditorModal({ template, onClose }: { template: DocumentTemplate | null; onClose: () => void }) {
  const { t } = useT('documents');
  return (
    <Modal opened={template !== null} onClose={onClose} size="xl" title={t('templatesPage.saveAsTitle')}>
      {template && <TemplateForm key={template.id} template={template} onClose={onClose} />}
    </Modal>
  );
}

function TemplateForm({ template, onClose }: { template: DocumentTemplate; onClose: () => void }) {
  const { t } = useT('documents');
  const { t: tMain } = useT('app');
  const session = useOpenSession();
  const run = useRun();
  const [name, setName] = useState(template.name);
  const [kind, setKind] = useState<DocumentKind>(template.kind);
  const [language, setLanguage] = useState<UiLanguage>(template.language);
  const [sections, setSections] = useState(template.sections.map((s) => ({ ...s })));
  const [tried, setTried] = useState(false);
  const issues = validateTemplateDraft({ name, sections });
  const issueAt = (field: string) => (tried ? issues.find((issue) => issue.field === field) : undefined);

  const update = (index: number, patch: Partial<{ title: string; guidance: string }>) =>
    setSections((current) => current.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  const move = (index: number, by: number) => setSections((current) => {
    const next = [...current];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    return next;
  });

  const save = () => {
    setTried(true);
    if (issues.length > 0) return;
    const fields = { name: name.trim(), kind, language, sections: sections.map(({ id, title, guidance }) => ({ id, title, guidance })) };
    const current = session?.workspace.templates.find((candidate) => candidate.id === template.id);
    let ok: boolean;
    if (!current) ok = run('template.create', { template: { id: template.id, ...fields } });
    else {
      // Saved unchanged: nothing to do, but the editor closes as after any save.
      const unchanged = !current.builtIn && jsonEqual({ name: current.name, kind: current.kind, language: current.language, sections: current.sections }, fields);
      ok = unchanged || run('template.update', { templateId: template.id, fields });
    }
    if (ok) {
      notifications.show({ color: 'teal', message: t('templatesPage.saved', { name: fields.name }) });
      onClose();
    }
  };

  const needsSection = issueAt('sections')?.reason === 'template-needs-section' || (sections.length === 0);

  return (
    <form onSubmit={(event) => { event.preventDefault(); save(); }}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={t('templatesPage.name')} value={name} onChange={(event) => setName(event.currentTarget.value)} required maxLength={200} error={issueAt('name') ? t('templatesPage.nameRequired') : undefined} data-autofocus />
          <Select label={t('meta.kind')} data={documentKind.options.map((value) => ({ value, label: tMain(`enums.documentKind.${value}`) }))} value={kind} onChange={(value) => value && setKind(value as DocumentKind)} allowDeselect={false} />
          <Select label={t('templatesPage.language')} data={[{ value: 'en', label: 'English' }, { value: 'zh-CN', label: '中文' }]} value={language} onChange={(value) => value && setLanguage(value as UiLanguage)} allowDeselect={false} />
        </SimpleGrid>
        <Text fw={600}>{t('templatesPage.sections')}</Text>
        {needsSection && <Alert color={tried ? 'red' : 'yellow'} role={tried ? 'alert' : undefined}>{t('templatesPage.needsSection')}</Alert>}
        {sections.map((section, index) => (
          <Paper key={section.id} withBorder p="sm" radius="md">
            <Group align="flex-start" wrap="nowrap" gap="sm">
              <Stack gap="xs" style={{ flex: 1 }}>
                <TextInput
                  label={`${index + 1}. ${t('templatesPage.sectionTitle')}`}
                  value={section.title}
                  onChange={(event) => update(index, { title: event.currentTarget.value })}
                  maxLength={200}
                  error={issueAt(`sections.${index}.title`) ? t('templatesPage.sectionTitleRequired') : undefined}
                />
                <Textarea label={t('templatesPage.guidance')} value={section.guidance} onChange={(event) => update(index, { guidance: event.currentTarget.value })} autosize minRows={1} maxRows={4} maxLength={2000} />
              </Stack>
              <Stack gap={2}>
                <ActionIcon variant="subtle" aria-label={`${t('templatesPage.moveUp')} ${index + 1}`} disabled={index === 0} onClick={() => move(index, -1)}><IconArrowUp size={16} aria-hidden /></ActionIcon>
                <ActionIcon variant="subtle" aria-label={`${t('templatesPage.moveDown')} ${index + 1}`} disabled={index === sections.length - 1} onClick={() => move(index, 1)}><IconArrowDown size={16} aria-hidden /></ActionIcon>
                <ActionIcon variant="subtle" color="red" aria-label={`${t('templatesPage.removeSection')} ${index + 1}`} onClick={() => setSections((current) => current.filter((_, i) => i !== index))}><IconTrash size={16} aria-hidden /></ActionIcon>
              </Stack>
            </Group>
          </Paper>
        ))}
        <Group justify="space-between">
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setSections((current) => [...current, { id: newId('tsec'), title: '', guidance: '' }])}>{t('templatesPage.addSection')}</Button>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>{t('templatesPage.cancel')}</Button>
            <Button type="submit">{t('templatesPage.save')}</Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
