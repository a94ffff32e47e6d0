/**
 * The build's cache of work keyed by the content hash of its inputs: a comparison by the two
 * versions' text and the engine's code, a page by its data, the app's code and the HTML shell.
 * A folder of files named by hash (`node_modules/.cache/news-versions/` unless `BUILD_CACHE`
 * names another; `BUILD_CACHE=off` turns it off), safe to delete at any time: a missing or
 * unreadable entry is computed again. Nothing in it is ever trusted beyond its key.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_CACHE_DIR = 'node_modules/.cache/news-versions';

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

let engineHash: string | null = null;
/**
 * The engine's version for cache keys: the hash of its source files (src/engine/*.ts), so any
 * change to the aligner invalidates every cached comparison. Unreadable (a bundled copy of this
 * module), it is a fresh random value: nothing is reused rather than something stale.
 */
export function engineVersion(): string {
  if (engineHash) return engineHash;
  try {
    const dir = fileURLToPath(new URL('../../engine/', import.meta.url));
    const names = readdirSync(dir)
      .filter((name) => name.endsWith('.ts'))
      .sort();
    if (names.length === 0) throw new Error('no engine sources');
    engineHash = hashOf(...names.flatMap((name) => [name, readFileSync(path.join(dir, name))]));
  } catch {
    engineHash = hashOf(String(Math.random()), String(Date.now()));
  }
  return engineHash;
}

export interface BuildCache {
  /** The value stored under `key`, or undefined (never stored, deleted, or unreadable). */
  get: (key: string) => string | undefined;
  set: (key: string, value: string) => void;
  hits: number;
  misses: number;
}

/** The cache folder for `kind` (`comparisons`, `pages`), or a cache that keeps nothing. */
export function openCache(kind: string, root = process.cwd()): BuildCache {
  const setting = process.env['BUILD_CACHE'];
  const off = setting === 'off' || setting === '0';
  const dir = path.resolve(root, setting && !off ? setting : DEFAULT_CACHE_DIR, kind);
  const file = (key: string) => path.join(dir, key.slice(0, 2), key);
  const cache: BuildCache = {
    hits: 0,
    misses: 0,
    get(key) {
      if (off) return undefined;
      try {
        const value = readFileSync(file(key), 'utf8');
        cache.hits++;
        return value;
      } catch {
        cache.misses++;
        return undefined;
      }
    },
    set(key, value) {
      if (off) return;
      const target = file(key);
      try {
        mkdirSync(path.dirname(target), { recursive: true });
        // Written beside and renamed: a build stopped halfway never leaves half an entry.
        const partial = `${target}.${process.pid}.partial`;
        writeFileSync(partial, value);
        renameSync(partial, target);
      } catch {
        // A cache that cannot be written only costs the next build the work again.
      }
    },
  };
  return cache;
}
