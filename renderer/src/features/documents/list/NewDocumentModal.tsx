import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { newId } from '../../../../../shared/ids';
import { navigate } from '../../../kernel/routing/useHashRoute';
import { useOpenSession, useRun } from '../../../kernel/workspace/WorkspaceContext';
import { useTemplateChoices } from '../templates/useTemplateChoices';
import { useT } from '../../../kernel/i18n/typedT';

/**
 * Starts a document from a template: its sections become headings with the guidance as prompts.
 * `initialTemplateId` preselects a template (from the template library's "Use" button).
 */
export function NewDocumentModal({ opened, onClose, initialTemplateId }: { opened: boolean; onClose: () => void; initialTemplateId?: string }) {
  const { t } = useT('documents');
  const session = useOpenSession();
  const run = useRun();
  const { builtIn, own } = useTemplateChoices();
  const all = [...builtIn, ...own];
  const [templateId, setTemplateId] = useState<string | null>(initialTemplateId ?? builtIn.find((tpl) => tpl.kind === 'prd')?.id ?? null);
  const [title, setTitle] = useState('');
  const [product, setProduct] = useState('');
  const [author, setAuthor] = useState('');
  const strategies = session?.workspace.strategies ?? [];
  const [strategyId, setStrategyId] = useState<string | null>(null);
  const template = all.find((candidate) => candidate.id === templateId) ?? null;
  const titleMissing = title.trim().length === 0;

  const create = () => {
    if (!template || titleMissing) return;
    const documentId = newId('doc');
    // A built-in template is made in the language the list shows it in.
    const created = run('document.create', {
      documentId, templateId: template.id, language: template.language,
      title: title.trim(), author: author.trim(), product: product.trim(), strategyId,
    });
    if (created) {
      onClose();
      setTitle('');
      navigate('documents', documentId);
    }
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('create.title')} size="lg">
      <form onSubmit={(event) => { event.preventDefault(); create(); }}>
        <Stack gap="sm">
          <Select
            label={t('create.template')}
            data={[
              { group: t('create.builtIn'), items: builtIn.map((tpl) => ({ value: tpl.id, label: `${tpl.name} · ${t('create.sections', { count: tpl.sections.length })}` })) },
              ...(own.length ? [{ group: t('create.own'), items: own.map((tpl) => ({ value: tpl.id, label: `${tpl.name} · ${t('create.sections', { count: tpl.sections.length })}` })) }] : []),
            ]}
            value={templateId}
            onChange={setTemplateId}
            allowDeselect={false}
            searchable
          />
          <TextInput label={t('create.docTitle')} value={title} onChange={(event) => setTitle(event.currentTarget.value)} required data-autofocus maxLength={200} />
          <Group grow>
            <TextInput label={t('create.product')} value={product} onChange={(event) => setProduct(event.currentTarget.value)} maxLength={200} />
            <TextInput label={t('create.author')} value={author} onChange={(event) => setAuthor(event.currentTarget.value)} maxLength={200} />
          </Group>
          <Select
            label={t('create.strategy')}
            data={[{ value: '', label: t('create.noStrategy') }, ...strategies.map((s) => ({ value: s.id, label: s.name }))]}
            value={strategyId ?? ''}
            onChange={(value) => setStrategyId(value || null)}
            allowDeselect={false}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>{t('create.cancel')}</Button>
            <Button type="submit" disabled={!template || titleMissing}>{t('create.create')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
