import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { WorkshopRecordItem, WorkshopRecordNote } from '../../../../../shared/workshop/record';
import { useT } from '../../../kernel/i18n/typedT';
import { NoteSwatch } from './NoteSwatch';

/** Per step: its notes in vote order — groups (dots summed) with their notes, then loose notes. */
export function RecordNotes({ agenda }: { agenda: readonly WorkshopRecordItem[] }) {
  const { t } = useT('workshop');
  const withNotes = agenda.map((item, index) => ({ item, number: index + 1 })).filter(({ item }) => item.notes.length > 0);
  if (withNotes.length === 0) return <Text size="sm" c="dimmed">{t('record.noNotesAtAll')}</Text>;
  return (
    <Stack gap="lg">
      {withNotes.map(({ item, number }) => <StepNotes key={item.id} item={item} number={number} />)}
    </Stack>
  );
}

function StepNotes({ item, number }: { item: WorkshopRecordItem; number: number }) {
  const { t } = useT('workshop');
  const notesById = new Map(item.notes.map((note) => [note.id, note]));
  return (
    <Stack gap="xs" data-testid="record-step-notes">
      <Title order={3} size="h5">{number}. {item.title}</Title>
      <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {item.voteResults.map((result) => {
          if (result.kind === 'note') {
            const note = notesById.get(result.id);
            return note ? <li key={result.id}><NoteLine note={note} /></li> : null;
          }
          const notes = result.noteIds.map((id) => notesById.get(id)).filter((note): note is WorkshopRecordNote => note !== undefined);
          const title = notes[0]?.cluster;
          return (
            <li key={result.id}>
              <Paper withBorder radius="sm" p="xs">
                <Group justify="space-between" wrap="nowrap" mb={6}>
                  <Text size="sm" fw={600}>{title ? t('record.cluster', { title }) : t('record.untitledCluster')}</Text>
                  <VotesBadge votes={result.votes} strong />
                </Group>
                <Stack gap={4} component="ul" p={0} m={0} pl="sm" style={{ listStyle: 'none' }}>
                  {notes.map((note) => <li key={note.id}><NoteLine note={note} /></li>)}
                </Stack>
              </Paper>
            </li>
          );
        })}
      </Stack>
    </Stack>
  );
}

function NoteLine({ note }: { note: WorkshopRecordNote }) {
  const { t } = useT('workshop');
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <span style={{ paddingTop: 4 }}><NoteSwatch color={note.color} /></span>
      <Text size="sm" style={{ flex: 1, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {note.text}
        <Text span size="xs" c="dimmed"> — {note.participant ?? t('record.byRoom')}</Text>
      </Text>
      <VotesBadge votes={note.votes} />
    </Group>
  );
}

function VotesBadge({ votes, strong = false }: { votes: number; strong?: boolean }) {
  const { t } = useT('workshop');
  return (
    <Badge size="sm" variant={strong ? 'filled' : 'light'} color={votes > 0 ? 'blue' : 'gray'} tt="none" style={{ flex: 'none' }}>
      {t('record.votes', { count: votes })}
    </Badge>
  );
}
