/**
 * Prerendering: after the browser build, builds `src/app/prerender.tsx` for Node (Vite's SSR
 * build, same plugins, same content), renders every route, and writes each as static HTML into
 * the site: every page of every list (`index.html`, `page/2/index.html`, `tags/<slug>/index.html`,
 * `months/page/2/index.html`…), `stories/<id>/index.html`, `articles/<id>/index.html`,
 * `compare/<a>/<b>/index.html` for the comparisons the build precomputed (the app's shell for the
 * others, which the browser computes), `404.html`, and the Atom feed `feed.xml`. A page shows its text before any script runs (and with none); the app then
 * hydrates it. `#root` carries the path it was rendered for, so a host that answers an unknown
 * path with another page's HTML still gets a fresh render instead of a mismatched hydration.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { comparisonKey } from '../domain/content.ts';
import {
  ARTICLE_DATA,
  COMPARISON_DATA,
  CONTENT_PLUGIN_NAME,
  contentPlugin,
  LIST_DATA,
  SERVER_CONTENT_KEY,
  serverContent,
  STORY_DATA,
  type ContentPluginApi,
} from './vite-plugin-content.ts';
import { hashOf, openCache } from './content/build-cache.ts';
import {
  copyShards,
  folderHash,
  listDataHash,
  storyDataHash,
  storyOfUrl,
} from './prerender-slice.ts';
import { ownsStory, writesLists, type BuildSlice } from './shard.ts';
import { staticAnswer } from './static-host.ts';
import { emptyOutDirAside } from './empty-out-dir.ts';

interface PrerenderedPage {
  url: string | null;
  html: string;
  title: string;
  description: string;
  /** The page's `<link rel="prev/next">` tags, for the head. */
  head: string;
  /** The keys of the list pages it shows: their data files are fetched with its code. */
  lists: string[];
}

interface PrerenderModule {
  prerenderUrls: () => Promise<string[]>;
  shellUrls: () => Promise<string[]>;
  renderPage: (url: string | null) => Promise<PrerenderedPage>;
  renderFeed: (origin: string) => Promise<string>;
  forgetContent: () => void;
  FEED_PATH: string;
}

/** The feed's origin when `SITE_ORIGIN` is not set: where `vite preview` serves the site. */
export const DEFAULT_ORIGIN = 'http://localhost:4173';

const ENTRY = 'src/app/prerender.tsx';

/** What a prerendered page says without scripts: it reads fine, only the controls need them. */
const NOSCRIPT =
  '<p class="noscript">JavaScript is off: every story, comment and comparison reads as it is; voting, sorting, search, reading settings and linked highlighting need it.</p>';

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Renders `urls` in a worker thread: a fresh heap (in the build's own, large after bundling
 * thousands of modules, garbage collection tripled the time) and a second core. The worker reads
 * the server bundle with `{ dataDir }`, the site folder, from which it reads each page's data file
 * (it was handed a copy of all the content before: one more copy of every body per worker);
 * pages come back as messages.
 */
const WORKER = `
import { parentPort, workerData } from 'node:worker_threads';
(async () => {
  globalThis[Symbol.for(workerData.key)] = workerData.content;
  const server = await import(workerData.entry);
  for (const url of workerData.urls) {
    parentPort.postMessage({ page: await server.renderPage(url) });
    server.forgetContent();
  }
  parentPort.postMessage({ done: true });
})().catch((error) => parentPort.postMessage({ error: String((error && error.stack) || error) }));
`;

function renderInWorker(
  entry: string,
  dataDir: string,
  urls: (string | null)[],
  onPage: (page: PrerenderedPage) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    // A module file beside the server bundle: eval'd code would be read as CommonJS or as ESM
    // depending on the flags the build was started with.
    const script = path.join(path.dirname(entry), 'prerender-worker.mjs');
    writeFileSync(script, WORKER);
    const worker = new Worker(pathToFileURL(script), {
      execArgv: [],
      workerData: {
        key: SERVER_CONTENT_KEY,
        content: { dataDir },
        urls,
        entry: pathToFileURL(entry).href,
      },
    });
    worker.on('message', (message: { page?: PrerenderedPage; error?: string; done?: true }) => {
      if (message.page) {
        try {
          onPage(message.page);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          void worker.terminate();
        }
      } else if (message.error) reject(new Error(`prerendering failed: ${message.error}`));
      else if (message.done) resolve();
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (code !== 0) reject(new Error(`a prerender worker stopped with exit code ${code}`));
      resolve(); // settled already when it reported done or failed
    });
  });
}

/** A list page in the page cache: the lists it showed, the hash of their data, its HTML. */
interface CachedListPage {
  lists: string[];
  data: string;
  html: string;
}

