/**
 * The build's cache of work keyed by the content hash of its inputs: a comparison by the two
 * versions' text and the engine's code, a page by its data, the app's code and the HTML shell.
 * A folder of files named by hash (`node_modules/.cache/news-versions/` unless `BUILD_CACHE`
 * names another; `BUILD_CACHE=off` turns it off), safe to delete at any time: a missing or
 * unreadable entry is computed again. Nothing in it is ever trusted beyond its key.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_CACHE_DIR = 'node_modules/.cache/news-versions';

/** Characters written at once by `setParts`. */
const WRITE_PIECE = 1 << 20;

/** A hex SHA-256 of the parts, each delimited so that ("ab", "c") and ("a", "bc") differ. */
export function hashOf(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(String(part.length));
    hash.update('\0');
    hash.update(part);
  }
  return hash.digest('hex');
}

const codeHashes = new Map<string, string>();
/**
 * The hash of the `.ts` files in `folders` and of `files` (paths relative to this module), for
 * cache keys: any change to that code invalidates what it made. Unreadable (a bundled copy of
 * this module), it is a fresh random value: nothing is reused rather than something stale.
 */
function codeVersion(folders: readonly string[], files: readonly string[] = []): string {
  const id = [...folders, '', ...files].join('\n');
  const known = codeHashes.get(id);
  if (known) return known;
  let hash: string;
  try {
    const paths = folders.flatMap((folder) => {
      const dir = fileURLToPath(new URL(folder, import.meta.url));
      return readdirSync(dir)
        .filter((name) => name.endsWith('.ts'))
        .sort()
        .map((name) => path.join(dir, name));
    });
    paths.push(...files.map((file) => fileURLToPath(new URL(file, import.meta.url))));
    if (paths.length === 0) throw new Error('no sources');
    hash = hashOf(...paths.flatMap((file) => [path.basename(file), readFileSync(file)]));
  } catch {
    hash = hashOf(String(Math.random()), String(Date.now()));
  }
  codeHashes.set(id, hash);
  return hash;
}

/**
 * The engine's version for cache keys: the hash of its source files (src/engine/*.ts), so any
 * change to the aligner invalidates every cached comparison.
 */
export const engineVersion = (): string => codeVersion(['../../engine/']);

/**
 * The content parser's version: its own modules, the domain types and checks and the engine's
 * tokens it uses, and the lockfile (the Markdown and YAML libraries' versions).
 */
export const parserVersion = (): string =>
  codeVersion(['./', '../../domain/', '../../engine/'], ['../../../package-lock.json']);

/**
 * The version of a story's data files: the parser's (whose output they are made from), the
 * engine's (their comparisons) and the code that cuts them into files.
 */
export const storyDataVersion = (): string =>
  codeVersion(
    ['./', '../../domain/', '../../engine/'],
    ['../../../package-lock.json', '../vite-plugin-content.ts', '../story-data.ts'],
  );

/**
 * The search index's version: the code that reads an article's words, writes the index and
 * cuts the articles into cached buckets (a change to any of them makes every bucket's words
 * read again).
 */
export const searchIndexVersion = (): string =>
  codeVersion(
    ['../search/'],
    [
      '../search-buckets.ts',
      '../vite-plugin-search.ts',
      '../../domain/search-words.ts',
      '../../domain/search-index.ts',
      '../../domain/body.ts',
    ],
  );

export interface BuildCache {
  /** The value stored under `key`, or undefined (never stored, deleted, or unreadable). */
  get: (key: string) => string | undefined;
  set: (key: string, value: string) => void;
  /** The value stored under `key` as bytes (a large entry, read without a string of it). */
  getBytes: (key: string) => Buffer | undefined;
  /** Stores the concatenation of `parts`, written as they come (a large entry, never whole). */
  setParts: (key: string, parts: Iterable<string>) => void;
  hits: number;
  misses: number;
}

/**
 * The value stored under `key` (JSON), or else `compute()`'s, stored for next time. An entry that
 * no longer parses (a damaged cache file) is computed again and replaced: the cache is only ever
 * a shortcut, never a source of truth.
 */
export function cachedJson<T>(cache: BuildCache, key: string, compute: () => T): T {
  const known = cache.get(key);
  if (known !== undefined) {
    try {
      return JSON.parse(known) as T;
    } catch {
      // Fall through: computed again and replaced below.
    }
  }
  const value = compute();
  cache.set(key, JSON.stringify(value));
  return value;
}

/** The cache folder for `kind` (`comparisons`, `pages`), or a cache that keeps nothing. */
export function openCache(kind: string, root = process.cwd()): BuildCache {
  const setting = process.env['BUILD_CACHE'];
  const off = setting === 'off' || setting === '0';
  const dir = path.resolve(root, setting && !off ? setting : DEFAULT_CACHE_DIR, kind);
  const file = (key: string) => path.join(dir, key.slice(0, 2), key);
  /** An entry read by `load`, counted as a hit; a missing or unreadable one is a miss. */
  const read = <T>(key: string, load: (at: string) => T): T | undefined => {
    if (off) return undefined;
    try {
      const value = load(file(key));
      cache.hits++;
      return value;
    } catch {
      cache.misses++;
      return undefined;
    }
  };
  const cache: BuildCache = {
    hits: 0,
    misses: 0,
    get: (key) => read(key, (at) => readFileSync(at, 'utf8')),
    set(key, value) {
      cache.setParts(key, [value]);
    },
    getBytes: (key) => read(key, (at) => readFileSync(at)),
    setParts(key, parts) {
      if (off) return;
      const target = file(key);
      try {
        mkdirSync(path.dirname(target), { recursive: true });
        // Written beside and renamed: a build stopped halfway never leaves half an entry.
        const partial = `${target}.${process.pid}.partial`;
        const fd = openSync(partial, 'w');
        try {
          let pending = '';
          for (const part of parts) {
            pending += part;
            if (pending.length < WRITE_PIECE) continue;
            writeSync(fd, pending);
            pending = '';
          }
          if (pending !== '') writeSync(fd, pending);
        } finally {
          closeSync(fd);
        }
        renameSync(partial, target);
      } catch {
        // A cache that cannot be written only costs the next build the work again.
      }
    },
  };
  return cache;
}
