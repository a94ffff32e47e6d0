// @ts-check
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers only point one way. `src/app` composes features; features never import each other
 * or the app; the store, shared UI and domain never import features; the comparison engine is
 * pure (no React, no store, no Node); nothing in the browser imports the Node-side build.
 */
const FEATURES = ['reading', 'comments', 'compare'];
const layerZones = [
  { target: './src/compare', from: ['./src/app', './src/features', './src/store', './src/shared', './src/build', './src/domain'], message: 'The comparison engine is pure: it depends on nothing else in the app.' },
  { target: './src/domain', from: ['./src/app', './src/features', './src/store', './src/shared', './src/build'], message: 'Domain types depend only on the engine types.' },
  { target: './src/build', from: ['./src/app', './src/features', './src/store', './src/shared'], message: 'The build runs in Node and knows nothing of the views.' },
  { target: './src/store', from: ['./src/app', './src/features', './src/build'], message: 'Stores sit below the features.' },
  { target: './src/shared', from: ['./src/app', './src/features', './src/store', './src/build'], message: 'Shared code sits below features and stores.' },
  { target: './src/features', from: ['./src/app', './src/build'], message: 'Features never import the app shell or the Node-side build.' },
  { target: './src/app', from: ['./src/build'], message: 'The browser never imports the Node-side build.' },
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other: compose them in src/app.',
  })),
];

const NODE_ONLY = ['node:*', 'fs', 'path', 'yaml', 'unified', 'remark-*', 'mdast*', 'fastest-levenshtein'];

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Browser code: no Node APIs, no parsers; the schema (and zod) only as types.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/build/**', 'src/domain/article-schema.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: NODE_ONLY, message: 'Node-only or build-time module: parse at build time instead.' },
            { group: ['zod', '**/article-schema.ts'], allowTypeImports: true, message: 'The schema validates at build time; import only its types here.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/compare/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...NODE_ONLY, 'react', 'react-*', 'zustand', 'zustand/*', 'zod'], message: 'The comparison engine is pure TypeScript: no React, store, schema or Node API.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/build/**/*.ts', 'scripts/**/*.{ts,mjs}', 'tests/**/*.{ts,tsx}', '*.config.{ts,js}', '.ci/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
