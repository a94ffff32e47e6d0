/**
 * The search index in buckets: every article page is indexed in its story's bucket, bucket 0
 * carries Pagefind's code and `buckets.json` lists the others; a build over a kept site folder
 * indexes again only the buckets whose pages changed and leaves the others' files as they were.
 * Real Pagefind runs (slow: a hang guard, not a speed bound).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUCKETS_FILE, SEARCH_DIR } from '../../src/domain/search-index.ts';
import { bucketCount, bucketOf, STORIES_PER_BUCKET } from '../../src/node/search-buckets.ts';
import { hashOf } from '../../src/node/content/build-cache.ts';
import { writeKept } from '../../src/node/page-writer.ts';
import { startSiteSync } from '../../src/node/site-sync.ts';
import { writeSearchIndex } from '../../src/node/vite-plugin-search.ts';

const STORIES = STORIES_PER_BUCKET + 40;
const ids = Array.from({ length: STORIES }, (_, i) => `story-${i + 1}`);
const count = bucketCount(ids);
let dir: string;
let site: string;
let cacheBefore: string | undefined;

/** What each story's page says; each build writes the pages as the prerender step does. */
const words = new Map(ids.map((id) => [id, `cybersecurity report ${id}`]));
const page = (id: string) =>
  `<!doctype html><html lang="en"><body><header>Stories</header><article data-pagefind-body><h1>${id}</h1><p>${words.get(id)}</p></article></body></html>`;

/** One build's search step over the kept folder; its figures and every index file's time. */
async function index() {
  const sync = startSiteSync(site, dir, true);
  for (const id of ids)
    writeKept(site, sync, path.join('articles', id, 'index.html'), hashOf(page(id)), () =>
      page(id),
    );
  const figures = await writeSearchIndex(site, sync, (id) => id);
  sync.finish();
  const times = new Map<string, number>();
  for (const entry of readdirSync(path.join(site, SEARCH_DIR), {
    recursive: true,
    withFileTypes: true,
  }))
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      times.set(path.relative(site, file), statSync(file).mtimeMs);
    }
  return { figures, times };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'search-buckets-'));
  site = path.join(dir, 'site');
  cacheBefore = process.env['BUILD_CACHE'];
  process.env['BUILD_CACHE'] = path.join(dir, 'cache');
  mkdirSync(site);
});
afterAll(() => {
  if (cacheBefore === undefined) Reflect.deleteProperty(process.env, 'BUILD_CACHE');
  else process.env['BUILD_CACHE'] = cacheBefore;
  rmSync(dir, { recursive: true, force: true });
});

describe('writeSearchIndex', () => {
  it(
    'indexes every page in its bucket, then again only the bucket that changed',
    { timeout: 300_000 },
    async () => {
      expect(count).toBe(2);
      const first = await index();
      expect(first.figures).toEqual({ pages: STORIES, buckets: count, written: count });
      const buckets = JSON.parse(readFileSync(path.join(site, SEARCH_DIR, BUCKETS_FILE), 'utf8'));
      expect(buckets).toEqual(['1/']);
      // Each bucket's entry counts its own stories; the code is in bucket 0 only.
      for (let k = 0; k < count; k++) {
        const entry = JSON.parse(
          readFileSync(path.join(site, SEARCH_DIR, String(k), 'pagefind-entry.json'), 'utf8'),
        ) as { languages: { en: { page_count: number } } };
        expect(entry.languages.en.page_count).toBe(
          ids.filter((id) => bucketOf(id, count) === k).length,
        );
      }
      expect(first.times.has(path.join(SEARCH_DIR, '0', 'pagefind.js'))).toBe(true);
      expect(first.times.has(path.join(SEARCH_DIR, '1', 'pagefind.js'))).toBe(false);
      expect([...first.times.keys()].some((file) => file.includes('pagefind-ui'))).toBe(false);

      // Nothing changed: nothing indexed, every file left as it was.
      const same = await index();
      expect(same.figures.written).toBe(0);
      expect(same.times).toEqual(first.times);

      // One story's page changed: its bucket alone is written again.
      const changed = 'story-7';
      const k = bucketOf(changed, count);
      words.set(changed, 'cybersecurity report airship');
      const again = await index();
      expect(again.figures.written).toBe(1);
      for (const [file, time] of again.times) {
        const inBucket = file.startsWith(path.join(SEARCH_DIR, String(k)) + path.sep);
        if (!inBucket && file !== path.join(SEARCH_DIR, BUCKETS_FILE))
          expect(first.times.get(file), file).toBe(time);
      }
      const fragments = (bucket: number) =>
        [...again.times.keys()].filter((file) =>
          file.startsWith(path.join(SEARCH_DIR, String(bucket), 'fragment')),
        );
      expect(
        fragments(k).every((file) => (again.times.get(file) ?? 0) > (first.times.get(file) ?? 0)),
      ).toBe(true);
    },
  );
});
