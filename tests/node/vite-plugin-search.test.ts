/**
 * The search step over a site folder kept between builds: every article is indexed from its data
 * file (headline and body, nothing else), and a build indexes again only the buckets whose
 * articles changed, writing only the index files whose text changed.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTICLES_PER_FILE,
  articlesFile,
  fileOfWord,
  parseTable,
  parseWordsFile,
  SEARCH_DIR,
  TABLE_FILE,
  wordsFile,
} from '../../src/domain/search-index.ts';
import { bucketCount, STORIES_PER_BUCKET } from '../../src/node/search-buckets.ts';
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

/** What each article says; each build writes its page and data file as the build does. */
const words = new Map(ids.map((id) => [id, `Cybersecurity report ${id.replace('-', ' ')}`]));
const data = (id: string) =>
  JSON.stringify({
    detail: {
      body: [{ type: 'paragraph', index: 0, children: [{ type: 'text', value: words.get(id) }] }],
      comments: [{ body: 'commentword' }],
    },
    index: { articles: [{ id, label: 'AP original', headline: `Headline of ${id}` }] },
  });
/** One build's search step over the kept folder; its figures and every index file's time. */
async function index() {
  const sync = startSiteSync(site, dir, true);
  for (const id of ids) {
    writeKept(site, sync, path.join('articles', id, 'index.html'), 'page', () => '<p>page</p>');
    writeKept(site, sync, path.join('data', 'article', `${id}.json`), hashOf(data(id)), () =>
      data(id),
    );
  }
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
  dir = mkdtempSync(path.join(tmpdir(), 'search-step-'));
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

/** The ids of the articles that have `word`, read from the index's files as the browser does. */
function articlesWith(word: string): string[] {
  const read = (file: string) => readFileSync(path.join(site, SEARCH_DIR, file), 'utf8');
  const table = parseTable(JSON.parse(read(TABLE_FILE)));
  if (!table) throw new Error('no table');
  const postings = parseWordsFile(read(wordsFile(fileOfWord(table, word)))).get(word);
  return (postings?.articles ?? []).map(
    (n) => read(articlesFile(n)).split('\n')[n % ARTICLES_PER_FILE] ?? '',
  );
}

describe('writeSearchIndex', () => {
  it('indexes the headline and body of every article, and nothing else', async () => {
    expect(count).toBe(2);
    const first = await index();
    expect(first.figures).toMatchObject({ articles: STORIES, buckets: count, read: count });
    expect(articlesWith('cybersecurity').sort()).toEqual([...ids].sort());
    expect(articlesWith('headline')).toHaveLength(STORIES);
    expect(articlesWith('story')).toHaveLength(STORIES);
    expect(articlesWith('42')).toEqual(['story-42']);
    expect(articlesWith('commentword')).toEqual([]);
    expect(articlesWith('original')).toEqual([]);
  });

  it('reads again only the bucket that changed, and rewrites only the files that did', async () => {
    const first = await index();
    // Nothing changed: nothing read, every file left as it was.
    const same = await index();
    expect(same.figures.read).toBe(0);
    expect(same.times).toEqual(first.times);

    // One article changed: its bucket alone is read, and a few words files are written.
    words.set('story-7', 'Cybersecurity report airship');
    const again = await index();
    expect(again.figures.read).toBe(1);
    expect(articlesWith('airship')).toEqual(['story-7']);
    const rewritten = [...again.times].filter(([file, time]) => first.times.get(file) !== time);
    expect(rewritten.length).toBeGreaterThan(0);
    expect(rewritten.length).toBeLessThan(again.times.size / 2);
    expect(rewritten.every(([file]) => !file.includes(`${path.sep}articles${path.sep}`))).toBe(
      true,
    );
  });
});
