import type { UiLanguage } from '../shared/schema/primitives';

/**
 * The question the desktop app asks when the user quits while the latest edits could not be
 * saved (disk full, drive removed, read-only): never a silent loss. Pure, so both languages and
 * the button order are unit-tested; main.ts shows it with dialog.showMessageBox.
 */
export type QuitAction = 'save-copy' | 'quit-without-saving' | 'cancel';

const ACTIONS: QuitAction[] = ['save-copy', 'quit-without-saving', 'cancel'];

const WORDS: Record<UiLanguage, { title: string; message: string; detail: (file: string, problem: string) => string; buttons: [string, string, string] }> = {
  en: {
    title: 'Unsaved changes',
    message: 'Your latest changes could not be saved.',
    detail: (file, problem) => `${file}\n\n${problem}\n\nSave a copy somewhere else before quitting, or quit and lose these changes.`,
    buttons: ['Save a copy…', 'Quit without saving', 'Cancel'],
  },
  'zh-CN': {
    title: '未保存的更改',
    message: '最近的更改未能保存。',
    detail: (file, problem) => `${file}\n\n${problem}\n\n退出前可将副本另存到其他位置，或退出并放弃这些更改。`,
    buttons: ['另存副本…', '不保存并退出', '取消'],
  },
};

export function unsavedQuitDialog(language: UiLanguage, file: string, problem: string) {
  const words = WORDS[language];
  return {
    type: 'warning' as const,
    title: words.title,
    message: words.message,
    detail: words.detail(file, problem),
    buttons: [...words.buttons],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
  };
}

export function quitActionFor(response: number): QuitAction {
  return ACTIONS[response] ?? 'cancel';
}
