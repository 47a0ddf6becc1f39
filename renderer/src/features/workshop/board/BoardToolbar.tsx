import { Button, Group, Text } from '@mantine/core';
import { IconArrowUpRight, IconCircleDot, IconEdit, IconLayoutGrid, IconLayoutGridRemove, IconTrash } from '@tabler/icons-react';
import { useT } from '../../../kernel/i18n/typedT';

/** The switch into (and out of) voting mode; the V key and the runner's button do the same. */
export function VotingToggle({ voting, canEdit, size, onToggle }: { voting: boolean; canEdit: boolean; size: 'xs' | 'sm'; onToggle: () => void }) {
  const { t } = useT('workshop');
  return (
    <Button
      size={size}
      variant={voting ? 'filled' : 'light'}
      color={voting ? 'orange' : undefined}
      aria-pressed={voting}
      data-testid="toggle-voting"
      leftSection={<IconCircleDot size={16} aria-hidden />}
      disabled={!canEdit}
      onClick={onToggle}
    >
      {voting ? t('board.toolbar.stopVoting') : t('board.toolbar.voting')}
    </Button>
  );
}

interface BoardToolbarProps {
  selectedCount: number;
  /** Whether any selected note belongs to a cluster (so "Ungroup" means something). */
  selectionClustered: boolean;
  canEdit: boolean;
  presentation: boolean;
  onToggleVoting: () => void;
  onGroup: () => void;
  onUngroup: () => void;
  onEdit: () => void;
  onDelete: () => void;
  onPromote: () => void;
}

/** What can be done with the selected notes, and the switch into voting mode. */
export function BoardToolbar(props: BoardToolbarProps) {
  const { selectedCount, selectionClustered, canEdit, presentation } = props;
  const { t } = useT('workshop');
  const size = presentation ? 'sm' : 'xs';
  const off = !canEdit;
  return (
    <Group gap="xs" justify="space-between">
      <Group gap="xs">
        <VotingToggle voting={false} canEdit={canEdit} size={size} onToggle={props.onToggleVoting} />
        {/* The how-to hint is for the laptop; the projector keeps its room for the notes. */}
        {(selectedCount > 0 || !presentation) && (
          <Text size={size} c="dimmed" aria-live="polite">
            {selectedCount > 0 ? t('board.toolbar.selected', { count: selectedCount }) : t('board.toolbar.hint')}
          </Text>
        )}
      </Group>
      <Group gap="xs">
        <Button size={size} variant="default" leftSection={<IconLayoutGrid size={16} aria-hidden />} disabled={off || selectedCount < 2} onClick={props.onGroup}>
          {t('board.toolbar.group')}
        </Button>
        <Button size={size} variant="default" leftSection={<IconLayoutGridRemove size={16} aria-hidden />} disabled={off || !selectionClustered} onClick={props.onUngroup}>
          {t('board.toolbar.ungroup')}
        </Button>
        <Button size={size} variant="default" leftSection={<IconEdit size={16} aria-hidden />} disabled={off || selectedCount !== 1} onClick={props.onEdit}>
          {t('board.toolbar.edit')}
        </Button>
        <Button size={size} variant="default" leftSection={<IconArrowUpRight size={16} aria-hidden />} disabled={off || selectedCount !== 1} onClick={props.onPromote}>
          {t('board.toolbar.promote')}
        </Button>
        <Button size={size} variant="light" color="red" leftSection={<IconTrash size={16} aria-hidden />} disabled={off || selectedCount === 0} onClick={props.onDelete}>
          {t('board.toolbar.delete')}
        </Button>
      </Group>
    </Group>
  );
}
