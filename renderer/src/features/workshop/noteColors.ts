/** The sticky-note palette lives in shared/, so the board and the printed summary use the same paper. */
export { NOTE_COLORS, NOTE_COLOR_CSS, NOTE_TEXT_COLOR } from '../../../../shared/workshop/noteColors';
