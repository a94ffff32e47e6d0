/**
 * The part of Pagefind's browser API the app uses (`/pagefind/0/pagefind.js`, written by the
 * build; see src/node/vite-plugin-search.ts), and how it is loaded: only when a reader starts
 * searching, so no route pays for it up front. The index is in buckets (src/domain/search-index.ts):
 * bucket 0 is loaded, the others are merged into it, and a query asks each.
 */
import { BUCKETS_FILE, bucketFolder, parseBuckets, SEARCH_DIR } from '../../domain/search-index.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; label?: string };
}

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

export interface Pagefind {
  options: (options: { excerptLength?: number }) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (basePath: string, options?: { excerptLength?: number }) => Promise<void>;
  /** Resolves to null when a newer call superseded this one. */
  debouncedSearch: (
    query: string,
    options?: object,
    ms?: number,
  ) => Promise<{ results: PagefindResult[] } | null>;
}

/** Where the build writes the index: beside the site's pages. */
const SEARCH_BASE = `${import.meta.env.BASE_URL}${SEARCH_DIR}/`;
export const PAGEFIND_URL = `${SEARCH_BASE}${bucketFolder(0)}pagefind.js`;

/** Words of context around the matched words in an excerpt, in every bucket. */
const OPTIONS = { excerptLength: 24 };

/** The other buckets' folders, or an error naming the file. */
async function otherBuckets(): Promise<string[]> {
  const response = await fetch(`${SEARCH_BASE}${BUCKETS_FILE}`);
  const buckets = response.ok ? parseBuckets(await response.json()) : null;
  if (!buckets) throw new Error(`${SEARCH_DIR}/${BUCKETS_FILE}: not a list of bucket folders`);
  return buckets;
}

/**
 * Loads and starts Pagefind with every bucket merged in. The module is the browser's (one
 * instance however often it is imported), so this holds no state of its own.
 */
export async function loadPagefind(): Promise<Pagefind> {
  const [pagefind, buckets] = await Promise.all([
    import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>,
    otherBuckets(),
  ]);
  await pagefind.options(OPTIONS);
  await pagefind.init();
  await Promise.all(
    buckets.map((folder) => pagefind.mergeIndex(`${SEARCH_BASE}${folder}`, OPTIONS)),
  );
  return pagefind;
}

/** A result's link inside the app: Pagefind's `/articles/x/` without the trailing slash. */
export const resultPath = (url: string) => url.replace(/(.)\/$/, '$1');
