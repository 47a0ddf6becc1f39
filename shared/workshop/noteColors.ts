import { noteColor, type NoteColor } from '../schema/workshop';

/** The sticky-note colours in the order pickers show them (the schema's order). */
export const NOTE_COLORS: NoteColor[] = [...noteColor.options];

/**
 * Fixed pastel colours, the same in the light and the dark theme and in the printed summary: a
 * sticky note is paper, and its text is always black (#000), so every background here keeps a
 * contrast ratio above 12:1 with black — readable on a projector. The border is a darker shade
 * of the same hue so a note stands out against both a white and a dark page.
 */
export const NOTE_COLOR_CSS: Record<NoteColor, { background: string; border: string }> = {
  yellow: { background: '#fff59d', border: '#c9b200' },
  pink: { background: '#f8bbd0', border: '#c2185b' },
  blue: { background: '#b3e5fc', border: '#0277bd' },
  green: { background: '#c5e1a5', border: '#558b2f' },
  orange: { background: '#ffcc80', border: '#ef6c00' },
  purple: { background: '#d1c4e9', border: '#5e35b1' },
};

/** Note text colour: black on every note colour, in both themes. */
export const NOTE_TEXT_COLOR = '#000000';
