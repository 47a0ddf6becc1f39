import { ActionIcon, Textarea, Tooltip } from '@mantine/core';
import { IconCheck, IconMinus } from '@tabler/icons-react';
import { useRef, useState, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { useT } from '../../../kernel/i18n/typedT';
import { LIMITS } from '../../../../../shared/schema/primitives';
import type { NoteColor, StickyNote } from '../../../../../shared/schema/workshop';
import { NOTE_COLOR_CSS, NOTE_TEXT_COLOR } from '../noteColors';
import { NOTE_HEIGHT, NOTE_WIDTH, type Point } from './boardGeometry';

export interface NoteDot { participantId: string; color: NoteColor }

interface NoteCardProps {
  note: StickyNote;
  /** Where it is drawn (differs from note.x/y while it is being dragged). */
  position: Point;
  /** Pixels per board unit. */
  unit: number;
  presentation: boolean;
  authorName: string | null;
  selected: boolean;
  promoted: boolean;
  editing: boolean;
  dragging: boolean;
  dots: NoteDot[];
  /** Shown in voting mode when the chosen participant has a dot here to take back. */
  canWithdraw: boolean;
  onPointerDown: (event: PointerEvent<HTMLDivElement>) => void;
  onClick: (event: MouseEvent<HTMLDivElement>) => void;
  onContextMenu: (event: MouseEvent<HTMLDivElement>) => void;
  onStartEdit: () => void;
  onCommitEdit: (text: string | null) => void;
  onWithdraw: () => void;
}

const MAX_DOTS_DRAWN = 12;

/** One sticky note on the board: black text on a paper colour, its dots and a "promoted" mark. */
export function NoteCard(props: NoteCardProps) {
  const { note, position, unit, presentation, authorName, selected, promoted, editing, dragging, dots, canWithdraw } = props;
  const { t } = useT('workshop');
  const colors = NOTE_COLOR_CSS[note.color];
  // Type scales with the board so a note reads the same on a laptop and on a projector.
  const fontSize = Math.max(12, Math.min(presentation ? 30 : 20, unit * (presentation ? 1.55 : 1.25)));

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (editing || event.target !== event.currentTarget) return;
    if (event.key === 'Enter' || event.key === 'F2') {
      event.preventDefault();
      props.onStartEdit();
    }
  };

  return (
    <div
      role="button"
      tabIndex={0}
      aria-pressed={selected}
      aria-label={[note.text, authorName, promoted ? t('board.note.promoted') : null, dots.length > 0 ? t('board.note.dots', { count: dots.length }) : null]
        .filter(Boolean).join(' · ')}
      data-testid="board-note"
      data-note-id={note.id}
      data-selected={selected || undefined}
      title={note.text}
      onPointerDown={props.onPointerDown}
      onClick={props.onClick}
      onContextMenu={props.onContextMenu}
      onDoubleClick={() => props.onStartEdit()}
      onKeyDown={onKeyDown}
      style={{
        position: 'absolute',
        left: position.x * unit,
        top: position.y * unit,
        width: NOTE_WIDTH * unit,
        height: NOTE_HEIGHT * unit,
        background: colors.background,
        color: NOTE_TEXT_COLOR,
        border: `${presentation ? 3 : 2}px solid ${colors.border}`,
        borderRadius: 4,
        boxShadow: dragging ? '0 8px 18px rgba(0,0,0,0.35)' : '0 1px 3px rgba(0,0,0,0.25)',
        outline: selected ? `${presentation ? 5 : 3}px solid var(--mantine-color-blue-filled)` : undefined,
        outlineOffset: 2,
        padding: Math.max(4, unit * 0.6),
        display: 'flex',
        flexDirection: 'column',
        cursor: dragging ? 'grabbing' : 'pointer',
        touchAction: 'none',
        userSelect: 'none',
        zIndex: dragging ? 20 : selected ? 10 : 1,
        fontSize,
        lineHeight: 1.25,
      }}
    >
      {promoted && (
        <Tooltip label={t('board.note.promoted')}>
          <span
            data-testid="note-promoted"
            aria-hidden
            style={{ position: 'absolute', top: -10, right: -10, background: '#2b8a3e', color: '#fff', borderRadius: '50%', width: 22, height: 22, display: 'grid', placeItems: 'center' }}
          >
            <IconCheck size={16} stroke={3} />
          </span>
        </Tooltip>
      )}
      {editing ? (
        <NoteEditor text={note.text} fontSize={fontSize} onDone={props.onCommitEdit} />
      ) : (
        // The clamped text sits in a box of its own: stretched by flex, the clamp box would show
        // the lines after its ellipsis too, running into the author and dots row.
        <div style={{ flex: 1, minHeight: 0, overflow: 'hidden' }}>
          <div style={{ overflow: 'hidden', overflowWrap: 'anywhere', fontWeight: presentation ? 600 : 500, display: '-webkit-box', WebkitBoxOrient: 'vertical', WebkitLineClamp: 4 }}>
            {note.text}
          </div>
        </div>
      )}
      <div style={{ display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', gap: 4, minHeight: 14 }}>
        <span style={{ fontSize: Math.max(11, fontSize * 0.65), opacity: 0.75, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
          {authorName ?? ''}
        </span>
        <VoteDots dots={dots} size={presentation ? 14 : 10} />
        {canWithdraw && (
          <ActionIcon
            size="sm"
            variant="filled"
            color="dark"
            aria-label={t('board.vote.withdraw')}
            data-testid="note-withdraw"
            onPointerDown={(event) => event.stopPropagation()}
            onClick={(event) => {
              event.stopPropagation();
              props.onWithdraw();
            }}
          >
            <IconMinus size={14} />
          </ActionIcon>
        )}
      </div>
    </div>
  );
}

function VoteDots({ dots, size }: { dots: NoteDot[]; size: number }) {
  if (dots.length === 0) return null;
  return (
    <span data-testid="note-dots" data-count={dots.length} style={{ display: 'flex', flexWrap: 'wrap', gap: 2, justifyContent: 'flex-end', alignItems: 'center' }}>
      {dots.slice(0, MAX_DOTS_DRAWN).map((dot, index) => (
        <span
          key={`${dot.participantId}-${index}`}
          style={{ width: size, height: size, borderRadius: '50%', background: NOTE_COLOR_CSS[dot.color].border, border: '1px solid #000' }}
        />
      ))}
      <span style={{ fontWeight: 700, fontSize: size + 2, marginLeft: 2 }}>{dots.length}</span>
    </span>
  );
}

/** In-place text editing: Enter saves, Shift+Enter is a new line, Esc cancels, leaving the field saves. */
function NoteEditor({ text, fontSize, onDone }: { text: string; fontSize: number; onDone: (text: string | null) => void }) {
  const { t } = useT('workshop');
  const [value, setValue] = useState(text);
  // Enter closes the editor, and the blur that follows must not save a second time.
  const finished = useRef(false);
  const finish = (result: string | null) => {
    if (finished.current) return;
    finished.current = true;
    onDone(result);
  };
  return (
    <Textarea
      autoFocus
      aria-label={t('board.note.editLabel')}
      data-testid="note-editor"
      value={value}
      maxLength={LIMITS.mediumText}
      variant="unstyled"
      autosize
      maxRows={4}
      styles={{ input: { fontSize, color: NOTE_TEXT_COLOR, lineHeight: 1.25, padding: 0, minHeight: 0 } }}
      onPointerDown={(event) => event.stopPropagation()}
      onClick={(event) => event.stopPropagation()}
      onDoubleClick={(event) => event.stopPropagation()}
      onChange={(event) => setValue(event.currentTarget.value)}
      onFocus={(event) => event.currentTarget.select()}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
          event.preventDefault();
          finish(value);
        } else if (event.key === 'Escape') {
          event.preventDefault();
          finish(null);
        }
      }}
      onBlur={() => finish(value)}
    />
  );
}
