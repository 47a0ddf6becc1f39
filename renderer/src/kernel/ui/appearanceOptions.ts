import type { AppSettings } from '../../../../shared/contract/session';
import type { UiLanguage } from '../../../../shared/schema/primitives';

/** The UI languages, in menu order, with the key of each one's name (the header menu, Settings and the palette). */
export const LANGUAGE_OPTIONS: { value: UiLanguage; key: 'language.en' | 'language.zh' }[] = [
  { value: 'en', key: 'language.en' },
  { value: 'zh-CN', key: 'language.zh' },
];

/** The colour schemes, in menu order, with the key of each one's name. */
export const THEME_OPTIONS: { value: AppSettings['theme']; key: 'theme.light' | 'theme.dark' | 'theme.auto' }[] = [
  { value: 'light', key: 'theme.light' },
  { value: 'dark', key: 'theme.dark' },
  { value: 'auto', key: 'theme.auto' },
];
