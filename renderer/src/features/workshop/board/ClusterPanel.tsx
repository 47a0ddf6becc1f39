import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowUpRight, IconCheck, IconLayoutGridRemove } from '@tabler/icons-react';
import { useT } from '../../../kernel/i18n/typedT';
import { shortText } from '../../../../../shared/schema/primitives';
import type { NoteCluster, StickyNote, WorkshopSession } from '../../../../../shared/schema/workshop';
import { ValidatedTextField } from '../../../kernel/ui/fields/ValidatedTextField';

interface ClusterPanelProps {
  workshop: WorkshopSession;
  clusters: NoteCluster[];
  notes: StickyNote[];
  canEdit: boolean;
  presentation: boolean;
  onRename: (clusterId: string, title: string) => void;
  onUngroup: (clusterId: string) => void;
  onPromote: (clusterId: string) => void;
}

/** The step's groups as a list: name each one, see its notes and dots, promote or dissolve it. */
export function ClusterPanel({ workshop, clusters, notes, canEdit, presentation, onRename, onUngroup, onPromote }: ClusterPanelProps) {
  const { t } = useT('workshop');
  if (clusters.length === 0) return null;
  const size = presentation ? 'sm' : 'xs';
  return (
    <Stack gap="xs" data-testid="cluster-panel">
      <Title order={3} size={presentation ? 'h3' : 'h5'}>{t('board.cluster.heading')}</Title>
      {clusters.map((cluster) => {
        const members = notes.filter((note) => note.clusterId === cluster.id);
        const memberIds = new Set(members.map((note) => note.id));
        const dots = workshop.votes.filter((vote) => memberIds.has(vote.noteId)).length;
        const promoted = workshop.decisions.some((decision) => decision.clusterId === cluster.id);
        return (
          <Paper key={cluster.id} withBorder p="xs" radius="md" data-testid="cluster-item" data-cluster-id={cluster.id}>
            <Stack gap={6}>
              <ValidatedTextField
                label={t('board.cluster.title')}
                placeholder={t('board.cluster.untitled')}
                value={cluster.title}
                schema={shortText}
                description={null}
                disabled={!canEdit}
                onCommit={(title) => onRename(cluster.id, title)}
              />
              <Group gap={6}>
                <Badge variant="light" size={presentation ? 'lg' : 'sm'}>{t('board.cluster.notes', { count: members.length })}</Badge>
                <Badge variant="light" color="orange" size={presentation ? 'lg' : 'sm'}>{t('board.cluster.dots', { count: dots })}</Badge>
                {promoted && (
                  <Badge color="green" size={presentation ? 'lg' : 'sm'} leftSection={<IconCheck size={12} aria-hidden />}>{t('board.note.promoted')}</Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed" lineClamp={2}>{members.map((note) => note.text).join(' · ')}</Text>
              {canEdit && (
                <Group gap={6}>
                  <Button size={size} variant="light" leftSection={<IconArrowUpRight size={14} aria-hidden />} onClick={() => onPromote(cluster.id)}>
                    {t('board.toolbar.promote')}
                  </Button>
                  <Button size={size} variant="subtle" leftSection={<IconLayoutGridRemove size={14} aria-hidden />} onClick={() => onUngroup(cluster.id)}>
                    {t('board.toolbar.ungroup')}
                  </Button>
                </Group>
              )}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
