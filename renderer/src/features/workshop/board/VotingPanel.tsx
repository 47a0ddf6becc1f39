import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowUpRight } from '@tabler/icons-react';
import { useT } from '../../../kernel/i18n/typedT';
import type { WorkshopSession } from '../../../../../shared/schema/workshop';
import { votesLeft, type VoteResult } from '../../../../../shared/workshop/votes';
import { VotingToggle } from './BoardToolbar';
import { ParticipantPicker } from './ParticipantPicker';

interface VotingBarProps {
  workshop: WorkshopSession;
  agendaItemId: string;
  voterId: string | null;
  onVoter: (participantId: string | null) => void;
  onStop: () => void;
  canEdit: boolean;
  presentation: boolean;
}

/** Who is voting now, everybody's dots left on this step, and a clear word when one has none left. */
export function VotingBar({ workshop, agendaItemId, voterId, onVoter, onStop, canEdit, presentation }: VotingBarProps) {
  const { t } = useT('workshop');
  const voter = workshop.participants.find((p) => p.id === voterId) ?? null;
  const left = voter ? votesLeft(workshop, voter.id, agendaItemId) : 0;
  return (
    <Paper withBorder p="sm" radius="md" data-testid="voting-bar" style={presentation ? { borderWidth: 2, borderColor: '#000' } : undefined}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          {workshop.participants.length === 0 ? (
            <Text size="sm">{t('board.vote.noParticipants')}</Text>
          ) : (
            <ParticipantPicker
              label={t('board.vote.voter')}
              participants={workshop.participants}
              value={voterId}
              onChange={onVoter}
              allowRoom={false}
              size={presentation ? 'sm' : 'xs'}
              suffix={(p) => t('board.vote.leftShort', { left: votesLeft(workshop, p.id, agendaItemId), total: workshop.votesPerParticipant })}
            />
          )}
          <VotingToggle voting canEdit={canEdit} size={presentation ? 'sm' : 'xs'} onToggle={onStop} />
        </Group>
        <Text size={presentation ? 'md' : 'sm'} role="status" data-testid="voting-status">
          {voter === null
            ? t('board.vote.chooseVoter')
            : left > 0
              ? t('board.vote.instructions', { name: voter.name, count: left })
              : null}
        </Text>
        {voter !== null && left === 0 && (
          <Alert color="orange" p="xs" data-testid="no-votes-left">{t('board.vote.noneLeft', { name: voter.name })}</Alert>
        )}
      </Stack>
    </Paper>
  );
}

interface VoteResultsProps {
  results: VoteResult[];
  promotedNoteIds: ReadonlySet<string>;
  promotedClusterIds: ReadonlySet<string>;
  canEdit: boolean;
  presentation: boolean;
  onPromote: (result: VoteResult) => void;
}

/** The step's ranking, most dots first; a group counts the dots of all its notes. */
export function VoteResults({ results, promotedNoteIds, promotedClusterIds, canEdit, presentation, onPromote }: VoteResultsProps) {
  const { t } = useT('workshop');
  return (
    <Stack gap="xs" data-testid="vote-results">
      <Title order={3} size={presentation ? 'h3' : 'h5'}>{t('board.vote.results')}</Title>
      {results.length === 0 && <Text size="sm" c="dimmed">{t('board.vote.noResults')}</Text>}
      <Stack component="ol" gap={6} p={0} m={0} style={{ listStyle: 'none' }}>
        {results.map((result) => {
          const promoted = result.kind === 'cluster' ? promotedClusterIds.has(result.id) : promotedNoteIds.has(result.id);
          return (
            <Group key={result.id} component="li" gap="xs" wrap="nowrap" data-testid="vote-result" data-votes={result.votes}>
              <Badge size={presentation ? 'xl' : 'lg'} color={result.votes > 0 ? 'orange' : 'gray'} variant="filled" style={{ minWidth: 40 }}>
                {result.votes}
              </Badge>
              <Text size={presentation ? 'lg' : 'sm'} style={{ flex: 1 }} lineClamp={3} fw={result.kind === 'cluster' ? 700 : 400}>
                {result.kind === 'cluster' ? `${t('board.vote.groupPrefix')} ${result.text || t('board.cluster.untitled')}` : result.text}
              </Text>
              {promoted ? (
                <Badge color="green" variant="light">{t('board.note.promoted')}</Badge>
              ) : canEdit && result.text.trim() !== '' ? (
                <Button size="compact-xs" variant="light" leftSection={<IconArrowUpRight size={12} aria-hidden />} onClick={() => onPromote(result)}>
                  {t('board.vote.promoteShort')}
                </Button>
              ) : null}
            </Group>
          );
        })}
      </Stack>
    </Stack>
  );
}
