/**
 * Which runner command a key press means. Pure (takes a plain description of the event), so
 * the rules are unit-tested without a DOM.
 */
export type RunnerKeyAction = 'toggle' | 'next' | 'previous' | 'new-note' | 'toggle-voting' | 'leave';

export interface KeyPress {
  key: string;
  repeat: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** The focus is in something that takes typed text (input, textarea, contenteditable). */
  inTextField: boolean;
  /** The focus is on a control whose own keys must win: select, checkbox, slider, menu, open combobox… */
  inOwnKeyControl: boolean;
  /** The focus is on a button or link (it activates with Space/Enter itself). */
  onButton: boolean;
  /** The focus is inside a modal dialog (e.g. a confirmation opened from the presentation). */
  inDialog: boolean;
  /**
   * The focus is on the selected tab (the "Run" tab the facilitator just clicked). Its own keys
   * are the arrows (to other tabs) and Space/Enter (select it, already done), so the room's
   * other keys may act there.
   */
  onSelectedTab: boolean;
}

const KEYS: Record<string, RunnerKeyAction> = {
  ' ': 'toggle',
  Spacebar: 'toggle',
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  n: 'new-note',
  N: 'new-note',
  v: 'toggle-voting',
  V: 'toggle-voting',
  Escape: 'leave',
};

/**
 * `presenting`: in the presentation view the keys drive the room even when a button has focus
 * (after a click the focus stays on it); in the normal runner a focused button keeps its keys.
 * Esc only means "leave" while presenting, and it works from a text field too, but not from a
 * dialog or an open list, which close themselves first.
 */
export function runnerKeyAction(press: KeyPress, presenting: boolean): RunnerKeyAction | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const action = KEYS[press.key];
  if (!action || press.inDialog) return null;
  const arrow = action === 'next' || action === 'previous';
  if (press.inOwnKeyControl && !(press.onSelectedTab && !arrow)) return null;
  if (action === 'leave') return presenting ? 'leave' : null;
  // Holding a key must not skip through the agenda or flip the clock many times.
  if (press.repeat || press.inTextField) return null;
  // A focused button (a note after a click, a control) activates with Space itself; the letters
  // and arrows mean nothing to it, so they still drive the room.
  if (action === 'toggle' && press.onButton && !press.onSelectedTab && !presenting) return null;
  return action;
}
