/**
 * The search index: at the end of the build, after every page is prerendered, Pagefind is handed
 * each article page's searchable part and writes a static index into the site (its own
 * JavaScript, WebAssembly and the index in small chunks that a query fetches on demand). Only the
 * parts marked `data-pagefind-body` (each article's headline and body) are indexed, not
 * navigation, and not the comparison pages, which repeat two articles' text. The binary comes
 * from the npm package `@pagefind/<platform>` (no download); the browser loads the index only
 * when a reader searches (src/features/search/).
 *
 * The index is cut into buckets by story (search-buckets.ts, src/domain/search-index.ts), each
 * its own Pagefind index: Pagefind cannot add to an index, so a bucket whose pages are all as
 * the last build left them (their keys in the site's manifest, site-sync.ts) is left in place,
 * and only the others are indexed again.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type * as PagefindModule from 'pagefind';
import type { Plugin, ResolvedConfig } from 'vite';
import { BUCKETS_FILE, bucketFolder, SEARCH_DIR } from '../domain/search-index.ts';
import { hashOf, searchIndexVersion } from './content/build-cache.ts';
import { writeKept } from './page-writer.ts';
import { bucketCount, bucketOf } from './search-buckets.ts';
import { writesLists, type BuildSlice } from './shard.ts';
import type { SiteSync } from './site-sync.ts';
import { CONTENT_PLUGIN_NAME, type ContentPluginApi } from './vite-plugin-content.ts';
import { apiOf } from './vite-plugin-prerender.ts';
import { SITE_SYNC_PLUGIN_NAME, type SiteSyncPluginApi } from './vite-plugin-site-sync.ts';

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

/**
 * Pagefind's code: the browser loads it from bucket 0 only (the other buckets are merged into
 * that one and share its worker and WebAssembly), so the other buckets do not keep it.
 */
const CODE_FILES = [
  'pagefind.js',
  'pagefind-worker.js',
  'wasm.en.pagefind',
  'wasm.unknown.pagefind',
];

/** The folder of the site whose pages are indexed: only article pages have searchable parts. */
const INDEXED_PAGES = 'articles';

/** The part of a page Pagefind indexes: from `<article … data-pagefind-body…>` to its end. */
const SEARCHED_PART = /<article\b[^>]*\bdata-pagefind-body\b[^>]*>[\s\S]*<\/article>/;

interface IndexedPage {
  /** The URL Pagefind records. */
  url: string;
  /** The page's file, relative to the site. */
  file: string;
}

/**
 * The article pages of the site (`articles/<id>/index.html`), in a fixed order (the index is the
 * same byte for byte whoever builds it), grouped by their story's bucket.
 */
function pagesByBucket(outDir: string, storyOf: (articleId: string) => string): IndexedPage[][] {
  let ids: string[];
  try {
    ids = readdirSync(path.join(outDir, INDEXED_PAGES)).sort();
  } catch {
    ids = [];
  }
  const count = bucketCount([...new Set(ids.map(storyOf))]);
  const buckets = Array.from({ length: count }, (): IndexedPage[] => []);
  for (const id of ids)
    buckets[bucketOf(storyOf(id), count)]?.push({
      url: `/${INDEXED_PAGES}/${encodeURIComponent(id)}/`,
      file: path.join(INDEXED_PAGES, id, 'index.html'),
    });
  return buckets;
}

/** Every file under `dir` (relative to `outDir`). */
const filesUnder = (outDir: string, dir: string) =>
  readdirSync(path.join(outDir, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)));

type Pagefind = typeof PagefindModule;

