import { Box, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import { newId } from '../../../../../shared/ids';
import type { NoteColor } from '../../../../../shared/schema/workshop';
import { clustersOf, notesOf } from '../../../../../shared/workshop/notes';
import { defaultTarget, type PromotionSource } from '../../../../../shared/workshop/promotion';
import { voteResults, votesLeft } from '../../../../../shared/workshop/votes';
import { useUndoableRemoval } from '../../../kernel/workspace/useUndoableRemoval';
import { NEW_NOTE_EVENT, TOGGLE_VOTING_EVENT } from '../run/runEvents';
import { BoardCanvas } from './BoardCanvas';
import { BoardToolbar } from './BoardToolbar';
import { CaptureBar } from './CaptureBar';
import { ClusterPanel } from './ClusterPanel';
import { ParticipantPicker } from './ParticipantPicker';
import { PromoteDialog } from './PromoteDialog';
import { usePromotion } from './usePromotion';
import { useWorkshop } from './useWorkshop';
import { VoteResults, VotingBar } from './VotingPanel';

interface StepBoardProps { workshopId: string; agendaItemId: string; presentation?: boolean }

/**
 * The sticky-note board of one agenda item: quick capture, moving, grouping, editing and
 * deleting notes, dot voting and promoting a note or group to the strategy canvas.
 */
export function StepBoard({ workshopId, agendaItemId, presentation = false }: StepBoardProps) {
  const { t } = useT('workshop');
  const { workspace, workshop, canEdit, run } = useWorkshop(workshopId);
  const removeUndoably = useUndoableRemoval();
  const captureRef = useRef<HTMLInputElement>(null);
  const [participantId, setParticipantId] = useState<string | null>(null);
  const [themeColor, setThemeColor] = useState<NoteColor | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editingId, setEditingId] = useState<string | null>(null);
  const [voting, setVoting] = useState(false);
  const [promoting, setPromoting] = useState<PromotionSource | null>(null);
  const promoteTo = usePromotion(workshopId);

  // The runner's N and V keys (and its presentation buttons) arrive as window events.
  useEffect(() => {
    const focusCapture = () => {
      setVoting(false);
      // At once when the field is on screen, so the first letters typed after N are not lost;
      // otherwise after the re-render that shows it again (voting hides it).
      if (captureRef.current?.isConnected) captureRef.current.focus();
      else requestAnimationFrame(() => captureRef.current?.focus());
    };
    const toggleVoting = () => setVoting((on) => !on);
    window.addEventListener(NEW_NOTE_EVENT, focusCapture);
    window.addEventListener(TOGGLE_VOTING_EVENT, toggleVoting);
    return () => {
      window.removeEventListener(NEW_NOTE_EVENT, focusCapture);
      window.removeEventListener(TOGGLE_VOTING_EVENT, toggleVoting);
    };
  }, []);

  const item = workshop?.agenda.find((entry) => entry.id === agendaItemId) ?? null;
  if (!workspace || !workshop || !item) return <Text c="dimmed">{t('board.board.missing')}</Text>;

  const notes = notesOf(workshop, agendaItemId);
  const clusters = clustersOf(workshop, agendaItemId);
  const noteIds = new Set(notes.map((note) => note.id));
  // Selection may hold notes that were deleted or undone away meanwhile; only live ones count.
  const liveSelection = new Set([...selected].filter((id) => noteIds.has(id)));
  const selectedNotes = notes.filter((note) => liveSelection.has(note.id));
  const promotedNoteIds = new Set(workshop.decisions.flatMap((decision) => decision.noteIds));
  const promotedClusterIds = new Set(workshop.decisions.flatMap((decision) => (decision.clusterId ? [decision.clusterId] : [])));
  const voter = workshop.participants.some((p) => p.id === participantId) ? participantId : null;
  const author = voter;

  const add = (text: string) => {
    run('workshop.note.add', { workshopId, noteId: newId('note'), agendaItemId, text, participantId: author, color: themeColor ?? undefined });
  };

  const select = (noteId: string, additive: boolean) => {
    setSelected(() => {
      if (!additive) return new Set([noteId]);
      const next = new Set(liveSelection);
      if (next.has(noteId)) next.delete(noteId);
      else next.add(noteId);
      return next;
    });
  };

  const deleteSelected = () => {
    if (selectedNotes.length === 0) return;
    const ids = selectedNotes.map((note) => note.id);
    const message = ids.length === 1
      ? t('board.note.deletedOne', { text: selectedNotes[0]!.text.slice(0, 40) })
      : t('board.note.deletedMany', { count: ids.length });
    removeUndoably(message, 'workshop.note.remove', { workshopId, noteIds: ids });
    setSelected(new Set());
  };

  const group = () => {
    if (selectedNotes.length < 2) return;
    run('workshop.note.group', { workshopId, noteIds: selectedNotes.map((note) => note.id), clusterId: newId('cls'), title: '' });
  };

  const ungroupSelection = () => {
    const clusterIds = [...new Set(selectedNotes.flatMap((note) => (note.clusterId ? [note.clusterId] : [])))];
    if (clusterIds.length > 0) run('workshop.cluster.ungroup', { workshopId, clusterIds });
  };

  const vote = (noteId: string) => {
    if (!voter) {
      notifications.show({ message: t('board.vote.chooseVoter') });
      return;
    }
    const note = workshop.notes.find((candidate) => candidate.id === noteId);
    if (!note) return;
    // Said here in the board's words; the operation refuses a dot too many as well.
    if (votesLeft(workshop, voter, note.agendaItemId) === 0) {
      const name = workshop.participants.find((p) => p.id === voter)?.name ?? '';
      notifications.show({ color: 'orange', message: t('board.vote.noneLeft', { name }) });
      return;
    }
    run('workshop.vote.cast', { workshopId, voteId: newId('vote'), participantId: voter, noteId });
  };

  const withdraw = (noteId: string) => {
    if (voter) run('workshop.vote.withdraw', { workshopId, participantId: voter, noteId });
  };

  const onBoardKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
    if ((event.key === 'Delete' || event.key === 'Backspace') && canEdit && !voting && selectedNotes.length > 0) {
      event.preventDefault();
      event.stopPropagation();
      deleteSelected();
    } else if (event.key === 'Escape' && liveSelection.size > 0) {
      event.stopPropagation();
      setSelected(new Set());
    }
  };

  const size = presentation ? 'sm' : 'xs';
  const results = voting ? voteResults(workshop, agendaItemId) : [];

  return (
    <Stack gap="sm" data-testid="step-board" data-agenda-item-id={agendaItemId} data-presentation={presentation || undefined} onKeyDown={onBoardKeyDown}>
      {voting ? (
        <VotingBar
          workshop={workshop} agendaItemId={agendaItemId} voterId={voter} onVoter={setParticipantId}
          onStop={() => setVoting(false)} canEdit={canEdit} presentation={presentation}
        />
      ) : (
        <Stack gap={6}>
          {workshop.participants.length > 0 && (
            <ParticipantPicker label={t('board.participant.author')} participants={workshop.participants} value={author} onChange={setParticipantId} allowRoom size={size} />
          )}
          <CaptureBar inputRef={captureRef} themeColor={themeColor} onThemeColor={setThemeColor} onAdd={add} disabled={!canEdit} presentation={presentation} />
        </Stack>
      )}
      {!voting && (
        <BoardToolbar
          selectedCount={selectedNotes.length}
          selectionClustered={selectedNotes.some((note) => note.clusterId !== null)}
          canEdit={canEdit}
          presentation={presentation}
          onToggleVoting={() => setVoting(true)}
          onGroup={group}
          onUngroup={ungroupSelection}
          onEdit={() => { if (selectedNotes.length === 1) setEditingId(selectedNotes[0]!.id); }}
          onDelete={deleteSelected}
          onPromote={() => { if (selectedNotes.length === 1) setPromoting({ noteId: selectedNotes[0]!.id }); }}
        />
      )}
      <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <Box style={{ flex: '1 1 520px', minWidth: 0 }}>
          <BoardCanvas
            workshop={workshop}
            notes={notes}
            clusters={clusters}
            presentation={presentation}
            canEdit={canEdit}
            selected={voting ? new Set<string>() : liveSelection}
            editingId={editingId}
            promotedIds={promotedNoteIds}
            voting={voting}
            voterId={voter}
            onSelect={select}
            onClearSelection={() => setSelected(new Set())}
            onMove={(positions) => {
              const moved = [...positions].map(([noteId, position]) => ({ noteId, x: position.x, y: position.y }));
              if (moved.length > 0) run('workshop.note.move', { workshopId, positions: moved });
            }}
            onVote={vote}
            onWithdraw={withdraw}
            onStartEdit={setEditingId}
            onCommitEdit={(noteId, text) => {
              setEditingId(null);
              if (text !== null && text.trim() !== '') run('workshop.note.update', { workshopId, noteId, text: text.trim() });
            }}
          />
        </Box>
        {(voting || clusters.length > 0) && (
          <Stack gap="md" style={{ flex: presentation ? '0 1 380px' : '0 1 300px', minWidth: 240 }}>
            {voting && (
              <VoteResults
                results={results}
                promotedNoteIds={promotedNoteIds}
                promotedClusterIds={promotedClusterIds}
                canEdit={canEdit}
                presentation={presentation}
                onPromote={(result) => setPromoting(result.kind === 'cluster' ? { clusterId: result.id } : { noteId: result.id })}
              />
            )}
            <ClusterPanel
              workshop={workshop}
              clusters={clusters}
              notes={notes}
              canEdit={canEdit}
              presentation={presentation}
              onRename={(clusterId, title) => run('workshop.cluster.rename', { workshopId, clusterId, title })}
              onUngroup={(clusterId) => run('workshop.cluster.ungroup', { workshopId, clusterIds: [clusterId] })}
              onPromote={(clusterId) => setPromoting({ clusterId })}
            />
          </Stack>
        )}
      </div>
      <PromoteDialog
        workspace={workspace}
        workshop={workshop}
        source={promoting}
        defaultTarget={defaultTarget(item.block)}
        presentation={presentation}
        onClose={() => setPromoting(null)}
        onConfirm={(source, request) => {
          if (promoteTo(source, request)) setPromoting(null);
        }}
      />
    </Stack>
  );
}
