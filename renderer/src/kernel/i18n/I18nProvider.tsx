import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18nInstance } from './i18n';

/** Gives the app's i18next instance to `useT` (the only place outside this folder that needs react-i18next). */
export function I18nProvider({ children }: { children: ReactNode }) {
  return <I18nextProvider i18n={i18nInstance}>{children}</I18nextProvider>;
}
