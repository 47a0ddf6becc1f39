import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { UiLanguage } from '../schema/primitives';
import { fill, fillCount, pluralForm, templateParts, templateTokens } from './text';
import { SHARED_TEXTS } from './texts';

/**
 * The shared writers fill templates with `fill` / `fillCount`; the renderer reads the same strings
 * through i18next. Both must give the same text, for every string of every shared namespace.
 */

const LANGUAGES: UiLanguage[] = ['en', 'zh-CN'];
type Tree = { readonly [key: string]: Tree | string };

function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, string]> =>
    (typeof value === 'string' ? [[prefix + key, value]] : leaves(value, `${prefix}${key}.`)));
}

const namespaces = Object.entries(SHARED_TEXTS) as Array<[string, Record<UiLanguage, Tree>]>;

const i18n = i18next.createInstance();
void i18n.init({
  resources: Object.fromEntries(LANGUAGES.map((language) => [language, Object.fromEntries(namespaces.map(([ns, texts]) => [ns, texts[language]]))])),
  ns: namespaces.map(([ns]) => ns),
  lng: 'en',
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

const placeholders = (text: string) => [...text.matchAll(/\{\{(.+?)\}\}/g)].map((match) => match[1]!.trim());
/** Values that would show a difference: regex replacement patterns, braces, a placeholder of their own. */
const valueFor = (name: string) => `‹${name} $& $1 {{${name}}} {x}›`;

describe.each(LANGUAGES)('fill gives what i18next gives (%s)', (language) => {
  it.each(namespaces)('every string of the %s namespace', (ns, texts) => {
    const strings = leaves(texts[language]);
    expect(strings.length).toBeGreaterThan(0);
    for (const [key, text] of strings) {
      const names = placeholders(text);
      for (const name of names) expect(name, `${ns}:${key}`).toMatch(/^[a-z][A-Za-z0-9]*$/);
      const vars = Object.fromEntries(names.map((name) => [name, valueFor(name)]));
      const expected = i18n.t(key, { ns, lng: language, ...vars });
      expect(fill(text, vars), `${ns}:${key}`).toBe(expected);
      // A missing value leaves its placeholder, as i18next does.
      expect(fill(text, {}), `${ns}:${key}`).toBe(i18n.t(key, { ns, lng: language }));
    }
  });

  it.each(namespaces)('every plural of the %s namespace, for several counts', (ns, texts) => {
    const plurals = leaves(texts[language]).filter(([key]) => key.endsWith('_other')).map(([key]) => key.slice(0, -'_other'.length));
    for (const key of plurals) {
      const path = key.split('.');
      const name = path.pop()!;
      const node = path.reduce<Tree>((tree, part) => tree[part] as Tree, texts[language]) as Record<string, string>;
      for (const count of [0, 1, 2, 5, 21]) {
        const vars = { ...Object.fromEntries(placeholders(node[`${name}_other`]!).map((n) => [n, valueFor(n)])), count };
        expect(fillCount(node, name, language, vars), `${ns}:${key} (${count})`).toBe(i18n.t(key, { ns, lng: language, ...vars }));
      }
    }
  });
});

describe('the template helpers', () => {
  it('fills each placeholder once, trims names and leaves unknown ones', () => {
    expect(fill('{{a}}-{{ b }}-{{c}}', { a: '{{b}}', b: 2 })).toBe('{{b}}-2-{{c}}');
    expect(fill('no placeholders {x}', { x: 'y' })).toBe('no placeholders {x}');
    expect(fill('{{toString}}', {})).toBe('{{toString}}');
  });

  it('chooses plural forms as i18next does', () => {
    expect([0, 1, 2].map((n) => pluralForm(n, 'en'))).toEqual(['other', 'one', 'other']);
    expect([0, 1, 2].map((n) => pluralForm(n, 'zh-CN'))).toEqual(['other', 'other', 'other']);
  });

  it('splits a template around its placeholders', () => {
    expect(templateParts('Page {{page}} of {{total}}', ['page', 'total'])).toEqual(['Page ', ' of ', '']);
    expect(templateParts('第 {{page}} 页，共 {{total}} 页', ['page', 'total'])).toEqual(['第 ', ' 页，共 ', ' 页']);
    expect(() => templateParts('{{total}} / {{page}}', ['page', 'total'])).toThrow();
    expect(templateTokens('{{a}}, {{ b }}{{c}}!')).toEqual([
      { kind: 'var', name: 'a' }, { kind: 'text', text: ', ' }, { kind: 'var', name: 'b' }, { kind: 'var', name: 'c' }, { kind: 'text', text: '!' },
    ]);
  });
});
