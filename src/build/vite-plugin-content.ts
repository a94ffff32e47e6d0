/**
 * Vite plugin: serves the validated content folder as the `virtual:content` module.
 *
 * - Build: invalid content fails the build with every problem of every file in one report.
 * - Dev: the same report shows in the error overlay; the server keeps running, and saving,
 *   adding or removing a content file reloads the data (the store swaps it in place via HMR).
 * Node only: the browser bundle receives plain data, never a parser.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { loadContent } from './content/load-content.ts';
import { ContentError, formatProblem } from './content/problem.ts';
import { summarize } from '../domain/article.ts';
import type { Article } from '../domain/article.ts';
import type { ContentData, ContentIndex } from '../domain/content.ts';

const PUBLIC_ID = 'virtual:content';
const ARTICLE_PREFIX = `${PUBLIC_ID}/article/`;
const COMPARISON_PREFIX = `${PUBLIC_ID}/comparison/`;

/** A JavaScript module whose default export is `data`. JSON.parse of a string literal starts
 * faster than an object literal of the same data. */
const jsonModule = (data: unknown) =>
  `export default JSON.parse(${JSON.stringify(JSON.stringify(data))});`;

/**
 * The index module: list metadata, plus one loader per article and per comparison. Each loader
 * is a static `import()` of its own virtual module, so the bundler makes it a chunk of its own
 * and a page fetches only what it shows.
 */
function indexModule(data: ContentData): string {
  const index: ContentIndex = { articles: data.articles.map(summarize), stories: data.stories };
  const loaders = (prefix: string, keys: readonly string[]) =>
    `{${keys.map((key) => `${JSON.stringify(key)}: () => import(${JSON.stringify(prefix + key)})`).join(',\n')}}`;
  return [
    jsonModule(index),
    `const articles = ${loaders(
      ARTICLE_PREFIX,
      data.articles.map((a) => a.id),
    )};`,
    `const comparisons = ${loaders(COMPARISON_PREFIX, Object.keys(data.comparisons))};`,
    'const pick = (table, key) => Object.hasOwn(table, key) ? table[key]().then((m) => m.default) : undefined;',
    'export const loadArticle = (id) => pick(articles, id);',
    'export const loadComparison = (key) => pick(comparisons, key);',
  ].join('\n');
}

type Loading = ReturnType<typeof loadContent>;

/** What the plugin offers other plugins (`plugin.api`): the content it has read. */
export interface ContentPluginApi {
  /** The loaded content (read now if it was not yet). */
  load: () => Loading;
}

export const CONTENT_PLUGIN_NAME = 'news-versions:content';

/**
 * @param options.dir the content folder
 * @param options.reuse content already loaded by another build in this process (the prerender
 *   build reuses the browser build's, rather than parsing and aligning everything twice)
 */
/**
 * The server build's `virtual:content`: the same exports, read from content handed over in
 * memory (`serverContent`, set on `globalThis` by the prerender step in each thread that renders)
 * instead of thousands of data modules that would only be bundled to be read back.
 */
export const SERVER_CONTENT_KEY = 'news-versions:content';
const SERVER_MODULE = [
  `const shared = globalThis[Symbol.for(${JSON.stringify(SERVER_CONTENT_KEY)})];`,
  "if (!shared) throw new Error('the server build reads content handed over by the prerender step');",
  'const pick = (table, key) => Promise.resolve(Object.hasOwn(table, key) ? table[key] : undefined);',
  'export default shared.index;',
  'export const loadArticle = (id) => pick(shared.articles, id);',
  'export const loadComparison = (key) => pick(shared.comparisons, key);',
].join('\n');

/** What the server build's `virtual:content` reads: plain data, so it can go to a worker. */
export interface ServerContent {
  index: ContentIndex;
  articles: Record<string, Pick<Article, 'body' | 'comments'>>;
  comparisons: ContentData['comparisons'];
}

export function serverContent(data: ContentData): ServerContent {
  return {
    index: { articles: data.articles.map(summarize), stories: data.stories },
    articles: Object.fromEntries(
      data.articles.map((a) => [a.id, { body: a.body, comments: a.comments }]),
    ),
    comparisons: data.comparisons,
  };
}

export function contentPlugin(options: { dir: string; reuse?: () => Loading }): Plugin {
  let root = process.cwd();
  const folder = () => path.resolve(root, options.dir);
  // One read of the folder serves the index and every per-article module; a change drops it.
  let loading: Loading | null = null;
  const load = () => (loading ??= options.reuse?.() ?? loadContent(options.dir, root));
  const api: ContentPluginApi = { load };

  return {
    name: CONTENT_PLUGIN_NAME,
    api,
    configResolved(config) {
      root = config.root;
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
      const { data, problems, files } = await load();
      for (const file of files) this.addWatchFile(file);
      const publicId = id.slice(1);
      if (publicId === PUBLIC_ID) {
        const warnings = problems.filter((p) => p.severity === 'warning');
        for (const warning of warnings) this.warn(formatProblem(warning));
      }
      if (!data) {
        const error = new ContentError(problems, files.length);
        error.stack = error.message; // the report is the whole story: no Node stack trace after it
        throw error;
      }
      if (publicId === PUBLIC_ID) return indexModule(data);
      if (publicId.startsWith(ARTICLE_PREFIX)) {
        const article = data.articles.find((a) => a.id === publicId.slice(ARTICLE_PREFIX.length));
        return article ? jsonModule({ body: article.body, comments: article.comments }) : null;
      }
      if (publicId.startsWith(COMPARISON_PREFIX)) {
        const comparison = data.comparisons[publicId.slice(COMPARISON_PREFIX.length)];
        return comparison ? jsonModule(comparison) : null;
      }
      return null;
    },
  };
}
