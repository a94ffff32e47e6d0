/**
 * The search index: at the end of the build, after every page is prerendered, Pagefind reads the
 * HTML in the site folder and writes a static index to `pagefind/` beside it (its own JavaScript,
 * WebAssembly and the index in small chunks that a query fetches on demand). Only the parts marked
 * `data-pagefind-body` (each article's headline and body) are indexed, not navigation, and not the
 * comparison pages, which repeat two articles' text. The binary comes from the npm package
 * `@pagefind/<platform>` (no download); the browser loads the index only when a reader searches
 * (src/features/search/).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { writesLists, type BuildSlice } from './shard.ts';

/** Where the index is written in the site, and where the browser finds `pagefind.js`. */
export const SEARCH_DIR = 'pagefind';

/** Pagefind's ready-made interfaces: the app has its own (src/features/search/), so not shipped. */
const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Indexes the site in `outDir`: the number of HTML files read, or an error naming what failed. */
export async function writeSearchIndex(outDir: string): Promise<number> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`search index: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`search index: ${added.errors.join('; ')}`);
    const outputPath = path.join(outDir, SEARCH_DIR);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
    for (const file of UNUSED_FILES) rmSync(path.join(outputPath, file), { force: true });
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}

export function searchPlugin(options: { slice?: BuildSlice } = {}): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'news-versions:search',
    // The browser build only (the prerender step's own SSR build writes no site), and not a
    // shard: the merge indexes every shard's pages at once.
    apply: (userConfig, env) =>
      env.command === 'build' &&
      !userConfig.build?.ssr &&
      writesLists(options.slice ?? { kind: 'all' }),
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      // After the prerender plugin has written every page: the index is made from that HTML.
      order: 'post',
      sequential: true,
      async handler() {
        const started = performance.now();
        const pages = await writeSearchIndex(path.resolve(config.root, config.build.outDir));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        config.logger.info(`search index: ${pages} HTML files read in ${seconds} s`);
      },
    },
  };
}
