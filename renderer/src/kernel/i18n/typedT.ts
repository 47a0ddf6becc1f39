import { useTranslation } from 'react-i18next';
import { i18n } from './i18n';
import type { Ns, TFn } from './keys';

export type { Ns, Resources, TFn, TKey, TOptions } from './keys';

/** The translation hook: `const { t } = useT('strategy')`. */
export function useT<N extends Ns = 'app'>(ns?: N): { t: TFn<N>; language: string } {
  const { t, i18n } = useTranslation(ns);
  return { t: t as unknown as TFn<N>, language: i18n.language };
}

/** `t` of one namespace in a given language (or the current one), for code outside React. */
export function tFor<N extends Ns>(ns: N, language?: string): TFn<N> {
  return i18n.getFixedT(language ?? i18n.language, ns);
}
