import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../../../shared/schema/primitives';
import { en } from './en';
import { zhCN } from './zhCN';
import { documentsEn } from '../../features/documents/i18n/documentsEn';
import { documentsZh } from '../../features/documents/i18n/documentsZh';
import { planEn } from '../../features/plan/i18n/planEn';
import { planZh } from '../../features/plan/i18n/planZh';
import { boardEn } from '../../features/workshop/board/i18n/boardEn';
import { boardZh } from '../../features/workshop/board/i18n/boardZh';
import { workshopEn } from '../../features/workshop/i18n/workshopEn';
import { workshopZh } from '../../features/workshop/i18n/workshopZh';
import { runEn } from '../../features/workshop/run/i18n/runEn';
import { runZh } from '../../features/workshop/run/i18n/runZh';

/**
 * One i18next instance for the whole renderer. The language comes from the app settings once
 * they load; until then we guess from the browser so even the loading screen is readable.
 */
export function guessLanguage(): UiLanguage {
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  // Large areas get their own namespace so typed keys stay within TypeScript's limits.
  resources: {
    en: { translation: en, documents: documentsEn, plan: planEn, workshop: workshopEn, workshopRun: runEn, workshopBoard: boardEn },
    'zh-CN': { translation: zhCN, documents: documentsZh, plan: planZh, workshop: workshopZh, workshopRun: runZh, workshopBoard: boardZh },
  },
  ns: ['translation', 'documents', 'plan', 'workshop', 'workshopRun', 'workshopBoard'],
  defaultNS: 'translation',
  lng: guessLanguage(),
  fallbackLng: 'en',
  // React escapes output itself; escaping here too would show "&amp;" in labels.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
document.documentElement.lang = i18n.language;

/** Switches the UI language and keeps <html lang> in step (screen readers and CJK font choice use it). */
export function applyLanguage(language: UiLanguage): void {
  if (i18n.language !== language) void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

export function currentLanguage(): UiLanguage {
  return i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
}
