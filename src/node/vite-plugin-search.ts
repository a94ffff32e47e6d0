/**
 * The search index: at the end of the build, after every article's data file is written, each
 * article's headline and body words are indexed into a static inverted index in the site
 * (src/domain/search-index.ts), which the browser reads a few small files at a time, only when a
 * reader searches (src/features/search/). The writer (search/index-writer.ts) holds a bounded
 * number of postings at once, so the step's memory does not grow with the archive.
 *
 * Reading the words of 20,000 articles is most of the step's time; so the words are cached by
 * bucket of stories (search-buckets.ts), keyed by each article's data file: a rebuild reads
 * again only the articles of the buckets that changed, and writes only the index files whose
 * text changed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import pMap from 'p-map';
import type { Plugin, ResolvedConfig } from 'vite';
import type { Block } from '../domain/body.ts';
import { SEARCH_DIR } from '../domain/search-index.ts';
import { hashOf, openCache, searchIndexVersion, type BuildCache } from './content/build-cache.ts';
import { writeKept } from './page-writer.ts';
import {
  articleWords,
  readWordsLine,
  wordsLine,
  type ArticleWords,
} from './search/article-words.ts';
import { SearchIndexWriter, type SearchIndexFigures } from './search/index-writer.ts';
import { bucketCount, bucketOf } from './search-buckets.ts';
import { writesLists, type BuildSlice } from './shard.ts';
import type { SiteSync } from './site-sync.ts';
import { ARTICLE_DATA, CONTENT_PLUGIN_NAME, type ContentPluginApi } from './vite-plugin-content.ts';
import { apiOf } from './vite-plugin-prerender.ts';
import { SITE_SYNC_PLUGIN_NAME, type SiteSyncPluginApi } from './vite-plugin-site-sync.ts';

/** The folder of the site whose pages are indexed: one page per article. */
const INDEXED_PAGES = 'articles';

/** Article data files read at once. */
const READ_CONCURRENCY = 16;

/** What an article's data file holds that the index reads. */
interface ArticlePayload {
  detail?: { body?: Block[] };
  index?: { articles?: { id: string; headline?: string; label?: string }[] };
}

/** The article's words, read from its data file (which the build has written). */
async function readArticle(outDir: string, id: string): Promise<ArticleWords> {
  const file = path.join(outDir, `${ARTICLE_DATA}${id}.json`);
  let payload: ArticlePayload;
  try {
    payload = JSON.parse(await readFile(file, 'utf8')) as ArticlePayload;
  } catch (error) {
    throw new Error(`search index: ${path.relative(outDir, file)}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const summary = payload.index?.articles?.find((article) => article.id === id);
  return articleWords(id, summary?.headline ?? summary?.label ?? '', payload.detail?.body ?? []);
}

/** A bucket's cached words, or null when the entry is missing or damaged. */
function cachedBucket(
  cache: BuildCache,
  key: string,
  ids: readonly string[],
): ArticleWords[] | null {
  const bytes = cache.getBytes(key);
  if (!bytes) return null;
  const articles: ArticleWords[] = [];
  for (const line of bytes.toString('utf8').split('\n')) {
    if (line === '') continue;
    const article = readWordsLine(line);
    if (!article) return null;
    articles.push(article);
  }
  return articles.length === ids.length && articles.every((a, i) => a.id === ids[i])
    ? articles
    : null;
}

export interface SearchFigures extends SearchIndexFigures {
  buckets: number;
  /** Buckets whose articles were read again (the others came from the cache). */
  read: number;
}

/**
 * Indexes every article of the site in `outDir` (its pages name them; `storyOf` names an
 * article's story), writing only the files whose text changed (`sync`).
 */
export async function writeSearchIndex(
  outDir: string,
  sync: SiteSync,
  storyOf: (articleId: string) => string,
): Promise<SearchFigures> {
  let ids: string[];
  try {
    ids = readdirSync(path.join(outDir, INDEXED_PAGES)).sort();
  } catch {
    ids = [];
  }
  const count = bucketCount([...new Set(ids.map(storyOf))]);
  const buckets = Array.from({ length: count }, (): string[] => []);
  for (const id of ids) buckets[bucketOf(storyOf(id), count)]?.push(id);
  const dataKey = (id: string) => {
    const file = `${ARTICLE_DATA}${id}.json`;
    return sync.keyOf(file) ?? hashOf(readFileSync(path.join(outDir, file)));
  };
  const cache = openCache('search');
  const writer = new SearchIndexWriter((file, text) =>
    writeKept(outDir, sync, path.join(SEARCH_DIR, file), hashOf(text), () => text),
  );
  let read = 0;
  try {
    for (const bucket of buckets) {
      if (bucket.length === 0) continue;
      const key = hashOf(
        'search words',
        searchIndexVersion(),
        ...bucket.flatMap((id) => [id, dataKey(id)]),
      );
      let articles = cachedBucket(cache, key, bucket);
      if (!articles) {
        articles = await pMap(bucket, (id) => readArticle(outDir, id), {
          concurrency: READ_CONCURRENCY,
        });
        cache.setParts(key, articles.map(wordsLine));
        read++;
      }
      for (const article of articles) await writer.add(article.id, article.counts, article.length);
    }
    const figures = await writer.finish();
    return { ...figures, buckets: count, read };
  } catch (error) {
    writer.discard();
    throw error;
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
        const sync = apiOf<SiteSyncPluginApi>(config, SITE_SYNC_PLUGIN_NAME).sync();
        const index = await apiOf<ContentPluginApi>(config, CONTENT_PLUGIN_NAME).index();
        const stories = new Map<string, string>();
        for (const story of index.stories)
          for (const version of story.versions) stories.set(version, story.id);
        const outDir = path.resolve(config.root, config.build.outDir);
        const figures = await writeSearchIndex(outDir, sync, (id) => stories.get(id) ?? id);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        config.logger.info(
          `search index: ${figures.articles} articles, ${figures.words} words in ${figures.wordsFiles} files; ${figures.read} of ${figures.buckets} buckets read again, in ${seconds} s`,
        );
      },
    },
  };
}
