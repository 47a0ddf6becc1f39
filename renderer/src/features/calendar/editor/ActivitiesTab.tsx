import { ActionIcon, Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import { newId } from '../../../../../shared/ids';
import { activity as activitySchema } from '../../../../../shared/schema/campaign';
import { DateRangeFields } from './DateRangeFields';
import { newActivity, type ActivityFields } from '../../../../../shared/calendar/campaignEdits';
import type { Activity } from './campaignRecords';
import type { CampaignFormProps } from './editorTypes';

const LEVELS = ['milestone', 'event', 'task'] as const;
type Level = (typeof LEVELS)[number];

/** The campaign's milestones, main events and tasks; each change is one edit, removal can be undone. */
export function ActivitiesTab(props: CampaignFormProps) {
  const { campaign, change, canEdit } = props;
  const { t } = useT('calendar');
  const add = () => {
    const created = newActivity(newId('act'), campaign, t('editor.activities.newTitle'));
    change.addActivity(created);
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">{t('editor.activities.hint')}</Text>
      {campaign.activities.length === 0 && <Text size="sm">{t('editor.activities.empty')}</Text>}
      {campaign.activities.map((activity, index) => (
        <ActivityRow key={activity.id} form={props} activity={activity} number={index + 1} />
      ))}
      <Group>
        <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} disabled={!canEdit} onClick={add}>{t('editor.activities.add')}</Button>
      </Group>
    </Stack>
  );
}

function ActivityRow({ form, activity, number }: { form: CampaignFormProps; activity: Activity; number: number }) {
  const { t } = useT('calendar');
  const { change, canEdit, removeActivity } = form;
  const edit = (fields: ActivityFields) => change.updateActivity(activity.id, fields);
  const name = activity.title.trim() || t('editor.activities.untitled', { number });

  return (
    <Paper withBorder p="sm" radius="md" role="group" aria-label={name}>
      <Stack gap="xs">
        <Group align="flex-start" wrap="nowrap" gap="sm">
          <Select w={150} label={t('editor.activities.level')} value={activity.level} allowDeselect={false} disabled={!canEdit}
            data={LEVELS.map((level) => ({ value: level, label: t(`activityLevels.${level}`) }))} comboboxProps={{ withinPortal: true }}
            onChange={(next) => { const level = LEVELS.find((l) => l === next) as Level | undefined; if (level && level !== activity.level) edit({ level }); }} />
          <DraftText label={t('editor.activities.itemTitle')} value={activity.title} required disabled={!canEdit} flex={1}
            onCommit={(title) => edit({ title })} />
          <DraftText label={t('editor.owner')} value={activity.owner} disabled={!canEdit} w={160}
            onCommit={(owner) => edit({ owner })} />
          <ActionIcon variant="subtle" color="red" mt={26} disabled={!canEdit} aria-label={t('editor.activities.remove', { title: name })}
            onClick={() => removeActivity(activity)}>
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DateRangeFields allowEndBeforeStart={form.isNew} startLabel={t('editor.startDate')} endLabel={t('editor.endDate')} start={activity.startDate} end={activity.endDate}
            disabled={!canEdit} onCommit={(startDate, endDate) => change.rescheduleActivity(activity.id, startDate, endDate)} />
          <Checkbox mt={30} label={t('editor.activities.done')} checked={activity.done} disabled={!canEdit}
            onChange={(event) => { const done = event.currentTarget.checked; edit({ done }); }} />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

interface DraftTextProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  required?: boolean;
  disabled?: boolean;
  w?: number;
  flex?: number;
}

/** A compact text field: a draft while typing, saved on Enter or leaving, a blank required title kept unsaved with a message. */
function DraftText({ label, value, onCommit, required, disabled, w, flex }: DraftTextProps) {
  const { t } = useT('app');
  const [draft, setDraft] = useState(value);
  const [stored, setStored] = useState(value);
  const [editing, setEditing] = useState(false);
  if (stored !== value) {
    setStored(value);
    if (!editing) setDraft(value);
  }
  const schema = required ? activitySchema.shape.title : activitySchema.shape.owner;
  const error = required && draft.trim() === '' ? t('fields.required') : null;
  const commit = () => {
    if (error === null && draft !== value && schema.safeParse(draft).success) onCommit(draft);
  };
  return (
    <TextInput label={label} value={draft} error={error} disabled={disabled} w={w} style={flex ? { flex } : undefined} maxLength={200} required={required}
      onChange={(event) => setDraft(event.currentTarget.value)} onFocus={() => setEditing(true)}
      onBlur={() => { setEditing(false); commit(); }}
      onKeyDown={(event) => { if (event.key === 'Enter') commit(); if (event.key === 'Escape') setDraft(value); }} />
  );
}
