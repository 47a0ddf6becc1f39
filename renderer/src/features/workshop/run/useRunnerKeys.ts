import { useEffect, useEffectEvent } from 'react';
import { isEditableElement } from '../../../kernel/ui/editableFocus';
import { runnerKeyAction, type KeyPress, type RunnerKeyAction } from './runnerKeys';

const OWN_KEY_CONTROLS = [
  'select', 'input[type="checkbox"]', 'input[type="radio"]', 'input[type="range"]',
  '[role="listbox"]', '[role="option"]', '[role="menu"]', '[role="menuitem"]', '[role="slider"]',
  '[role="checkbox"]', '[role="radio"]', '[role="switch"]', '[role="tab"]', '[role="spinbutton"]',
  '[aria-expanded="true"]',
].join(', ');
const BUTTONS = 'button, a[href], [role="button"], summary, [aria-haspopup]';
const DIALOGS = '[role="dialog"], [aria-modal="true"]';

function describe(event: KeyboardEvent): KeyPress {
  const target = event.target instanceof Element ? event.target : document.activeElement;
  return {
    key: event.key,
    repeat: event.repeat,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    altKey: event.altKey,
    inTextField: isEditableElement(target),
    inOwnKeyControl: Boolean(target?.closest(OWN_KEY_CONTROLS)),
    onButton: Boolean(target?.closest(BUTTONS)),
    inDialog: Boolean(target?.closest(DIALOGS)),
    onSelectedTab: Boolean(target?.closest('[role="tab"][aria-selected="true"]')),
  };
}

/** The runner's keyboard (Space, arrows, N, V, Esc); see runnerKeys.ts for when a key counts. */
export function useRunnerKeys(presenting: boolean, onAction: (action: RunnerKeyAction) => void): void {
  // The latest handler without re-subscribing on every clock tick.
  const handle = useEffectEvent(onAction);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = runnerKeyAction(describe(event), presenting);
      if (!action) return;
      // Also keeps N out of the note box it focuses, and Space from scrolling or clicking.
      event.preventDefault();
      handle(action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [presenting]);
}
