import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { newId } from '../../../../../shared/ids';
import { workshopParticipant, type WorkshopSession } from '../../../../../shared/schema/workshop';
import { ValidatedTextField } from '../../../kernel/ui/fields/ValidatedTextField';
import { useUndoableRemoval } from '../../../kernel/workspace/useUndoableRemoval';
import { useRun } from '../../../kernel/workspace/WorkspaceContext';
import { useT } from '../../../kernel/i18n/typedT';
import { NoteColorSelect } from './NoteColorSelect';

const MAX_PARTICIPANTS = 200;

/** Who is in the room: add by name (Enter), pick each one's note colour, rename, remove (with undo). */
export function ParticipantsSection({ workshop, disabled }: { workshop: WorkshopSession; disabled: boolean }) {
  const { t } = useT('workshop');
  const run = useRun();
  const remove = useUndoableRemoval();
  const [name, setName] = useState('');
  const full = workshop.participants.length >= MAX_PARTICIPANTS;
  const canAdd = !disabled && !full && name.trim().length > 0;

  const add = () => {
    if (!canAdd) return;
    if (run('workshop.participant.add', { workshopId: workshop.id, participantId: newId('ppl'), name: name.trim() })) setName('');
  };

  return (
    <Stack gap="sm">
      {workshop.participants.length === 0 && <Text size="sm" c="dimmed">{t('setup.noParticipants')}</Text>}
      {workshop.participants.length > 0 && (
        <Stack component="ul" gap={6} p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('setup.participants')}>
          {workshop.participants.map((participant) => (
            <Group component="li" key={participant.id} gap="xs" wrap="nowrap" data-testid="workshop-participant">
              <NoteColorSelect
                label={t('setup.color', { name: participant.name })}
                value={participant.color}
                disabled={disabled}
                onChange={(color) => run('workshop.participant.update', { workshopId: workshop.id, participantId: participant.id, fields: { color } })}
              />
              <ValidatedTextField
                label={t('setup.rename', { name: participant.name })}
                hideLabel
                description={null}
                schema={workshopParticipant.shape.name}
                value={participant.name}
                disabled={disabled}
                onCommit={(next) => run('workshop.participant.update', { workshopId: workshop.id, participantId: participant.id, fields: { name: next } })}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                disabled={disabled}
                aria-label={t('setup.removeParticipant', { name: participant.name })}
                onClick={() => remove(
                  t('setup.participantRemoved', { name: participant.name }),
                  'workshop.participant.remove',
                  { workshopId: workshop.id, participantId: participant.id },
                )}
              >
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      )}
      <form onSubmit={(event) => { event.preventDefault(); add(); }}>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label={t('setup.participantName')}
            placeholder={t('setup.participantPlaceholder')}
            value={name}
            disabled={disabled || full}
            maxLength={200}
            style={{ flex: 1 }}
            data-testid="add-participant-name"
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <Button type="submit" variant="light" leftSection={<IconPlus size={16} aria-hidden />} disabled={!canAdd}>
            {t('setup.addParticipant')}
          </Button>
        </Group>
      </form>
      {workshop.participants.length > 0 && (
        <Text size="xs" c="dimmed">{t('setup.participantCount', { count: workshop.participants.length })}</Text>
      )}
    </Stack>
  );
}
