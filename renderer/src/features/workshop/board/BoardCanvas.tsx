import { useElementSize } from '@mantine/hooks';
import { useRef, useState, type MouseEvent, type PointerEvent } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import type { NoteCluster, StickyNote, WorkshopSession } from '../../../../../shared/schema/workshop';
import { BOARD_WIDTH, boardHeight, clusterBox, draggedPositions, type Point } from './boardGeometry';
import { NoteCard, type NoteDot } from './NoteCard';

interface BoardCanvasProps {
  workshop: WorkshopSession;
  notes: StickyNote[];
  clusters: NoteCluster[];
  presentation: boolean;
  canEdit: boolean;
  selected: ReadonlySet<string>;
  editingId: string | null;
  promotedIds: ReadonlySet<string>;
  /** In voting mode a click casts a dot instead of selecting, and notes cannot be dragged. */
  voting: boolean;
  voterId: string | null;
  onSelect: (noteId: string, additive: boolean) => void;
  onClearSelection: () => void;
  onMove: (positions: Map<string, Point>) => void;
  onVote: (noteId: string) => void;
  onWithdraw: (noteId: string) => void;
  onStartEdit: (noteId: string) => void;
  onCommitEdit: (noteId: string, text: string | null) => void;
}

interface DragState { ids: Set<string>; pointerId: number; startX: number; startY: number; moved: boolean }

/** Pointer travel (px) below which a press is a click, not a drag. */
const DRAG_THRESHOLD = 4;
/**
 * A margin (board units) around the 0–100 area, so a cluster outline and its label around
 * notes at the very edge (the first grid row sits at y = 1) are drawn inside the board.
 */
const MARGIN_X = 1.6;
const MARGIN_TOP = 5;

/**
 * The step's board: notes at their board positions and labelled outlines around clusters.
 * Dragging a note (or the selection it belongs to) moves it; the drop is saved as one edit.
 */