/** What a prerendered page loads besides its HTML. */
interface PageAssets {
  /** Tags for `<head>`: the route's stylesheets (the page is styled before, and without, scripts). */
  head: string;
  /** The route's modules, preloaded with the entry by `/page-start.js`. */
  modules: string[];
  /** The page's data files, fetched in the same step. */
  fetch: string[];
}

const SCRIPT_TAG = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/;
const MODULEPRELOAD_TAG = /<link rel="modulepreload" crossorigin href="([^"]+)">\s*/g;
const PAGE_START_TAG = /<script src="([^"]*page-start\.js)"><\/script>/;

/**
 * The site's HTML shell with one page's title, description and prerendered markup. Its text is
 * in the HTML, so nothing else may hold up the first paint: the app's scripts and the page's data
 * are not linked but listed on `/page-start.js`, which requests them right after that paint
 * (under Lighthouse's slow 4G an article's LCP went from 1.7 s, the time to fetch every script
 * requested before it, to the first paint).
 */
function pageDocument(template: string, page: PrerenderedPage, assets: PageAssets): string {
  const entry = SCRIPT_TAG.exec(template)?.[1];
  const shared = [...template.matchAll(MODULEPRELOAD_TAG)].map((match) => match[1] ?? '');
  if (!entry || !PAGE_START_TAG.test(template))
    throw new Error('index.html no longer has the module script and /page-start.js it expects');
  const modules = [...new Set([...shared, ...assets.modules])].map(escapeAttribute).join(' ');
  const fetch = assets.fetch.map(escapeAttribute).join(' ');
  // Replacement functions, not strings: a page's text may contain `$&` or `$'`.
  return template
    .replace(SCRIPT_TAG, '')
    .replace(MODULEPRELOAD_TAG, '')
    .replace(
      PAGE_START_TAG,
      (_tag, src: string) =>
        `<script src="${src}" data-app="${escapeAttribute(entry)}" data-modules="${modules}"${fetch ? ` data-fetch="${fetch}"` : ''}></script>`,
    )
    .replace('</head>', () => `${assets.head}${page.head}</head>`)
    .replace(/<title>.*?<\/title>/s, () => `<title>${page.title}</title>`)
    .replace(
      /<meta name="description" content="[^"]*"\s*\/?>/,
      () => `<meta name="description" content="${escapeAttribute(page.description)}" />`,
    )
    .replace(/<noscript>.*?<\/noscript>/s, () => `<noscript>${NOSCRIPT}</noscript>`)
    .replace(
      '<div id="root"></div>',
      () =>
        `<div id="root" data-prerendered="${escapeAttribute(page.url ?? '/404')}">${page.html}</div>`,
    );
}

/**
 * @param options.origin the site's public origin (`SITE_ORIGIN`, e.g. `https://news.example`),
 *   for the feed's absolute URLs; unset, the feed uses `DEFAULT_ORIGIN` and the build says so.
 */
