import i18next from 'i18next';
import type { i18n as I18nInstance } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { commonTexts } from '../../../../shared/i18n/texts';
import type { UiLanguage } from '../../../../shared/schema/primitives';
import { en } from './en';
import type { AreaResources } from './resources';
import type { Ns, TFn } from './keys';
import { zhCN } from './zhCN';

/**
 * One i18next instance for the whole renderer. The language comes from the app settings once
 * they load; until then we guess from the browser so even the loading screen is readable.
 */
export function guessLanguage(): UiLanguage {
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The i18next instance with typed `t` (see typedT.ts). */
export type TypedI18n = Omit<I18nInstance, 't' | 'getFixedT'> & {
  t: TFn<'app'>;
  getFixedT<N extends Ns = 'app'>(lng: string | null, ns?: N): TFn<N>;
};

/** The raw instance, for react-i18next's provider only. */
export const i18nInstance = i18next.createInstance();
export const i18n = i18nInstance as unknown as TypedI18n;

void i18nInstance.use(initReactI18next).init({
  // The kernel's own texts; each area adds its namespace with addAreaResources before the first render.
  resources: {
    en: { app: en, common: commonTexts.en },
    'zh-CN': { app: zhCN, common: commonTexts['zh-CN'] },
  },
  ns: ['app', 'common'],
  defaultNS: 'app',
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

/** Registers an area's namespace (the shell does it for every registered area at startup). */
export function addAreaResources(resources: AreaResources): void {
  for (const [language, bundle] of Object.entries(resources)) {
    for (const [namespace, texts] of Object.entries(bundle)) {
      if (texts) i18nInstance.addResourceBundle(language, namespace, texts, true, false);
    }
  }
}

export function currentLanguage(): UiLanguage {
  return i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
}
