import fs from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * Besides the usual checks, this file enforces ARCHITECTURE.md's dependency rule:
 * renderer -> shared <- electron. shared imports neither side nor any platform module,
 * the renderer never touches Node or Electron, and services never import 'electron'.
 *
 * Inside the renderer, the same one-way rule between its layers (docs/ARCHITECTURE-NOTES.md):
 * shell -> kernel <- features. The kernel imports no feature and not the shell; a feature imports
 * no other feature and not the shell; the shell reaches the features only through the area
 * registry (shell/areas.ts, whose descriptors areaRegistry.ts loads). Import cycles are caught by
 * build/check-import-cycles.mjs, which `npm run lint` runs after ESLint.
 */
const features = fs.readdirSync(new URL('./renderer/src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const layerZones = [
  ...features.map((feature) => ({
    target: `./renderer/src/features/${feature}`,
    from: './renderer/src/features',
    except: [`./${feature}`],
    message: 'A feature does not import another feature: move what both need to renderer/src/kernel/ (or shared/), or link to the other area with hrefFor/navigate.',
  })),
  { target: './renderer/src/kernel', from: './renderer/src/features', message: 'The kernel knows no feature: an area adds to it through its area.ts (page, texts, palette group, effects).' },
  { target: './renderer/src/kernel', from: './renderer/src/shell', message: 'The kernel does not import the shell: move the piece into the kernel.' },
  { target: './renderer/src/features', from: './renderer/src/shell', message: 'A feature does not import the shell: what both need belongs in renderer/src/kernel/.' },
  { target: './renderer/src/shell', from: './renderer/src/features', message: 'The shell reaches features only through the area registry (shell/areas.ts + each features/<id>/area.ts): add what you need to the AreaDescriptor.' },
];

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'util', 'stream', 'worker_threads'];
const nodeImportPatterns = ['node:*', ...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`)];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'tools/**', 'test-results/**', 'playwright-report/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/electron/**', '**/renderer/**', 'electron'], message: 'shared/ must not import from electron/ or renderer/ (ARCHITECTURE.md dependency rule).' },
          { group: nodeImportPatterns, message: 'shared/ is pure TypeScript: no Node modules.' },
          { group: ['react', 'react-dom', '@mantine/*'], message: 'shared/ has no UI code.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', '**/electron/**'], message: 'The renderer talks to data only through the WorkspaceApi contract (ARCHITECTURE.md).' },
          { group: nodeImportPatterns, message: 'The renderer never imports Node modules.' },
          { group: ['immer'], message: 'The renderer changes the workspace only with run(op, args): operations live in shared/<area>/ops (ARCHITECTURE.md); no recipes or patches here.' },
          { group: ['react-i18next', 'i18next'], message: "Texts come from useT('<area>') or tFor(ns, language) in kernel/i18n/typedT.ts (typed keys); only kernel/i18n talks to i18next." },
        ],
      }],
    },
  },
  {
    // The i18n core is the one place that uses i18next and react-i18next directly.
    files: ['renderer/src/kernel/i18n/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', '**/electron/**'], message: 'The renderer talks to data only through the WorkspaceApi contract (ARCHITECTURE.md).' },
          { group: nodeImportPatterns, message: 'The renderer never imports Node modules.' },
          { group: ['immer'], message: 'The renderer changes the workspace only with run(op, args).' },
        ],
      }],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      // Without a resolver that knows .ts/.tsx the rule silently resolves nothing.
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**'], message: 'electron/ does not import the renderer.' }],
      }],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/web/**/*.ts', 'electron/launcher/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron'], message: "Services and web mode run under plain Node: no 'electron' import." },
          { group: ['**/renderer/**'], message: 'Node code does not import the renderer.' },
        ],
      }],
    },
  },
  {
    files: ['tests/**/*.ts', 'tests/**/*.mjs', 'build/**/*.mjs', '*.config.ts', '*.config.js'],
    languageOptions: { globals: globals.node },
  },
);
