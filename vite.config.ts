import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentPlugin } from './src/node/vite-plugin-content.ts';
import { leanRouterPlugin } from './src/node/vite-plugin-lean-router.ts';
import { cspPlugin, SECURITY_HEADERS } from './src/node/vite-plugin-csp.ts';
import { pageStartPlugin } from './src/node/vite-plugin-page-start.ts';
import { prerenderPlugin } from './src/node/vite-plugin-prerender.ts';
import { previewNotFoundPlugin } from './src/node/preview-not-found.ts';
import { searchPlugin } from './src/node/vite-plugin-search.ts';
import { siteSyncPlugin } from './src/node/vite-plugin-site-sync.ts';
import { sliceFromEnv } from './src/node/shard.ts';

// SHARD=i/n (or JOB_COMPLETION_INDEX + JOB_COMPLETION_COUNT) builds one slice of the stories;
// MERGE_SHARDS=<folder> merges the slices (src/node/shard.ts, scripts/build-shards.ts).
const slice = sliceFromEnv(process.env);

// One config for the app, the dev server and every test runner.
export default defineConfig({
  plugins: [
    leanRouterPlugin(),
    react(),
    contentPlugin({ dir: process.env['CONTENT_DIR'] ?? 'content', slice }),
    cspPlugin(),
    pageStartPlugin(),
    // SITE_ORIGIN: the public address of the site, for the feed's absolute links.
    prerenderPlugin({ origin: process.env['SITE_ORIGIN'], slice }),
    previewNotFoundPlugin(),
    searchPlugin({ slice }),
    // Last: after every plugin that writes into the site, it deletes what this build did not.
    siteSyncPlugin(),
  ],
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    sourcemap: true,
    rolldownOptions: {
      output: {
        // The list of stories is a data chunk, kept apart under data/ (articles and comparisons
        // are JSON files there, see vite-plugin-content.ts).
        // Its name is fixed, not hashed: a hashed name would change the hash of every script
        // that imports it whenever any story changed, so a shard's pages (built without the
        // other shards' stories) would link other scripts than the merged site has.
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId === '\0virtual:content/index'
            ? 'data/content-index.js'
            : 'assets/[name]-[hash].js',
        // The libraries every route needs, in one long-cached chunk with an honest name; then the
        // app's own modules that every route needs (stores, paths, formats, the shell), in one
        // chunk rather than a dozen: each file gzipped alone repeats what the others share, so
        // one file is 1.5 KB smaller on every route than the ten it replaces. Nothing loaded
        // lazily (the aligner, a route, search, settings) may match here.
        codeSplitting: {
          groups: [
            {
              name: 'vendor',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|zustand|date-fns)[\\/]/,
              priority: 2,
            },
            {
              name: 'app',
              test: /src[\\/](store[\\/](content|reader)-|shared[\\/]|domain[\\/](body|content|group-kinds|story)|app[\\/](app|layout|use-scroll-to-hash|route-error-boundary|lazy-route|routes[\\/]not-found\.ts)|features[\\/](settings[\\/](settings-menu|use-apply-settings|apply-settings)|search[\\/]search-box)|engine[\\/](compact|rank-findings|group-text|round|percent|count-text)\.ts)/,
              priority: 1,
            },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: false, headers: SECURITY_HEADERS },
  test: {
    // A hang guard, not a speed assertion: on a loaded 2-core machine the property and
    // specification tests (thousands of cases) can take longer than vitest's default 5 s.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/{architecture,domain,node,engine,scripts,shared}/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/{app,features,store}/**/*.test.{ts,tsx}', 'tests/shared/**/*.test.tsx'],
          setupFiles: ['tests/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
