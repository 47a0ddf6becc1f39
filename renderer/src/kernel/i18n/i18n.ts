import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from '../../../../shared/schema/primitives';
import { en } from './en';
import type { AreaResources } from './resources';
import { zhCN } from './zhCN';

/**
 * One i18next instance for the whole renderer. The language comes from the app settings once
 * they load; until then we guess from the browser so even the loading screen is readable.
 */
export function guessLanguage(): UiLanguage {
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  // The kernel's own texts; each area adds its own with addAreaResources before the first render
  // (copies, so the areas' subtrees merge into this instance's store, not into the imported objects).
  resources: {
    en: { translation: { ...en } },
    'zh-CN': { translation: { ...zhCN } },
  },
  ns: ['translation'],
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

/**
 * Registers an area's texts (the shell does it for every registered area at startup). Subtrees of
 * `translation` are merged into it; large areas get their own namespace so typed keys stay within
 * TypeScript's limits.
 */
export function addAreaResources(resources: AreaResources): void {
  for (const [language, bundle] of Object.entries(resources)) {
    for (const [namespace, texts] of Object.entries(bundle)) {
      if (texts) i18n.addResourceBundle(language, namespace, texts, true, false);
    }
  }
}

export function currentLanguage(): UiLanguage {
  return i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
}
