import type { UiLanguage } from '../schema/primitives';

/**
 * The translation model's core for code that runs without i18next (the print and export
 * writers, the Electron main process): the words are plain typed objects, one namespace per
 * area (`shared/i18n/<ns>.en.ts` + `<ns>.zhCN.ts`); the renderer hands the same objects to
 * i18next. Templates use i18next's `{{name}}` syntax and plural keys (`x_one` / `x_other`), and
 * `fill` / `fillCount` give exactly what i18next gives for them (fill.test.ts checks every string).
 */

/** The shape a translation must have: the same keys as the English text, any strings. */
export type TranslationOf<T> = { -readonly [K in keyof T]: T[K] extends string ? string : TranslationOf<T[K]> };

/** A namespace in both UI languages; the Chinese text has every key of the English one. */
export type Bilingual<T> = { readonly en: T; readonly 'zh-CN': TranslationOf<T> };

/** Values for a template's `{{name}}` placeholders. */
export type TemplateVars = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{\{(.+?)\}\}/g;

/**
 * i18next's interpolation with `escapeValue: false`: each `{{name}}` becomes its value, once (a
 * value is never searched for placeholders again); a placeholder without a value stays as it is.
 * Nothing is escaped: every caller escapes for its own output (HTML, Markdown, DOCX) as before.
 */
export function fill(template: string, vars: TemplateVars): string {
  return template.replace(PLACEHOLDER, (placeholder, name: string) => {
    const key = name.trim();
    return Object.hasOwn(vars, key) ? String(vars[key]) : placeholder;
  });
}

const pluralRules = new Map<UiLanguage, Intl.PluralRules>();

/** The plural category i18next uses for `count` in this language ("one" or "other" for en and zh-CN). */
export function pluralForm(count: number, language: UiLanguage): 'one' | 'other' {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count) === 'one' ? 'one' : 'other';
}

/**
 * `t(key, { count, ...vars })` for a key with plural forms: picks `<key>_one` or `<key>_other` as
 * i18next does, then fills it (with `count` among the values).
 */
export function fillCount<K extends string>(
  texts: Readonly<Record<`${K}_one` | `${K}_other`, string>>, key: K, language: UiLanguage, vars: TemplateVars & { count: number },
): string {
  const form = pluralForm(vars.count, language);
  return fill(form === 'one' ? texts[`${key}_one`] : texts[`${key}_other`], vars);
}

/** A template cut into its literal text and its placeholders, in order; empty text between two placeholders is left out. */
export type TemplateToken = { kind: 'text'; text: string } | { kind: 'var'; name: string };

export function templateTokens(template: string): TemplateToken[] {
  return template.split(PLACEHOLDER).flatMap((piece, index): TemplateToken[] => {
    if (index % 2 === 1) return [{ kind: 'var', name: piece.trim() }];
    return piece === '' ? [] : [{ kind: 'text', text: piece }];
  });
}

/**
 * The literal text around a template's placeholders, for writers that put something other than a
 * string in their place (the DOCX footer's page fields): `'Page {{page}} of {{total}}'` with
 * `['page', 'total']` gives `['Page ', ' of ', '']`. The placeholders must appear once each, in
 * that order; anything else is a mistake in the resource and throws.
 */
export function templateParts(template: string, names: readonly string[]): string[] {
  const pieces = template.split(PLACEHOLDER);
  const found = pieces.filter((_, index) => index % 2 === 1).map((name) => name.trim());
  if (found.join('\u0000') !== names.join('\u0000')) throw new Error(`template "${template}" must have the placeholders ${names.join(', ')} in that order`);
  return pieces.filter((_, index) => index % 2 === 0);
}
