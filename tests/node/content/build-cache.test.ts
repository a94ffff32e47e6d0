import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateContent } from '../../../scripts/generate-content.ts';
import {
  cachedJson,
  DEFAULT_CACHE_DIR,
  hashOf,
  openCache,
  type BuildCache,
} from '../../../src/node/content/build-cache.ts';
import { loadContent } from '../../../src/node/content/load-content.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'build-cache-'));
  generateContent(path.join(dir, 'content'), 3);
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const cacheIn = () => openCache('comparisons', path.join(dir, 'cache'));
const storiesIn = () => openCache('stories', path.join(dir, 'cache'));

describe('the comparison cache', () => {
  it('gives the same content from the cache as from the engine, without computing again', async () => {
    const cold = await loadContent('content', dir, { cache: cacheIn() });
    expect(cold.comparisons).toEqual({ computed: 6, cached: 0 });
    const warm = await loadContent('content', dir, { cache: cacheIn() });
    expect(warm.comparisons).toEqual({ computed: 0, cached: 6 });
    expect(warm.data).toEqual(cold.data);
  });

  it('computes only the comparisons of a story whose text changed', async () => {
    await loadContent('content', dir, { cache: cacheIn() });
    const file = path.join(dir, 'content', 'generated-story-2-rewrite.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nA sentence added in a later version.\n`);
    const again = await loadContent('content', dir, { cache: cacheIn() });
    expect(again.comparisons).toEqual({ computed: 2, cached: 4 });
  });

  it('reads an unchanged story whole from the story cache, the same as computed', async () => {
    const cold = await loadContent('content', dir, { cache: cacheIn(), storyCache: storiesIn() });
    const stories = storiesIn();
    const comparisons = cacheIn();
    const warm = await loadContent('content', dir, { cache: comparisons, storyCache: stories });
    expect([stories.hits, stories.misses]).toEqual([3, 0]);
    // No comparison was read on its own: each story's entry holds its own.
    expect([comparisons.hits, comparisons.misses]).toEqual([0, 0]);
    expect(warm.data).toEqual(cold.data);
  });

  it('is safe to delete, and a damaged entry is computed again', async () => {
    const first = await loadContent('content', dir, { cache: cacheIn(), storyCache: storiesIn() });
    for (const kind of ['comparisons', 'stories']) {
      const folder = path.join(dir, 'cache', DEFAULT_CACHE_DIR, kind);
      const shard = readdirSync(folder)[0] ?? '';
      const entry = readdirSync(path.join(folder, shard))[0] ?? '';
      writeFileSync(path.join(folder, shard, entry), '{ not json');
    }
    const damaged = await loadContent('content', dir, {
      cache: cacheIn(),
      storyCache: storiesIn(),
    });
    expect(damaged.data).toEqual(first.data);
    rmSync(path.join(dir, 'cache'), { recursive: true });
    const deleted = await loadContent('content', dir, {
      cache: cacheIn(),
      storyCache: storiesIn(),
    });
    expect(deleted.comparisons).toEqual({ computed: 6, cached: 0 });
    expect(deleted.data).toEqual(first.data);
  });

  it('keys by every part, delimited', () => {
    expect(hashOf('ab', 'c')).not.toBe(hashOf('a', 'bc'));
    expect(hashOf('a', 'b')).toBe(hashOf('a', 'b'));
  });
});

describe('the parse cache', () => {
  const parsedIn = () => openCache('parsed', path.join(dir, 'cache'));

  it('gives the same content from the cache, and parses again only a file that changed', async () => {
    const first = parsedIn();
    const cold = await loadContent('content', dir, { cache: cacheIn(), parsedCache: first });
    expect([first.hits, first.misses]).toEqual([0, 6]);
    const second = parsedIn();
    const warm = await loadContent('content', dir, { cache: cacheIn(), parsedCache: second });
    expect([second.hits, second.misses]).toEqual([6, 0]);
    expect(warm.data).toEqual(cold.data);

    const file = path.join(dir, 'content', 'generated-story-2-ap.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('label: AP original', 'label: Wire'));
    const third = parsedIn();
    const edited = await loadContent('content', dir, { cache: cacheIn(), parsedCache: third });
    expect([third.hits, third.misses]).toEqual([5, 1]);
    expect(edited.data?.articles.find((a) => a.id === 'generated-story-2-ap')?.label).toBe('Wire');
  });
});

describe('cachedJson', () => {
  const memory = (entries: Record<string, string> = {}): BuildCache => ({
    get: (key) => entries[key],
    set: (key, value) => void (entries[key] = value),
    getBytes: (key) => (entries[key] === undefined ? undefined : Buffer.from(entries[key])),
    setParts: (key, parts) => void (entries[key] = [...parts].join('')),
    hits: 0,
    misses: 0,
  });

  it('computes once, then answers from the cache', () => {
    const cache = memory();
    let runs = 0;
    const compute = () => ({ runs: ++runs });
    expect(cachedJson(cache, 'k', compute)).toEqual({ runs: 1 });
    expect(cachedJson(cache, 'k', compute)).toEqual({ runs: 1 });
    expect(runs).toBe(1);
  });

  it('computes a damaged entry again and replaces it', () => {
    const entries = { k: '{"runs": 1' };
    const cache = memory(entries);
    expect(cachedJson(cache, 'k', () => ({ runs: 2 }))).toEqual({ runs: 2 });
    expect(JSON.parse(entries.k)).toEqual({ runs: 2 });
  });
});