export function prerenderPlugin(
  options: { origin?: string | undefined; slice?: BuildSlice } = {},
): Plugin {
  const slice = options.slice ?? { kind: 'all' };
  let config: ResolvedConfig;
  const routeAssets = new Map<string, { js: string[]; css: string[] }>();
  return {
    name: 'news-versions:prerender',
    // The browser build only: the nested SSR build below must not prerender itself.
    apply: (userConfig, env) => env.command === 'build' && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      // Before Vite empties the site folder (renderStart), move the old site aside: Vite's own
      // emptying deletes file by file and blocked a rebuild for a minute (empty-out-dir.ts).
      const outDir = path.resolve(config.root, config.build.outDir);
      const inRoot = outDir.startsWith(path.resolve(config.root) + path.sep);
      if (config.build.write && (config.build.emptyOutDir ?? inRoot)) emptyOutDirAside(outDir);
    },
    writeBundle(_options, bundle) {
      // Each route chunk's own stylesheets (the comparison view's, say): a prerendered page
      // links them itself, so it is styled before (and without) its script.
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.facadeModuleId) continue;
        const route = /\/routes\/([\w-]+)-route\.tsx$/.exec(chunk.facadeModuleId)?.[1];
        if (!route) continue;
        // …and those of the chunks it imports (the list pages' view is shared by two routes).
        const css = [
          ...new Set(
            [chunk.fileName, ...chunk.imports].flatMap((file) => {
              const imported = bundle[file];
              return imported?.type === 'chunk'
                ? [...(imported.viteMetadata?.importedCss ?? [])]
                : [];
            }),
          ),
        ];
        // With the chunks it imports, fetched together rather than one round trip later.
        routeAssets.set(route, { js: [chunk.fileName, ...chunk.imports], css });
      }
    },
    async closeBundle() {
      const started = performance.now();
      const outDir = path.resolve(config.root, config.build.outDir);
      // Inside the project (Vite's cache folder), so the server build finds the project's
      // node_modules wherever the site itself is written; one folder per build process: two
      // builds at once in one project (two shards, a test beside a bench) emptied each other's.
      const serverDir = path.join(config.cacheDir, `prerender-${process.pid}`);
      try {
        // The content as the browser build read it: parsing and aligning every version again
        // would double the build's main cost.
        const plugin = config.plugins.find((p) => p.name === CONTENT_PLUGIN_NAME);
        const api = plugin?.api as ContentPluginApi | undefined;
        if (!api) throw new Error('prerendering needs the content plugin in the same config');
        const { data } = await api.load();
        if (!data) throw new Error('prerendering needs valid content');
        const content = serverContent(data);
        await build({
          configFile: false,
          root: config.root,
          mode: config.mode,
          logLevel: 'error',
          plugins: [react(), contentPlugin({ dir: '.', reuse: api.load, slice })],
          build: { ssr: ENTRY, outDir: serverDir, emptyOutDir: true, sourcemap: false },
        });
        const entry = path.join(serverDir, `${path.basename(ENTRY, '.tsx')}.js`);
        // The list of pages comes from the app's own code (here, in this thread).
        (globalThis as Record<symbol, unknown>)[Symbol.for(SERVER_CONTENT_KEY)] = content;
        const server = (await import(pathToFileURL(entry).href)) as PrerenderModule;
        // A shard renders its own stories' pages; the merge (or a whole build) the lists.
        const inSlice = (url: string | null) => {
          const story = storyOfUrl(url, content);
          return story === null ? writesLists(slice) : ownsStory(slice, story);
        };
        const urls = [...(await server.prerenderUrls()), null].filter(inSlice);
        const shells = (await server.shellUrls()).filter(inSlice);
        if (slice.kind === 'merge') copyShards(slice.from, outDir);
        const base = config.base;
        if (!options.origin)
          config.logger.warn(
            `SITE_ORIGIN is not set: the feed's links point at ${DEFAULT_ORIGIN}; set it to the address the site is served from`,
          );
        const feedPath = server.FEED_PATH.replace(/^\//, '');
        const origin = new URL(base, options.origin || DEFAULT_ORIGIN).href;
        if (writesLists(slice))
          writeFileSync(path.join(outDir, feedPath), await server.renderFeed(origin));
        Reflect.deleteProperty(globalThis, Symbol.for(SERVER_CONTENT_KEY));

        // Every page, prerendered or the shell, announces the feed.
        const template = readFileSync(path.join(outDir, 'index.html'), 'utf8').replace(
          '</head>',
          () =>
            `<link rel="alternate" type="application/atom+xml" title="News Versions: every version" href="${escapeAttribute(base + feedPath)}">\n  </head>`,
        );
        const ROUTES: Record<string, string> = {
          '': 'home',
          page: 'home',
          tags: 'list',
          publishers: 'list',
          months: 'list',
          search: 'search',
          articles: 'article',
          stories: 'story',
        };
        const assetsFor = (page: PrerenderedPage): PageAssets => {
          const { url } = page;
          const route = url === null ? 'not-found' : (ROUTES[url.split('/')[1] ?? ''] ?? 'compare');
          const assets = routeAssets.get(route);
          const modules = (assets?.js ?? []).map((file) => `${base}${file}`);
          const fetch: string[] = [];
          const [, kind, a, b] = (url ?? '').split('/').map(decodeURIComponent);
          const json = (file: string) => `${base}${file}.json`;
          for (const key of page.lists)
            fetch.push(json(`${LIST_DATA}${key.split('/').map(encodeURIComponent).join('/')}`));
          if (kind === 'articles' && a) fetch.push(json(`${ARTICLE_DATA}${encodeURIComponent(a)}`));
          if (kind === 'stories' && a) fetch.push(json(`${STORY_DATA}${encodeURIComponent(a)}`));
          if (kind === 'compare' && a && b)
            fetch.push(
              json(`${ARTICLE_DATA}${encodeURIComponent(a)}`),
              json(`${ARTICLE_DATA}${encodeURIComponent(b)}`),
              json(`${COMPARISON_DATA}${encodeURIComponent(comparisonKey(a, b))}`),
            );
          const head = (assets?.css ?? [])
            .map((css) => `<link rel="stylesheet" crossorigin href="${base}${css}">`)
            .join('');
          return { head, modules, fetch };
        };
        const fileOf = (url: string | null) =>
          path.join(
            outDir,
            url === null ? '404.html' : path.join(url.replace(/^\//, ''), 'index.html'),
          );
        const writeFile = (url: string | null, html: string) => {
          mkdirSync(path.dirname(fileOf(url)), { recursive: true });
          writeFileSync(fileOf(url), html);
        };
        // A story's page is the same as last build's when its data, the code that renders it and
        // the shell are: the cache holds it under the hash of those. A list page (and search,
        // 404) shows only the list pages it names (`page.lists`): the cache holds it under the
        // hash of the code and its address, with the names and the hash of those lists' data,
        // and it is reused while those lists are the same (adding a story re-renders only the
        // list pages it moves).
        const pages = openCache('pages', config.root);
        const code = hashOf(folderHash(serverDir), template);
        const keys = new Map<string | null, string>();
        const listKeys = new Map<string | null, string>();
        for (const url of urls) {
          const story = storyOfUrl(url, content);
          if (story !== null)
            keys.set(
              url,
              hashOf(
                code,
                url ?? '',
                JSON.stringify(assetsFor({ url, lists: [] } as unknown as PrerenderedPage)),
                storyDataHash(story, content),
              ),
            );
          else listKeys.set(url, hashOf(code, 'list page', url ?? '404.html'));
        }
        const cachedListPage = (key: string): string | undefined => {
          try {
            const entry = JSON.parse(pages.get(key) ?? 'null') as CachedListPage | null;
            return entry && entry.data === listDataHash(entry.lists, content)
              ? entry.html
              : undefined;
          } catch {
            return undefined; // damaged: rendered again and replaced
          }
        };
        const toRender = urls.filter((url) => {
          const key = keys.get(url);
          const listKey = listKeys.get(url);
          const cached =
            key !== undefined
              ? pages.get(key)
              : listKey !== undefined
                ? cachedListPage(listKey)
                : undefined;
          if (cached !== undefined) writeFile(url, cached);
          return cached === undefined;
        });
        const write = (page: PrerenderedPage) => {
          // The policy allows no inline script: a page that needs one would be broken as served.
          if (/<script(?![^>]*\bsrc=)/.test(page.html))
            throw new Error(`prerendering ${page.url ?? '404.html'} produced an inline <script>`);
          const html = pageDocument(template, page, assetsFor(page));
          writeFile(page.url, html);
          const key = keys.get(page.url);
          if (key !== undefined) pages.set(key, html);
          const listKey = listKeys.get(page.url);
          if (listKey !== undefined) {
            const entry: CachedListPage = {
              lists: page.lists,
              data: listDataHash(page.lists, content),
              html,
            };
            pages.set(listKey, JSON.stringify(entry));
          }
        };
        // One worker per core, each with an equal share (small sites: one).
        const workers = Math.max(
          1,
          Math.min(availableParallelism(), Math.ceil(toRender.length / 500)),
        );
        const shares = Array.from({ length: workers }, (_, w) =>
          toRender.filter((_, i) => i % workers === w),
        );
        await Promise.all(shares.map((share) => renderInWorker(entry, outDir, share, write)));
        // The shell for any path the host does not know: the app renders it in the browser.
        if (writesLists(slice)) writeFileSync(path.join(outDir, 'app.html'), template);
        // …and for each comparison the build did not precompute: the browser computes it.
        for (const url of shells) {
          const file = path.join(outDir, decodeURIComponent(url).replace(/^\//, ''), 'index.html');
          if (!file.startsWith(outDir)) continue;
          mkdirSync(path.dirname(file), { recursive: true });
          writeFileSync(file, template);
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        config.logger.info(
          `prerendered ${toRender.length} pages in ${seconds} s (${workers} ${workers === 1 ? 'thread' : 'threads'}), ${urls.length - toRender.length} from the cache; ${shells.length} comparisons left to the browser`,
        );
      } finally {
        rmSync(serverDir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * `vite preview` as a static host should answer (see `staticAnswer`): a prerendered page for its
 * path and `404.html` with status 404 for a path the site does not have, whatever the request's
 * `Accept` (Vite's own fallback answered curl's `*\/*` with the home page and status 200).
 */
export function previewNotFoundPlugin(): Plugin {
  return {
    name: 'news-versions:preview-404',
    apply: (_config, env) => env.isPreview === true,
    configurePreviewServer(server) {
      const outDir = path.resolve(server.config.root, server.config.build.outDir);
      const isFile = (file: string) =>
        statSync(path.join(outDir, file), { throwIfNoEntry: false })?.isFile() === true;
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://x');
        let pathname: string;
        try {
          pathname = decodeURIComponent(url.pathname);
        } catch {
          pathname = url.pathname; // a malformed escape names no file: not found below
        }
        const answer = staticAnswer(pathname, isFile);
        if (answer.kind === 'file') {
          req.url = `${answer.file.split('/').map(encodeURIComponent).join('/')}${url.search}`;
          return next();
        }
        res.statusCode = 404;
        if (answer.page && isFile('/404.html')) {
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(readFileSync(path.join(outDir, '404.html')));
          return;
        }
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end(`Not found: ${pathname}\n`);
      });
    },
  };
}
