import { menuTexts } from '../shared/i18n/texts';
import { fill } from '../shared/i18n/text';
import type { UiLanguage } from '../shared/schema/primitives';

/**
 * The question the desktop app asks when the user quits while the latest edits could not be
 * saved (disk full, drive removed, read-only): never a silent loss. Pure, so both languages and
 * the button order are unit-tested; main.ts shows it with dialog.showMessageBox. The words are
 * the menu namespace's (shared/i18n/menu.*).
 */
export type QuitAction = 'save-copy' | 'quit-without-saving' | 'cancel';

const ACTIONS: QuitAction[] = ['save-copy', 'quit-without-saving', 'cancel'];

export function unsavedQuitDialog(language: UiLanguage, file: string, problem: string) {
  const words = menuTexts[language].unsavedQuit;
  return {
    type: 'warning' as const,
    title: words.title,
    message: words.message,
    detail: fill(words.detail, { file, problem }),
    buttons: [words.saveCopy, words.quitWithoutSaving, words.cancel],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  };
}

export function quitActionFor(response: number): QuitAction {
  return ACTIONS[response] ?? 'cancel';
}
