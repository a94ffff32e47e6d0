// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers only point one way. `src/app` composes features; features never import each other
 * or the app; the store, shared code and domain never import features; the comparison engine is
 * pure (no React, no store, no Node); nothing in the browser imports the Node-side build.
 *
 * Written with ESLint's own `no-restricted-imports` (regexes over the import path), so the rule
 * needs no resolver with native bindings. Relative imports name the folder they enter
 * (`../../node/…`), which is what the regexes match.
 */
const layer = (name) => ({
  regex: `(^|/)${name}/`,
  message: `This layer may not import from src/${name}/.`,
});
const NODE_ONLY = {
  group: ['node:*', 'fs', 'path', 'yaml', 'unified', 'remark-*', 'mdast*'],
  message: 'Node-only or build-time module: parse at build time instead.',
};
const SCHEMA_AS_TYPE = {
  group: ['zod', '**/article-schema.ts'],
  allowTypeImports: true,
  message: 'The schema validates at build time; import only its types here.',
};
const PURE = {
  group: ['react', 'react-*', 'zustand', 'zustand/*', 'zod'],
  message: 'The comparison engine is pure TypeScript: no React, store or schema.',
};
const SIBLING_FEATURE = (feature) => ({
  regex: `^\\.\\./(?!\\.\\./|${feature}/)`,
  message: 'Features never import each other: compose them in src/app.',
});

/** react-router's `Link` carries code this app never runs; the app's own is in src/shared. */
const ROUTER_LINK = {
  name: 'react-router',
  importNames: ['Link', 'NavLink'],
  message: 'Use Link from src/shared/link.tsx (see its doc comment).',
};

/** Every folder under src/features is a feature, so a new one is fenced in without editing this file. */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** [files, forbidden patterns] per layer; each file gets exactly one list. */
const LAYERS = [
  [
    'src/engine/**',
    [NODE_ONLY, PURE, ...['app', 'features', 'store', 'shared', 'node', 'domain'].map(layer)],
  ],
  [
    'src/domain/**',
    [NODE_ONLY, SCHEMA_AS_TYPE, ...['app', 'features', 'store', 'shared', 'node'].map(layer)],
  ],
  ['src/node/**', [...['app', 'features', 'store', 'shared'].map(layer)]],
  ['src/store/**', [NODE_ONLY, SCHEMA_AS_TYPE, ...['app', 'features', 'node'].map(layer)]],
  [
    'src/shared/**',
    [NODE_ONLY, SCHEMA_AS_TYPE, ...['app', 'features', 'store', 'node'].map(layer)],
  ],
  ...FEATURES.map((feature) => [
    `src/features/${feature}/**`,
    [NODE_ONLY, SCHEMA_AS_TYPE, SIBLING_FEATURE(feature), ...['app', 'node'].map(layer)],
  ]),
  ['src/app/**', [NODE_ONLY, SCHEMA_AS_TYPE, layer('node')]],
  ['src/*.{ts,tsx}', [NODE_ONLY, SCHEMA_AS_TYPE, layer('node')]],
];

export default tseslint.config(
  { ignores: ['dist', 'bin', 'coverage', 'node_modules', 'test-results', 'scratch'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  ...LAYERS.map(([files, patterns]) => ({
    files: [files],
    ignores: files === 'src/domain/**' ? ['src/domain/article-schema.ts'] : [],
    rules: { 'no-restricted-imports': ['error', { patterns, paths: [ROUTER_LINK] }] },
  })),
  {
    files: ['src/node/**/*.ts', 'scripts/**/*.{ts,mjs}', 'tests/**/*.{ts,tsx}', '*.config.{ts,js}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
