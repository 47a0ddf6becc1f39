import type { NoteColor } from '../../../../../shared/schema/workshop';
import { NOTE_COLOR_CSS } from '../noteColors';

/** A small square in a note or participant colour; decorative (the name or text beside it says who). */
export function NoteSwatch({ color, size = 12 }: { color: NoteColor; size?: number }) {
  const css = NOTE_COLOR_CSS[color];
  return (
    <span
      aria-hidden
      style={{ display: 'inline-block', flex: 'none', width: size, height: size, borderRadius: 3, background: css.background, border: `1px solid ${css.border}` }}
    />
  );
}
