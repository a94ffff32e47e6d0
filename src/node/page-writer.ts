/**
 * Which pages the prerender step must render, and writing them. A page comes, cheapest first:
 * from the site folder as the last build left it (site-sync.ts: not read, not written), from the
 * page cache (read and written), or from the renderer.
 *
 * A story's page is the same as last build's when its data, the code that renders it and the
 * shell are: the cache holds it under the hash of those. A list page (and search, 404) shows only
 * the list pages it names (`page.lists`): the cache holds it under the hash of the code and its
 * address, with the names and the hash of those lists' data, and it is reused while those lists
 * are the same (adding a story re-renders only the list pages it moves).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hashOf, type BuildCache } from './content/build-cache.ts';
import type { PrerenderedPage } from '../domain/prerendered-page.ts';
import { FileTable } from './file-table.ts';
import { pageDocument, type PageAssets } from './page-document.ts';
import { listDataKey, storyDataKey, storyOfUrl } from './prerender-slice.ts';
import type { SiteSync } from './site-sync.ts';
import type { SiteIndex } from './prerender-slice.ts';

/** A list page in the page cache: the lists it showed, the hash of their data, its HTML. */
interface CachedListPage {
  lists: string[];
  data: string;
  html: string;
}

export interface PagePlan {
  /** The pages neither the site folder nor the cache had. */
  toRender: (string | null)[];
  /** Pages left in the site folder as they were. */
  kept: number;
  /** Pages written from the cache. */
  fromCache: number;
  /** Writes a rendered page (and caches it). */
  write: (page: PrerenderedPage) => void;
}

export interface PageWriterOptions {
  outDir: string;
  urls: (string | null)[];
  site: SiteIndex;
  /** The HTML shell every page is made from. */
  template: string;
  /** The hash of the code that renders pages and of the shell. */
  code: string;
  assetsFor: (url: string | null, lists: readonly string[]) => PageAssets;
  pages: BuildCache;
  sync: SiteSync;
}

/** The file of the page at `url` (null: the not-found page), relative to the site. */
export const pageFile = (url: string | null): string =>
  url === null ? '404.html' : path.join(url.replace(/^\//, ''), 'index.html');

/** Writes `text` to `file` (relative to `outDir`) unless the site already holds it from `key`. */
export function writeKept(
  outDir: string,
  sync: SiteSync,
  file: string,
  key: string,
  text: () => string,
): void {
  if (sync.unchanged(file, () => key)) return;
  const target = path.join(outDir, file);
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, text());
  sync.wrote(file, key);
}

export function planPages(options: PageWriterOptions): PagePlan {
  const { outDir, site, template, code, assetsFor, pages, sync } = options;
  // A page's key is worked out when it is needed (planned, then written), not held: a Map of
  // every page's key was 0.8 KB of heap a story (docs/archive.md, round eight). Each story's data
  // key is kept, off the heap (a merge reads the shards' files from disk to make it).
  const storyHashes = new FileTable();
  const storyHash = (story: string) => {
    const known = storyHashes.get(story)?.key;
    if (known !== undefined) return known;
    const hash = storyDataKey(story, site, sync.keyOf);
    storyHashes.set(story, { key: hash, size: 0, mtimeMs: 0 });
    return hash;
  };
  /** A story page's key (`story`), or a list page's cache key (`list`). */
  const keyOf = (url: string | null): { story: string } | { list: string } => {
    const story = storyOfUrl(url, site);
    return story === null
      ? { list: hashOf(code, 'list page', url ?? '404.html') }
      : { story: hashOf(code, url ?? '', JSON.stringify(assetsFor(url, [])), storyHash(story)) };
  };
  // A list page's key in the site's manifest: its cache key and its lists' data.
  const listPageKey = (listKey: string, lists: readonly string[]) =>
    hashOf(listKey, listDataKey(lists, site, sync.keyOf));
  const writeFile = (url: string | null, html: string) => {
    const target = path.join(outDir, pageFile(url));
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, html);
  };
  const cachedListPage = (key: string): CachedListPage | undefined => {
    try {
      const entry = JSON.parse(pages.get(key) ?? 'null') as CachedListPage | null;
      return entry && entry.data === listDataKey(entry.lists, site, sync.keyOf) ? entry : undefined;
    } catch {
      return undefined; // damaged: rendered again and replaced
    }
  };
  let kept = 0;
  let fromCache = 0;
  const toRender = options.urls.filter((url) => {
    const file = pageFile(url);
    const keys = keyOf(url);
    if ('story' in keys) {
      const key = keys.story;
      if (sync.unchanged(file, () => key)) return (kept++, false);
      const cached = pages.get(key);
      if (cached === undefined) return true;
      writeFile(url, cached);
      sync.wrote(file, key);
    } else {
      const listKey = keys.list;
      if (sync.unchanged(file, (lists) => listPageKey(listKey, lists))) return (kept++, false);
      const cached = cachedListPage(listKey);
      if (cached === undefined) return true;
      writeFile(url, cached.html);
      sync.wrote(file, listPageKey(listKey, cached.lists), cached.lists);
    }
    fromCache++;
    return false;
  });
  const write = (page: PrerenderedPage) => {
    // The policy allows no inline script: a page that needs one would be broken as served.
    if (/<script(?![^>]*\bsrc=)/.test(page.html))
      throw new Error(`prerendering ${page.url ?? '404.html'} produced an inline <script>`);
    const html = pageDocument(template, page, assetsFor(page.url, page.lists));
    writeFile(page.url, html);
    const file = pageFile(page.url);
    const keys = keyOf(page.url);
    if ('story' in keys) {
      pages.set(keys.story, html);
      sync.wrote(file, keys.story);
    } else {
      const listKey = keys.list;
      const entry: CachedListPage = {
        lists: page.lists,
        data: listDataKey(page.lists, site, sync.keyOf),
        html,
      };
      pages.set(listKey, JSON.stringify(entry));
      sync.wrote(file, listPageKey(listKey, page.lists), page.lists);
    }
  };
  return { toRender, kept, fromCache, write };
}
