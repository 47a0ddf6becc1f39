import 'i18next';
import type { en } from './en';
import type { documentsEn } from '../../features/documents/i18n/documentsEn';
import type { planEn } from '../../features/plan/i18n/planEn';

// Typed keys: a typo in t('...') fails the typecheck instead of showing a raw key to users.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en; documents: typeof documentsEn; plan: typeof planEn };
  }
}