export function BoardCanvas(props: BoardCanvasProps) {
  const { workshop, notes, clusters, presentation, canEdit, selected, editingId, promotedIds, voting, voterId } = props;
  const { t } = useT('workshop');
  const { ref, width } = useElementSize();
  const unit = width > 0 ? width / (BOARD_WIDTH + 2 * MARGIN_X) : 8;
  const toView = (point: Point): Point => ({ x: point.x + MARGIN_X, y: point.y + MARGIN_TOP });
  const drag = useRef<DragState | null>(null);
  // A click follows every pointerup, even after a drag; this tells the click to do nothing.
  const suppressClick = useRef(false);
  const [offset, setOffset] = useState<{ ids: Set<string>; delta: Point } | null>(null);

  const dragged = offset ? draggedPositions(notes, offset.ids, offset.delta) : new Map<string, Point>();
  const positionOf = (note: StickyNote): Point => dragged.get(note.id) ?? { x: note.x, y: note.y };
  const height = boardHeight(notes.map(positionOf));
  const names = new Map(workshop.participants.map((p) => [p.id, p.name]));
  const colorOf = new Map(workshop.participants.map((p) => [p.id, p.color]));

  const dotsOf = (noteId: string): NoteDot[] =>
    workshop.votes.filter((vote) => vote.noteId === noteId).map((vote) => ({ participantId: vote.participantId, color: colorOf.get(vote.participantId) ?? 'yellow' }));

  const onPointerDown = (note: StickyNote, event: PointerEvent<HTMLDivElement>) => {
    if (!canEdit || voting || editingId === note.id || event.button !== 0) return;
    const ids = selected.has(note.id) && selected.size > 1 ? new Set(selected) : new Set([note.id]);
    drag.current = { ids, pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, moved: false };
    event.currentTarget.setPointerCapture(event.pointerId);
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const state = drag.current;
    if (!state || state.pointerId !== event.pointerId) return;
    const dx = event.clientX - state.startX;
    const dy = event.clientY - state.startY;
    if (!state.moved && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    state.moved = true;
    setOffset({ ids: state.ids, delta: { x: dx / unit, y: dy / unit } });
  };

  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    const state = drag.current;
    if (!state || state.pointerId !== event.pointerId) return;
    drag.current = null;
    if (!state.moved) return;
    suppressClick.current = true;
    const delta = { x: (event.clientX - state.startX) / unit, y: (event.clientY - state.startY) / unit };
    setOffset(null);
    props.onMove(draggedPositions(notes, state.ids, delta));
  };

  const onPointerCancel = () => {
    drag.current = null;
    setOffset(null);
  };

  const onNoteClick = (note: StickyNote, event: MouseEvent<HTMLDivElement>) => {
    event.stopPropagation();
    if (suppressClick.current) {
      suppressClick.current = false;
      return;
    }
    if (editingId === note.id) return;
    if (voting) props.onVote(note.id);
    else props.onSelect(note.id, event.shiftKey || event.ctrlKey || event.metaKey);
  };

  const onContextMenu = (note: StickyNote, event: MouseEvent<HTMLDivElement>) => {
    if (!voting) return;
    event.preventDefault();
    props.onWithdraw(note.id);
  };

  return (
    <div
      ref={ref}
      data-testid="step-board-canvas"
      role="group"
      aria-label={t('board.board.label')}
      onClick={() => props.onClearSelection()}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerCancel}
      style={{
        position: 'relative',
        width: '100%',
        height: (height + MARGIN_TOP) * unit,
        background: presentation ? '#ffffff' : 'var(--mantine-color-default-hover)',
        border: presentation ? '2px solid #000' : '1px solid var(--mantine-color-default-border)',
        borderRadius: 8,
        overflow: 'hidden',
      }}
    >
      {notes.length === 0 && (
        <div style={{ position: 'absolute', inset: 0, display: 'grid', placeItems: 'center', color: presentation ? '#000' : 'var(--mantine-color-dimmed)', fontSize: presentation ? 24 : 16, padding: 16, textAlign: 'center' }}>
          {t('board.board.empty')}
        </div>
      )}
      {clusters.map((cluster) => {
        const box = clusterBox(notes.filter((note) => note.clusterId === cluster.id).map((note) => toView(positionOf(note))));
        if (!box) return null;
        return (
          <div
            key={cluster.id}
            data-testid="board-cluster"
            data-cluster-id={cluster.id}
            style={{
              position: 'absolute', left: box.x * unit, top: box.y * unit, width: box.width * unit, height: box.height * unit,
              border: `${presentation ? 3 : 2}px dashed ${presentation ? '#000' : 'var(--mantine-color-text)'}`,
              borderRadius: 10, pointerEvents: 'none',
            }}
          >
            <span style={{
              position: 'absolute', top: 2, left: 8, right: 8, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis',
              fontWeight: 700, fontSize: presentation ? Math.max(16, unit * 1.8) : Math.max(12, unit * 1.4),
              color: presentation ? '#000' : 'var(--mantine-color-text)',
            }}>
              {cluster.title.trim() || t('board.cluster.untitled')}
            </span>
          </div>
        );
      })}
      {notes.map((note) => {
        const dots = dotsOf(note.id);
        return (
          <NoteCard
            key={note.id}
            note={note}
            position={toView(positionOf(note))}
            unit={unit}
            presentation={presentation}
            authorName={note.participantId ? names.get(note.participantId) ?? null : null}
            selected={selected.has(note.id)}
            promoted={promotedIds.has(note.id)}
            editing={editingId === note.id}
            dragging={dragged.has(note.id)}
            dots={dots}
            canWithdraw={voting && canEdit && voterId !== null && dots.some((dot) => dot.participantId === voterId)}
            onPointerDown={(event) => onPointerDown(note, event)}
            onClick={(event) => onNoteClick(note, event)}
            onContextMenu={(event) => onContextMenu(note, event)}
            onStartEdit={() => { if (canEdit && !voting) props.onStartEdit(note.id); }}
            onCommitEdit={(text) => props.onCommitEdit(note.id, text)}
            onWithdraw={() => props.onWithdraw(note.id)}
          />
        );
      })}
    </div>
  );
}
