import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { nextRequirementKey, priorityValues, REQUIREMENT_STATUSES } from '../../../../../shared/documents/requirements';
import { newId } from '../../../../../shared/ids';
import { requirement as requirementSchema, type ProductDocument, type Requirement } from '../../../../../shared/schema/document';
import { useOpenSession, useRun } from '../../../kernel/workspace/WorkspaceContext';
import { useT } from '../../../kernel/i18n/typedT';

type Fields = Omit<Requirement, 'id' | 'key'>;

const EMPTY: Fields = { title: '', description: '', priority: 'should', acceptanceCriteria: '', status: 'proposed', owner: '', personaOrSegmentId: null };

/** Adds or edits one requirement. The ID is given on save and never reused. */
export function RequirementModal({ doc, requirement, onClose, segmentOptions }: {
  doc: ProductDocument;
  requirement: Requirement | 'new' | null;
  onClose: () => void;
  segmentOptions: { group: string; items: { value: string; label: string }[] }[];
}) {
  const { t } = useT('documents');
  const opened = requirement !== null;
  const title = requirement === 'new' ? t('requirements.add') : requirement ? t('requirements.edit', { key: requirement.key }) : '';
  return (
    <Modal opened={opened} onClose={onClose} size="lg" title={title}>
      {opened && <RequirementForm key={requirement === 'new' ? 'new' : requirement.id} doc={doc} requirement={requirement} onClose={onClose} segmentOptions={segmentOptions} />}
    </Modal>
  );
}

function RequirementForm({ doc, requirement, onClose, segmentOptions }: {
  doc: ProductDocument;
  requirement: Requirement | 'new';
  onClose: () => void;
  segmentOptions: { group: string; items: { value: string; label: string }[] }[];
}) {
  const { t } = useT('documents');
  const session = useOpenSession();
  const run = useRun();
  const scheme = session?.workspace.settings.requirementPriorityScheme ?? 'moscow';
  const isNew = requirement === 'new';
  const key = isNew ? nextRequirementKey(doc) : requirement.key;
  const [draft, setDraft] = useState<Fields>(() => {
    if (!isNew) {
      const { id: _id, key: _key, ...fields } = requirement;
      return fields;
    }
    return { ...EMPTY, priority: scheme === 'p0-p3' ? 'P1' : 'should' };
  });
  const set = <K extends keyof Fields>(field: K, value: Fields[K]) => setDraft((current) => ({ ...current, [field]: value }));
  const check = requirementSchema.safeParse({ ...draft, id: 'check', key });
  const titleMissing = draft.title.trim().length === 0;

  const save = () => {
    if (!check.success) return;
    // The REQ-key is given by the operation, from the document as it is then.
    const saved = isNew
      ? run('document.requirement.add', { documentId: doc.id, requirementId: newId('req'), fields: draft })
      : run('document.requirement.update', { documentId: doc.id, requirementId: requirement.id, fields: draft });
    if (saved) onClose();
  };

  return (
    <form onSubmit={(event) => { event.preventDefault(); save(); }}>
      <Stack gap="sm">
        <TextInput
          label={`${key} · ${t('requirements.form.title')}`}
          value={draft.title}
          onChange={(event) => set('title', event.currentTarget.value)}
          required
          data-autofocus
          maxLength={200}
        />
        <Textarea label={t('requirements.form.description')} value={draft.description} onChange={(event) => set('description', event.currentTarget.value)} autosize minRows={2} maxRows={8} maxLength={2000} />
        <Textarea label={t('requirements.form.acceptance')} value={draft.acceptanceCriteria} onChange={(event) => set('acceptanceCriteria', event.currentTarget.value)} autosize minRows={2} maxRows={8} maxLength={2000} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('requirements.priority')}
            data={priorityValues(scheme).map((value) => ({ value, label: t(`requirements.priorities.${value}`) }))}
            value={draft.priority}
            onChange={(value) => value && set('priority', value as Requirement['priority'])}
            allowDeselect={false}
          />
          <Select
            label={t('requirements.status')}
            data={REQUIREMENT_STATUSES.map((value) => ({ value, label: t(`requirements.statuses.${value}`) }))}
            value={draft.status}
            onChange={(value) => value && set('status', value as Requirement['status'])}
            allowDeselect={false}
          />
          <TextInput label={t('requirements.owner')} value={draft.owner} onChange={(event) => set('owner', event.currentTarget.value)} maxLength={200} />
          <Select
            label={t('requirements.form.segment')}
            data={[{ group: '', items: [{ value: '', label: t('requirements.form.none') }] }, ...segmentOptions]}
            value={draft.personaOrSegmentId ?? ''}
            onChange={(value) => set('personaOrSegmentId', value || null)}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('requirements.form.cancel')}</Button>
          <Button type="submit" disabled={titleMissing || !check.success}>{t('requirements.form.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
