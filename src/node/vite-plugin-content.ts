/**
 * Vite plugin: serves the validated content folder to the app through `virtual:content`, which
 * exports five loaders (`loadIndex`, `loadList`, `loadArticle`, `loadStory`, `loadComparison`)
 * and nothing else:
 * - the site build: each page of a list (home's, by tag, publisher, month, and their indexes,
 *   see src/domain/listing.ts), each article (with its story's versions), each story's timeline
 *   and each precomputed comparison is a JSON file at a path made from its key or id
 *   (`data/list/home/2.json`, `data/article/<id>.json`, `data/story/<id>.json`,
 *   `data/comparison/<left>~<right>.json`); there is no list of every story in the browser;
 * - the dev server and the tests: one virtual module per article and comparison;
 * - the prerender build: the data files the site build wrote, read from the site folder.
 *
 * The site build holds only the list index (content/content-stream.ts) and writes each story's
 * data files one story at a time (site-data.ts); the dev server and the tests load everything.
 *
 * - Build: invalid content fails the build with every problem of every file in one report.
 * - Dev: the same report shows in the error overlay; the server keeps running, and saving,
 *   adding or removing a content file reloads the data (the store swaps it in place via HMR).
 * Node only: the browser bundle receives plain data, never a parser.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { loadContent } from './content/load-content.ts';
import {
  loadContentIndex,
  type ContentIndexData,
  type LoadedIndex,
} from './content/content-stream.ts';
import { writeSiteData } from './site-data.ts';
import { limitHeapGrowth } from './heap-growth.ts';
import { SITE_SYNC_PLUGIN_NAME, type SiteSyncPluginApi } from './vite-plugin-site-sync.ts';
import type { BuildSlice } from './shard.ts';
import { ContentError, formatProblem, type Problem } from './content/problem.ts';
import { summarize, type ArticleSummary, type Story } from '../domain/article.ts';
import type { ArticlePayload, ContentData, ContentIndex } from '../domain/content.ts';
import { buildListings, listedStory, listPayloads as cutListPages } from '../domain/list-pages.ts';
import type { ListPayload } from '../domain/listing.ts';
import type { StoryPayload } from '../domain/story.ts';

const PUBLIC_ID = 'virtual:content';
const INDEX_ID = `${PUBLIC_ID}/index`;
const ARTICLE_PREFIX = `${PUBLIC_ID}/article/`;
const COMPARISON_PREFIX = `${PUBLIC_ID}/comparison/`;
const STORY_PREFIX = `${PUBLIC_ID}/story/`;
const LIST_PREFIX = `${PUBLIC_ID}/list/`;

/** A JavaScript module whose default export is `data`. JSON.parse of a string literal starts
 * faster than an object literal of the same data. */