/** Indexes `pages` into the bucket folder `dir` (relative to `outDir`), emptied first. */
async function writeBucket(
  pagefind: Pagefind,
  outDir: string,
  dir: string,
  pages: readonly IndexedPage[],
  withCode: boolean,
): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`search index: ${errors.join('; ')}`);
  // One page after the other while the next file is read.
  let next = pages[0] ? readFile(path.join(outDir, pages[0].file), 'utf8') : null;
  for (let i = 0; i < pages.length && next; i++) {
    const html = await next;
    const page = pages[i + 1];
    next = page ? readFile(path.join(outDir, page.file), 'utf8') : null;
    const part = SEARCHED_PART.exec(html)?.[0];
    if (!part) continue;
    const added = await index.addHTMLFile({
      url: pages[i]?.url ?? '',
      content: `<!doctype html><html lang="en"><head></head><body>${part}</body></html>`,
    });
    if (added.errors.length > 0) throw new Error(`search index: ${added.errors.join('; ')}`);
  }
  const outputPath = path.join(outDir, dir);
  rmSync(outputPath, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  for (const file of [...UNUSED_FILES, ...(withCode ? [] : CODE_FILES)])
    rmSync(path.join(outputPath, file), { force: true });
}

export interface SearchIndexFigures {
  pages: number;
  buckets: number;
  /** Buckets indexed again (the others were left as the last build wrote them). */
  written: number;
}

/**
 * Indexes the site in `outDir`, bucket by bucket, leaving in place each bucket whose pages and
 * files are as the last build left them (`sync`); `storyOf` names an article's story.
 */
export async function writeSearchIndex(
  outDir: string,
  sync: SiteSync,
  storyOf: (articleId: string) => string,
): Promise<SearchIndexFigures> {
  const buckets = pagesByBucket(outDir, storyOf);
  const lastFiles = new Map<string, string[]>();
  for (const file of sync.lastFiles(SEARCH_DIR)) {
    const [top, folder] = file.split(path.sep);
    if (top !== SEARCH_DIR || folder === undefined || folder === BUCKETS_FILE) continue;
    lastFiles.set(folder, [...(lastFiles.get(folder) ?? []), file]);
  }
  const pageKey = (page: IndexedPage) =>
    sync.keyOf(page.file) ?? hashOf(readFileSync(path.join(outDir, page.file)));
  let pagefind: Pagefind | null = null;
  let written = 0;
  try {
    for (const [k, pages] of buckets.entries()) {
      // Bucket 0 always (the browser starts from it); the others when they have pages.
      if (k > 0 && pages.length === 0) continue;
      const dir = path.join(SEARCH_DIR, bucketFolder(k));
      const key = hashOf(
        'search bucket',
        searchIndexVersion(),
        `${k} of ${buckets.length}`,
        ...pages.flatMap((page) => [page.url, pageKey(page)]),
      );
      if (sync.keepAll(lastFiles.get(String(k)) ?? [], key)) continue;
      pagefind ??= await import('pagefind');
      await writeBucket(pagefind, outDir, dir, pages, k === 0);
      for (const file of filesUnder(outDir, dir)) sync.wrote(file, key);
      written++;
    }
  } finally {
    await pagefind?.close();
  }
  const others = buckets.flatMap((pages, k) =>
    k > 0 && pages.length > 0 ? [bucketFolder(k)] : [],
  );
  const list = JSON.stringify(others);
  writeKept(outDir, sync, path.join(SEARCH_DIR, BUCKETS_FILE), hashOf(list), () => list);
  return {
    pages: buckets.reduce((sum, pages) => sum + pages.length, 0),
    buckets: others.length + 1,
    written,
  };
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
        const sync = apiOf<SiteSyncPluginApi>(config, SITE_SYNC_PLUGIN_NAME).sync();
        const index = await apiOf<ContentPluginApi>(config, CONTENT_PLUGIN_NAME).index();
        const stories = new Map<string, string>();
        for (const story of index.stories)
          for (const version of story.versions) stories.set(version, story.id);
        const outDir = path.resolve(config.root, config.build.outDir);
        const figures = await writeSearchIndex(outDir, sync, (id) => stories.get(id) ?? id);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        config.logger.info(
          `search index: ${figures.pages} articles in ${figures.buckets} buckets, ${figures.written} indexed again, in ${seconds} s`,
        );
      },
    },
  };
}
