/**
 * Window events the runner's keyboard sends to the step board (board/StepBoard listens), so the
 * presentation keys work without the runner reaching into the board's state.
 */
export const NEW_NOTE_EVENT = 'workshop:new-note';
export const TOGGLE_VOTING_EVENT = 'workshop:toggle-voting';

export function requestNewNote(): void {
  window.dispatchEvent(new CustomEvent(NEW_NOTE_EVENT));
}

export function requestToggleVoting(): void {
  window.dispatchEvent(new CustomEvent(TOGGLE_VOTING_EVENT));
}
