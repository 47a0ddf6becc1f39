import { documentsTexts } from '../../../../../shared/i18n/texts';
import { withShared } from '../../../kernel/i18n/resources';
import { documentsEn } from './documentsEn';
import { documentsZh } from './documentsZh';

/**
 * The 'documents' namespace: the words its print and export writers share (shared/i18n/documents.*)
 * with the screens' own words over them, so both read the same strings.
 */
export const documentsNamespace = {
  en: withShared(documentsTexts.en, documentsEn),
  'zh-CN': withShared(documentsTexts['zh-CN'], documentsZh),
};
