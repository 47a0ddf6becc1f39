import 'i18next';
import type { en } from './en';
import type { AreaNamespaces, AreaTranslation } from './resources';

// Typed keys: a typo in t('...') fails the typecheck instead of showing a raw key to users.
// The kernel's own texts plus what each area declares in its area.ts (see resources.ts).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: AreaNamespaces & { translation: typeof en & AreaTranslation };
  }
}
