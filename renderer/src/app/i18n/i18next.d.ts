import 'i18next';
import type { en } from './en';
import type { documentsEn } from '../../features/documents/i18n/documentsEn';
import type { planEn } from '../../features/plan/i18n/planEn';
import type { boardEn } from '../../features/workshop/board/i18n/boardEn';
import type { workshopEn } from '../../features/workshop/i18n/workshopEn';
import type { runEn } from '../../features/workshop/run/i18n/runEn';

// Typed keys: a typo in t('...') fails the typecheck instead of showing a raw key to users.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof en; documents: typeof documentsEn; plan: typeof planEn;
      workshop: typeof workshopEn; workshopRun: typeof runEn; workshopBoard: typeof boardEn;
    };
  }
}