const jsonModule = (data: unknown) =>
  `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;

/** Each article with its story's versions: what an article page loads, and nothing else.
 * Worked out once per load of the content (the dev server asks once per article). */
const payloadsOf = new WeakMap<ContentData, Map<string, ArticlePayload>>();
function articlePayloads(data: ContentData): Map<string, ArticlePayload> {
  const known = payloadsOf.get(data);
  if (known) return known;
  const byId = new Map(data.articles.map((a) => [a.id, a]));
  const payloads = new Map<string, ArticlePayload>();
  for (const story of data.stories) {
    const versions = story.versions.flatMap((id) => byId.get(id) ?? []);
    const index: ContentIndex = { articles: versions.map(summarize), stories: [story] };
    for (const article of versions)
      payloads.set(article.id, {
        detail: { body: article.body, comments: article.comments },
        index,
      });
  }
  payloadsOf.set(data, payloads);
  return payloads;
}

/** Each story's page data: its versions' list metadata and its timeline. */
function storyPayloads(data: ContentData): Map<string, StoryPayload> {
  const articles = articlePayloads(data);
  const payloads = new Map<string, StoryPayload>();
  for (const story of data.stories) {
    const first = articles.get(story.versions[0] ?? '');
    if (first)
      payloads.set(story.id, { index: first.index, timeline: data.timelines[story.id] ?? [] });
  }
  return payloads;
}

/** Every page of every list, by key (`home/1`, `tag/weather/2`, `index/month/1`…): each holds
 * its own page of stories with their versions' list metadata, never the rest of the archive. */
const listsOf = new WeakMap<ContentData, Map<string, ListPayload>>();
function listPayloads(data: ContentData): Map<string, ListPayload> {
  const known = listsOf.get(data);
  if (known) return known;
  const payloads = indexListPayloads(data.articles.map(summarize), data.stories);
  listsOf.set(data, payloads);
  return payloads;
}

/** The same, from the list index: each article's summary and the stories with their digests. */
export function indexListPayloads(
  articles: readonly ArticleSummary[],
  storyList: readonly Story[],
): Map<string, ListPayload> {
  const summaries = new Map<string, ArticleSummary>(articles.map((a) => [a.id, a]));
  const stories = new Map(storyList.map((s) => [s.id, s]));
  const versionsOf = (storyId: string) =>
    (stories.get(storyId)?.versions ?? []).flatMap((id) => summaries.get(id) ?? []);
  const listings = buildListings(storyList.map((s) => listedStory(s.id, versionsOf(s.id))));
  return cutListPages(listings, (ids) => ({
    articles: ids.flatMap(versionsOf),
    stories: ids.flatMap((id) => stories.get(id) ?? []),
  }));
}

const wholeIndex = (data: ContentData): ContentIndex => ({
  articles: data.articles.map(summarize),
  stories: data.stories,
});

/**
 * `virtual:content` in the dev server and the tests: one loader per article and comparison,
 * each a static `import()` of its own virtual module (so an edited file reloads on its own).
 */
function devModule(data: ContentData): string {
  const loaders = (prefix: string, keys: readonly string[]) =>
    `{${keys.map((key) => `${JSON.stringify(key)}: () => import(${JSON.stringify(prefix + key)})`).join(',\n')}}`;
  return [
    `export const loadIndex = () => import(${JSON.stringify(INDEX_ID)}).then((m) => m.default);`,
    `const articles = ${loaders(
      ARTICLE_PREFIX,
      data.articles.map((a) => a.id),
    )};`,
    `const comparisons = ${loaders(COMPARISON_PREFIX, Object.keys(data.comparisons))};`,
    `const stories = ${loaders(
      STORY_PREFIX,
      data.stories.map((s) => s.id),
    )};`,
    `const lists = ${loaders(LIST_PREFIX, [...listPayloads(data).keys()])};`,
    'const pick = (table, key) => Object.hasOwn(table, key) ? table[key]().then((m) => m.default) : Promise.resolve(undefined);',
    'export const loadArticle = (id) => pick(articles, id);',
    'export const loadComparison = (key) => pick(comparisons, key);',
    'export const loadStory = (id) => pick(stories, id);',
    'export const loadList = (key) => pick(lists, key);',
  ].join('\n');
}

/**
 * `virtual:content` in the browser build: each page of a list, article and comparison is a JSON
 * file at a path made from its key or id, so loading one needs no table of every id: what a
 * page costs does not grow with the archive. A 404 means the site has no such page, article or
 * comparison; any other failure is an error. There is no whole index in the browser (home loads
 * its first page of stories); only the build and the tests read it.
 */
function siteModule(base: string): string {
  return [
    "export const loadIndex = () => Promise.reject(new Error('the site loads lists by page (loadList), not the whole index'));",
    'const json = (url) => fetch(url).then((response) => {',
    '  if (response.status === 404) return undefined;',
    '  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);',
    "  if (!/json/.test(response.headers.get('content-type') ?? ''))",
    '    throw new Error(`${url}: the host answered with a page, not the data (a missing file must be a 404)`);',
    '  return response.json();',
    '});',
    `export const loadArticle = (id) => json(${JSON.stringify(base)} + ${JSON.stringify(ARTICLE_DATA)} + encodeURIComponent(id) + '.json');`,
    `export const loadComparison = (key) => json(${JSON.stringify(base)} + ${JSON.stringify(COMPARISON_DATA)} + encodeURIComponent(key) + '.json');`,
    `export const loadStory = (id) => json(${JSON.stringify(base)} + ${JSON.stringify(STORY_DATA)} + encodeURIComponent(id) + '.json');`,
    `export const loadList = (key) => json(${JSON.stringify(base)} + ${JSON.stringify(LIST_DATA)} + key.split('/').map(encodeURIComponent).join('/') + '.json');`,
  ].join('\n');
}

type Loading = ReturnType<typeof loadContent>;

export const CONTENT_PLUGIN_NAME = 'news-versions:content';

/** Where the browser build writes each article's and comparison's JSON. */
export const ARTICLE_DATA = 'data/article/';
export const COMPARISON_DATA = 'data/comparison/';
export const STORY_DATA = 'data/story/';
/** …and each page of a list, by its key (`data/list/home/2.json`). */
export const LIST_DATA = 'data/list/';

/**
 * The server build's `virtual:content`: the same exports, read from the data files the site build
 * wrote (`{ dataDir, index? }`, set on `globalThis` by the prerender step) instead of thousands of
 * data modules that would only be bundled to be read back. The prerender step's own thread is also
 * handed the list index (for the list of pages and the feed); the workers only the folder. No
 * thread holds a copy of every article.
 */
export const SERVER_CONTENT_KEY = 'news-versions:content';
const SERVER_MODULE = [
  "import { readFile } from 'node:fs/promises';",
  "import { join } from 'node:path';",
  `const shared = globalThis[Symbol.for(${JSON.stringify(SERVER_CONTENT_KEY)})];`,
  "if (!shared) throw new Error('the server build reads content handed over by the prerender step');",
  // A key with an empty, "." or ".." part names no file (it would climb out of the folder).
  "const unsafe = (key) => key.split('/').some((part) => part === '' || part === '.' || part === '..');",
  'const fromDisk = (folder, key) => unsafe(key) ? Promise.resolve(undefined) :',
  "  readFile(join(shared.dataDir, folder, key + '.json'), 'utf8').then(JSON.parse, (error) => {",
  "    if (error.code === 'ENOENT') return undefined;",
  '    throw error;',
  '  });',
  "export const loadIndex = () => shared.index ? Promise.resolve(shared.index) : Promise.reject(new Error('a prerender worker has no whole index: render lists from their pages'));",
  `export const loadArticle = (id) => fromDisk(${JSON.stringify(ARTICLE_DATA)}, id);`,
  `export const loadComparison = (key) => fromDisk(${JSON.stringify(COMPARISON_DATA)}, key);`,
  `export const loadStory = (id) => fromDisk(${JSON.stringify(STORY_DATA)}, id);`,
  `export const loadList = (key) => fromDisk(${JSON.stringify(LIST_DATA)}, key);`,
].join('\n');

/** What the server build's `virtual:content` reads: the site folder, and the list index or not. */
export interface ServerContent {
  dataDir: string;
  index?: ContentIndex;
}

/** What the plugin offers other plugins (`plugin.api`). */
export interface ContentPluginApi {
  /** The content in full (the dev server and tests), read now if it was not yet. */
  load: () => Loading;
  /**
   * The site build's list index, with each story's digest, once its data files are written
   * (after `writeBundle`): what the prerender and search steps read, never the bodies.
   */
  index: () => Promise<ContentIndexData>;
}

/** The build's error for invalid content: the report is the whole story, no Node stack trace. */
function contentError(problems: Problem[], files: number): ContentError {
  const error = new ContentError(problems, files);
  error.stack = error.message;
  return error;
}

/**
 * @param options.dir the content folder
 * @param options.reuse content already loaded by another build in this process (the prerender
 *   build reuses the site build's, rather than parsing and aligning everything twice)
 */
export function contentPlugin(options: {
  dir: string;
  reuse?: () => Loading;
  /** The part of the site this build writes (see src/node/shard.ts); all of it by default. */
  slice?: BuildSlice;
}): Plugin {
  let root = process.cwd();
  const folder = () => path.resolve(root, options.dir);
  const slice = options.slice ?? { kind: 'all' };
  // One read of the folder serves the index and every per-article module; a change drops it.
  let loading: Loading | null = null;
  const load = () => (loading ??= options.reuse?.() ?? loadContent(options.dir, root));
  // The site build reads the list index only, and each story in full while it writes it.
  let indexing: Promise<LoadedIndex> | null = null;
  const loadIndex = () => (indexing ??= loadContentIndex(options.dir, root));
  let written: Promise<ContentIndexData> | null = null;
  const api: ContentPluginApi = {
    load,
    index: () => written ?? Promise.reject(new Error('the site data is not written yet')),
  };
  // The browser build of the site (not the dev server, the tests or the server build).
  let site: { base: string } | null = null;

  return {
    name: CONTENT_PLUGIN_NAME,
    api,
    // Thousands of data files: gzipping each only to print its size cost the build seconds.
    config: () => ({ build: { reportCompressedSize: false } }),
    configResolved(config) {
      root = config.root;
      site = config.command === 'build' && !config.build.ssr ? { base: config.base } : null;
      // The site build's peak memory follows its heap's headroom (heap-growth.ts).
      if (site) limitHeapGrowth();
    },
    async writeBundle(outputOptions) {
      const outDir = outputOptions.dir;
      if (!site || !outDir) return;
      const loaded = await loadIndex();
      const { index } = loaded;
      if (!index) return;
      // The site kept from the last build, if it is (vite-plugin-site-sync.ts).
      const sync = this.environment.config.plugins.find((p) => p.name === SITE_SYNC_PLUGIN_NAME)
        ?.api as SiteSyncPluginApi | undefined;
      const writing = writeSiteData(outDir, { ...loaded, index }, slice, root, sync?.sync());
      written = writing.then((figures) => figures.index);
      const figures = await writing;
      // The summaries stay (the list index); nothing else of the content is held past this.
      indexing = null;
      this.environment.logger.info(
        `content: ${index.stories.length} ${index.stories.length === 1 ? 'story' : 'stories'}, ${figures.loaded} loaded in full, ${figures.files} data files`,
      );
    },
    buildStart() {
      loading = null;
    },
    watchChange(id) {
      if (id.startsWith(folder())) loading = null;
    },
    configureServer(devServer) {
      devServer.watcher.add(folder());
      const onChange = (file: string) => {
        if (!file.startsWith(folder()) || !file.endsWith('.md')) return;
        loading = null;
        const graph = devServer.environments.client.moduleGraph;
        for (const mod of graph.idToModuleMap.values())
          if (mod.id?.startsWith(`\0${PUBLIC_ID}`)) graph.invalidateModule(mod);
        devServer.environments.client.hot.send({ type: 'full-reload' });
      };
      // Edits to a file already read reach us through addWatchFile + HMR; additions and removals
      // change the set of files, so they reload outright.
      devServer.watcher.on('add', onChange);
      devServer.watcher.on('unlink', onChange);
    },
    resolveId(id) {
      return id === PUBLIC_ID || id.startsWith(`${PUBLIC_ID}/`) ? `\0${id}` : null;
    },
    async load(id, loadOptions) {
      if (!id.startsWith(`\0${PUBLIC_ID}`)) return null;
      if (options.reuse && loadOptions?.ssr) return id === `\0${PUBLIC_ID}` ? SERVER_MODULE : null;
      if (site) {
        // The site's data are files, not modules: only the loaders, once the content is valid.
        if (id !== `\0${PUBLIC_ID}`) return null;
        const { index, problems, files } = await loadIndex();
        for (const warning of problems.filter((p) => p.severity === 'warning'))
          this.warn(formatProblem(warning));
        if (!index) throw contentError(problems, files.length);
        return siteModule(site.base);
      }
      const { data, problems, files } = await load();
      for (const file of files) this.addWatchFile(file);
      const publicId = id.slice(1);
      if (publicId === PUBLIC_ID) {
        const warnings = problems.filter((p) => p.severity === 'warning');
        for (const warning of warnings) this.warn(formatProblem(warning));
      }
      if (!data) throw contentError(problems, files.length);
      if (publicId === PUBLIC_ID) return devModule(data);
      if (publicId === INDEX_ID) return jsonModule(wholeIndex(data));
      if (publicId.startsWith(ARTICLE_PREFIX)) {
        const payload = articlePayloads(data).get(publicId.slice(ARTICLE_PREFIX.length));
        return payload ? jsonModule(payload) : null;
      }
      if (publicId.startsWith(STORY_PREFIX)) {
        const payload = storyPayloads(data).get(publicId.slice(STORY_PREFIX.length));
        return payload ? jsonModule(payload) : null;
      }
      if (publicId.startsWith(LIST_PREFIX)) {
        const payload = listPayloads(data).get(publicId.slice(LIST_PREFIX.length));
        return payload ? jsonModule(payload) : null;
      }
      if (publicId.startsWith(COMPARISON_PREFIX)) {
        const comparison = data.comparisons[publicId.slice(COMPARISON_PREFIX.length)];
        return comparison ? jsonModule(comparison) : null;
      }
      return null;
    },
  };
}
