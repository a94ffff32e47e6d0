/**
 * react-router as lean as this app uses it, for `vite build` only (dev and tests keep the
 * package's development build and its warnings). Three steps, each measured on the comparison
 * route's JavaScript (docs/performance-history.md):
 *
 * 1. The package's exports name only its development build; the production build beside it is
 *    what a reader should get (-0.5 KB gzip).
 * 2. That build tags its components for React DevTools (`Form.displayName = "Form"`) at the top
 *    level. A property write counts as a side effect, so every tagged component, used or not,
 *    was kept with all it calls. The tags are dropped: they only name components in DevTools.
 * 3. Its components are made with `React.forwardRef(…)` at the top level, a call the bundler
 *    cannot know is pure; it is declared pure (it only wraps a function in an object), so an
 *    unused component goes. `import_react` is the bundler's name for react's namespace: if a
 *    bundler update renames it, nothing breaks, the route only grows again (the route-budget
 *    browser test then fails).
 *
 * With the app's own `Link` (src/shared/link.tsx), 2 and 3 drop react-router's form, fetcher,
 * prefetch and server-component code: about 4 KB gzip on every route.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const PRODUCTION = fileURLToPath(
  new URL('../../node_modules/react-router/dist/production/index.mjs', import.meta.url),
);
const DISPLAY_NAME = /^[\w$]+\.displayName = "[^"\n]*";$/gm;

/** Removes react-router's top-level DevTools names from one of its production files. */
export function stripDisplayNames(code: string): string {
  return code.replace(DISPLAY_NAME, '');
}

export function leanRouterPlugin(): Plugin {
  return {
    name: 'news-versions:lean-router',
    apply: 'build',
    enforce: 'pre',
    config: () => ({
      resolve: { alias: [{ find: /^react-router$/, replacement: PRODUCTION }] },
      build: {
        rolldownOptions: { treeshake: { manualPureFunctions: ['import_react.forwardRef'] } },
      },
    }),
    transform: {
      filter: { id: /react-router[\\/]dist[\\/]production[\\/]/ },
      handler: (code) => ({ code: stripDisplayNames(code), map: null }),
    },
  };
}
