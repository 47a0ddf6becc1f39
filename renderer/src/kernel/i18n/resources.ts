import type { UiLanguage } from '../../../../shared/schema/primitives';
import type { TranslationOf } from './translationShape';

/**
 * The texts areas bring, typed without the kernel importing any area. Each feature adds its part
 * from its `area.ts` (declaration merging), and `i18next.d.ts` builds the typed keys from them:
 *   declare module '…/kernel/i18n/resources' { interface AreaTranslation { strategy: typeof strategyEn } }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the features
export interface AreaTranslation {}
/** Whole namespaces an area owns (documents, plan, workshop…), by namespace name. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the features
export interface AreaNamespaces {}

/** One language's texts of one area: subtrees of the app's `translation` namespace and/or namespaces of its own. */
export type AreaBundle = { translation?: { [K in keyof AreaTranslation]?: TranslationOf<AreaTranslation[K]> } }
  & { [N in keyof AreaNamespaces]?: TranslationOf<AreaNamespaces[N]> };

/** An area's texts in every UI language; the shell registers them with i18next at startup. */
export type AreaResources = Record<UiLanguage, AreaBundle>;
