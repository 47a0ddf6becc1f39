import { NOTE_SIZE } from '../../../../../shared/workshop/notes';

/**
 * Board geometry in board units: the board is 100 units wide whatever its pixel width, so a
 * note stays where it was put when the window (or the projector) has another size. y grows down.
 */
export const BOARD_WIDTH = 100;
/** Notes have the fixed size of the shared capture grid, so outlines need no DOM measuring. */
export const NOTE_WIDTH = NOTE_SIZE.width;
export const NOTE_HEIGHT = NOTE_SIZE.height;
/** The board is never shorter than this, so there is room to drop notes below the last one. */
export const MIN_BOARD_HEIGHT = 32;
const FREE_ROWS_BELOW = NOTE_HEIGHT + 4;
const CLUSTER_PADDING = 1.5;
/** Room above a cluster's notes for its label. */
const CLUSTER_LABEL_SPACE = 3.5;

export interface Point { x: number; y: number }
export interface Box { x: number; y: number; width: number; height: number }

/** Keeps a note fully on the board horizontally and below the top edge; one decimal is plenty. */
export function clampPosition(point: Point): Point {
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    x: round(Math.min(Math.max(point.x, 0), BOARD_WIDTH - NOTE_WIDTH)),
    y: round(Math.max(point.y, 0)),
  };
}

/** Height of the board in units: its lowest note plus a free row, at least MIN_BOARD_HEIGHT. */
export function boardHeight(notes: readonly Point[]): number {
  const lowest = notes.reduce((max, note) => Math.max(max, note.y + NOTE_HEIGHT), 0);
  return Math.max(MIN_BOARD_HEIGHT, lowest + FREE_ROWS_BELOW);
}

/** The outline drawn around a cluster's notes (with space for its label on top), or null without notes. */
export function clusterBox(notes: readonly Point[]): Box | null {
  if (notes.length === 0) return null;
  const left = Math.min(...notes.map((note) => note.x)) - CLUSTER_PADDING;
  const top = Math.min(...notes.map((note) => note.y)) - CLUSTER_PADDING - CLUSTER_LABEL_SPACE;
  const right = Math.max(...notes.map((note) => note.x + NOTE_WIDTH)) + CLUSTER_PADDING;
  const bottom = Math.max(...notes.map((note) => note.y + NOTE_HEIGHT)) + CLUSTER_PADDING;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** Where dragged notes land: each moved by the same offset, each kept on the board. */
export function draggedPositions<T extends Point & { id: string }>(notes: readonly T[], ids: ReadonlySet<string>, offset: Point): Map<string, Point> {
  const out = new Map<string, Point>();
  for (const note of notes) {
    if (ids.has(note.id)) out.set(note.id, clampPosition({ x: note.x + offset.x, y: note.y + offset.y }));
  }
  return out;
}
