import type { CommonText } from '../../../../shared/i18n/texts';
import type { en } from './en';
import type { AreaNamespaces } from './resources';

/**
 * Typed translation functions, cheaper than i18next's own: each namespace's keys are flattened once
 * into a union ('a.b.c'), and `t` is a plain two-overload function instead of i18next's generic
 * `TFunction` (which costs hundreds of type instantiations per call). `i18next.d.ts` therefore
 * declares no `resources`; the key checking lives here.
 */
export interface Resources extends AreaNamespaces {
  /** The kernel's and the shell's words (kernel/i18n/en.ts, zhCN.ts). */
  app: typeof en;
  /** Words every area shares (shared/i18n/common.*): enum names, months, punctuation. */
  common: CommonText;
}
export type Ns = keyof Resources;

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type Leaf<P extends string, K extends string> = K extends `${infer B}_${PluralSuffix}` ? `${P}${B}` | `${P}${K}` : `${P}${K}`;
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? Leaf<P, K> : T[K] extends readonly unknown[] ? never : Leaves<T[K], `${P}${K}.`>
}[keyof T & string];

/** Every key of a namespace, flat ('a.b.c'); plural keys (`x_one`/`x_other`) also give `x`. */
export type TKey<N extends Ns = 'app'> = Leaves<Resources[N]>;
export type TOptions = { count?: number; defaultValue?: string; lng?: string } & Record<string, unknown>;

/** `t` for one namespace. */
export interface TFn<N extends Ns = 'app'> {
  (key: TKey<N>, options?: TOptions): string;
  /** A key built at run time (not checkable) must bring its own fallback text. */
  (key: string, options: TOptions & { defaultValue: string }): string;
}
