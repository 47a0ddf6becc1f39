import type { UiLanguage } from '../../../../shared/schema/primitives';
import type { TranslationOf } from './translationShape';

/**
 * The namespaces areas bring, typed without the kernel importing any area: one namespace per
 * area, named like the area. Each feature adds its own from its `area.ts` (declaration merging),
 * and `typedT.ts` builds the typed keys from them:
 *   declare module '…/kernel/i18n/resources' { interface AreaNamespaces { strategy: typeof strategyTexts.en } }
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by the features
export interface AreaNamespaces {}

/** One language's texts of one area, by namespace. */
export type AreaBundle = { [N in keyof AreaNamespaces]?: TranslationOf<AreaNamespaces[N]> };

/** An area's texts in every UI language; the shell registers them with i18next at startup. */
export type AreaResources = Record<UiLanguage, AreaBundle>;

type Merged<A, B> = Omit<A, keyof B> & { [K in keyof B]: K extends keyof A ? (A[K] extends string ? B[K] : B[K] extends string ? B[K] : Merged<A[K], B[K]>) : B[K] };

/**
 * An area's namespace: the words its writers share (`shared/i18n/<area>.*`, read by the print and
 * export code) with the UI's own words over them, merged subtree by subtree, so the UI and the
 * printed documents read the same strings.
 */
export function withShared<A extends object, B extends object>(shared: A, ui: B): Merged<A, B> {
  const out: Record<string, unknown> = { ...(shared as Record<string, unknown>) };
  for (const [key, value] of Object.entries(ui)) {
    const base = out[key];
    out[key] = typeof value === 'object' && value !== null && !Array.isArray(value) && typeof base === 'object' && base !== null && !Array.isArray(base)
      ? withShared(base as object, value)
      : value;
  }
  return out as Merged<A, B>;
}
