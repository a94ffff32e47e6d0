/**
 * The search index: at the end of the build, after every page is prerendered, Pagefind is handed
 * each article page's searchable part and writes a static index to `pagefind/` in the site (its
 * own JavaScript, WebAssembly and the index in small chunks that a query fetches on demand). Only the parts marked
 * `data-pagefind-body` (each article's headline and body) are indexed, not navigation, and not the
 * comparison pages, which repeat two articles' text. The binary comes from the npm package
 * `@pagefind/<platform>` (no download); the browser loads the index only when a reader searches
 * (src/features/search/).
 */
import { readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { removeFolderAside } from './empty-out-dir.ts';
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

/** The folder of the site whose pages are indexed: only article pages have searchable parts. */
const INDEXED_PAGES = 'articles';

/** The part of a page Pagefind indexes: from `<article … data-pagefind-body…>` to its end. */
const SEARCHED_PART = /<article\b[^>]*\bdata-pagefind-body\b[^>]*>[\s\S]*<\/article>/;

/**
 * The article pages of the site (`articles/<id>/index.html`), in a fixed order (the index is the
 * same byte for byte whoever builds it), each as the URL Pagefind records and its file.
 */
function articlePages(outDir: string): { url: string; file: string }[] {
  const dir = path.join(outDir, INDEXED_PAGES);
  let ids: string[];
  try {
    ids = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return ids.map((id) => ({
    url: `/${INDEXED_PAGES}/${encodeURIComponent(id)}/`,
    file: path.join(dir, id, 'index.html'),
  }));
}

/**
 * Indexes the site in `outDir`: the number of pages indexed, or an error naming what failed.
 * Only each article page's searchable part (see SEARCHED_PART) goes to Pagefind, one page after
 * the other while the next file is read: handing it the whole folder made it read and parse every
 * list, story and comparison page (2.5 times as many pages, each larger) only to skip them, and
 * took 22 s of a 46 s build at 1,000 stories (7 s this way).
 */
export async function writeSearchIndex(outDir: string): Promise<number> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`search index: ${errors.join('; ')}`);
    const pages = articlePages(outDir);
    let count = 0;
    let next = pages[0] ? readFile(pages[0].file, 'utf8') : null;
    for (let i = 0; i < pages.length && next; i++) {
      const html = await next;
      const page = pages[i + 1];
      next = page ? readFile(page.file, 'utf8') : null;
      const part = SEARCHED_PART.exec(html)?.[0];
      if (!part) continue;
      const { url } = pages[i] ?? { url: '' };
      const added = await index.addHTMLFile({
        url,
        content: `<!doctype html><html lang="en"><head></head><body>${part}</body></html>`,
      });
      if (added.errors.length > 0) throw new Error(`search index: ${added.errors.join('; ')}`);
      count++;
    }
    const outputPath = path.join(outDir, SEARCH_DIR);
    // A site kept from the last build (site-sync.ts) still has the old index: none of it stays.
    removeFolderAside(outputPath, path.dirname(outDir));
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
    for (const file of UNUSED_FILES) rmSync(path.join(outputPath, file), { force: true });
    return count;
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
        config.logger.info(`search index: ${pages} articles indexed in ${seconds} s`);
      },
    },
  };
}
