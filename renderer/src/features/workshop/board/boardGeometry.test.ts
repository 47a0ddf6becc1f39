import { describe, expect, it } from 'vitest';
import { boardHeight, clampPosition, clusterBox, draggedPositions, MIN_BOARD_HEIGHT, NOTE_HEIGHT, NOTE_WIDTH } from './boardGeometry';

describe('clampPosition', () => {
  it('keeps a note fully inside the board width and below the top', () => {
    expect(clampPosition({ x: 95, y: -3 })).toEqual({ x: 100 - NOTE_WIDTH, y: 0 });
    expect(clampPosition({ x: -5, y: 12.345 })).toEqual({ x: 0, y: 12.3 });
  });
});

describe('boardHeight', () => {
  it('is the minimum for an empty or short board', () => {
    expect(boardHeight([])).toBe(MIN_BOARD_HEIGHT);
    expect(boardHeight([{ x: 0, y: 0 }])).toBe(MIN_BOARD_HEIGHT);
  });
  it('grows below the lowest note', () => {
    expect(boardHeight([{ x: 0, y: 5 }, { x: 10, y: 80 }])).toBe(80 + NOTE_HEIGHT + NOTE_HEIGHT + 4);
  });
});

describe('clusterBox', () => {
  it('is null without notes', () => {
    expect(clusterBox([])).toBeNull();
  });
  it('surrounds all notes with padding and label space', () => {
    const box = clusterBox([{ x: 10, y: 20 }, { x: 30, y: 40 }]);
    expect(box).toEqual({ x: 8.5, y: 15, width: 30 + NOTE_WIDTH + 1.5 - 8.5, height: 40 + NOTE_HEIGHT + 1.5 - 15 });
  });
});

describe('draggedPositions', () => {
  it('moves only the dragged notes, clamped', () => {
    const notes = [{ id: 'a', x: 10, y: 10 }, { id: 'b', x: 99 - NOTE_WIDTH, y: 0 }, { id: 'c', x: 0, y: 0 }];
    const moved = draggedPositions(notes, new Set(['a', 'b']), { x: 5, y: -2 });
    expect(moved.get('a')).toEqual({ x: 15, y: 8 });
    expect(moved.get('b')).toEqual({ x: 100 - NOTE_WIDTH, y: 0 });
    expect(moved.has('c')).toBe(false);
  });
});
