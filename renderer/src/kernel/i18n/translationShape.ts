/** The shape a translation must have: the same keys as the English text, any strings (shared/i18n/text.ts). */
export type { TranslationOf } from '../../../../shared/i18n/text';
