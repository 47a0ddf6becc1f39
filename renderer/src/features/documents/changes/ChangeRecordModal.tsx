import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { emptyChangeRecord, validateChangeRecord, type ChangeRecordField } from '../../../../../shared/documents/changeControl';
import { newId } from '../../../../../shared/ids';
import type { ChangeRecord, ProductDocument } from '../../../../../shared/schema/document';
import { DateField } from '../../../kernel/ui/fields/DateField';
import { useRun } from '../../../kernel/workspace/WorkspaceContext';
import { useT } from '../../../kernel/i18n/typedT';
import { todayIso } from '../../../kernel/dates/todayIso';

/** Records a new change or edits one (decision, approver). Nothing is saved while a rule is broken. */
export function ChangeRecordModal({ doc, record, opened, onClose }: { doc: ProductDocument; record: ChangeRecord | null; opened: boolean; onClose: () => void }) {
  const { t } = useT('documents');
  return (
    <Modal opened={opened} onClose={onClose} size="lg" title={record ? t('changes.edit') : t('changes.form.title')}>
      {opened && <ChangeRecordForm key={record?.id ?? 'new'} doc={doc} record={record} onClose={onClose} />}
    </Modal>
  );
}

function ChangeRecordForm({ doc, record, onClose }: { doc: ProductDocument; record: ChangeRecord | null; onClose: () => void }) {
  const { t } = useT('documents');
  const run = useRun();
  const [draft, setDraft] = useState<ChangeRecord>(() => record ?? emptyChangeRecord(newId('chg'), todayIso()));
  const [tried, setTried] = useState(false);
  const issues = validateChangeRecord(draft);
  const errorFor = (field: ChangeRecordField) => {
    if (!tried) return undefined;
    const issue = issues.find((candidate) => candidate.field === field);
    if (!issue) return undefined;
    return issue.reason === 'too-long' ? t('changes.errors.required') : t(`changes.errors.${issue.reason}`);
  };
  const set = <K extends keyof ChangeRecord>(field: K, value: ChangeRecord[K]) => setDraft((current) => ({ ...current, [field]: value }));

  const save = () => {
    setTried(true);
    if (issues.length > 0) return;
    const { id: recordId, ...fields } = draft;
    const saved = record
      ? run('document.changeRecord.update', { documentId: doc.id, recordId, fields })
      : run('document.changeRecord.add', { documentId: doc.id, record: draft });
    if (saved) onClose();
  };

  const text = (field: 'description' | 'reason' | 'impact' | 'implementationPlan', label: string, required = false) => (
    <Textarea label={label} value={draft[field]} onChange={(event) => set(field, event.currentTarget.value)} error={errorFor(field)} required={required} autosize minRows={2} maxRows={6} maxLength={2000} />
  );

  return (
    <form onSubmit={(event) => { event.preventDefault(); save(); }}>
      <Stack gap="sm">
        {text('description', t('changes.form.description'), true)}
        {text('reason', t('changes.form.reason'), true)}
        {text('impact', t('changes.form.impact'))}
        {text('implementationPlan', t('changes.form.plan'))}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('changes.form.requestedBy')} value={draft.requestedBy} onChange={(event) => set('requestedBy', event.currentTarget.value)} error={errorFor('requestedBy')} required maxLength={200} />
          <TextInput label={t('changes.form.approver')} value={draft.approver} onChange={(event) => set('approver', event.currentTarget.value)} error={errorFor('approver')} maxLength={200} />
          <Select
            label={t('changes.form.decision')}
            data={(['pending', 'approved', 'rejected'] as const).map((value) => ({ value, label: t(`changes.decisions.${value}`) }))}
            value={draft.decision}
            onChange={(value) => value && set('decision', value as ChangeRecord['decision'])}
            allowDeselect={false}
          />
          <DateField label={t('changes.form.date')} value={draft.date} onCommit={(value) => value && set('date', value)} />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('changes.form.cancel')}</Button>
          <Button type="submit">{t('changes.form.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
