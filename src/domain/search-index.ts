/**
 * Where the search index lives in the site, shared by the build that writes it
 * (src/node/vite-plugin-search.ts) and the browser that reads it (src/features/search/).
 *
 * The index is cut into buckets, each its own Pagefind index in `pagefind/<k>/`, so a rebuild
 * re-indexes only the buckets whose stories changed. Bucket 0 also holds Pagefind's code (its
 * script, worker and WebAssembly) and is the one the browser starts from; `pagefind/buckets.json`
 * lists the others (`["1/", "2/", …]`), which the browser merges into it.
 */
export const SEARCH_DIR = 'pagefind';

/** The folder of bucket `k` inside SEARCH_DIR, with its trailing slash. */
export const bucketFolder = (k: number) => `${k}/`;

/** The list of the buckets other than 0, inside SEARCH_DIR. */
export const BUCKETS_FILE = 'buckets.json';

/** Reads BUCKETS_FILE: the folders it lists, or null when it is not such a list. */
export function parseBuckets(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  const folders = value.filter((item): item is string => typeof item === 'string');
  return folders.length === value.length && folders.every((f) => /^[1-9]\d*\/$/.test(f))
    ? folders
    : null;
}
