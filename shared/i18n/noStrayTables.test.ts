import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * One translation model: every word the app shows or prints lives in a namespace (shared/i18n for
 * the words code outside React needs, the renderer's translation files for the rest). A bilingual
 * table written anywhere else (`Record<UiLanguage, …>` or an object with both an `en` and a
 * `'zh-CN'` key) is a second model growing back, so this test fails and names the file.
 */

const ROOT = join(__dirname, '../..');
const SCANNED = ['shared', 'renderer', 'electron'];

/** Where per-language objects belong. Paths are relative to the repository, with '/'. */
const ALLOWED: RegExp[] = [
  /^shared\/i18n\//,
  // Content, not UI words: the sample workspace and the built-in document templates (builtInTemplates.ts and the
  // template files it gathers), whose text is written in the workspace's language when it is created.
  /^shared\/samplePlan\//,
  /^shared\/documents\/templates\/(builtInTemplates|[A-Za-z]+Template)\.ts$/,
  // Test data: a workshop held in either language.
  /^shared\/workshop\/print\/workshopFixture\.ts$/,
  // The renderer's translation files: the kernel's i18n, each area's i18n folder, and the area descriptor that registers them.
  /^renderer\/src\/kernel\/i18n\//,
  /^renderer\/src\/features\/[^/]+\/i18n\//,
  /^renderer\/src\/features\/[^/]+\/area\.tsx?$/,
];

const RECORD_BY_LANGUAGE = /Record<\s*UiLanguage\s*,/;
/** `'zh-CN':` as a property key (after `{`, `,`, `(` or at a line start), not `x === 'zh-CN' ? 'zh-CN' : 'en'`. */
const ZH_KEY = /(^|[{,(])\s*(['"])zh-CN\2\s*:/m;
const EN_KEY = /(^|[{,(])\s*(en|(['"])en\3)\s*:/m;

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|js|mjs|cjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) yield path;
  }
}

/** Why a file's text looks like a bilingual table, or null. */
function strayTableIn(text: string): string | null {
  if (RECORD_BY_LANGUAGE.test(text)) return 'Record<UiLanguage, …>';
  if (ZH_KEY.test(text) && EN_KEY.test(text)) return "{ en: …, 'zh-CN': … }";
  return null;
}

describe('no bilingual tables outside the translation files', () => {
  it('recognises both shapes and leaves a language switch alone', () => {
    expect(strayTableIn("const WORDS = {\n  en: { a: 'A' },\n  'zh-CN': { a: '甲' },\n};")).not.toBeNull();
    expect(strayTableIn("const t = { en: 'Yes', 'zh-CN': '是' };")).not.toBeNull();
    expect(strayTableIn('const WORDS: Record<UiLanguage, string> = x;')).not.toBeNull();
    expect(strayTableIn("const lang = language === 'zh-CN' ? 'zh-CN' : 'en';\nconst x = { en: 1 };")).toBeNull();
  });

  it('finds none in shared/, renderer/ or electron/', () => {
    const stray: string[] = [];
    for (const root of SCANNED) {
      for (const file of sourceFiles(join(ROOT, root))) {
        const path = relative(ROOT, file).split(sep).join('/');
        if (ALLOWED.some((allowed) => allowed.test(path))) continue;
        const why = strayTableIn(readFileSync(file, 'utf8'));
        if (why !== null) stray.push(`${path}: ${why} (move the words into shared/i18n/<namespace>.en.ts / .zhCN.ts)`);
      }
    }
    expect(stray).toEqual([]);
  });
});
