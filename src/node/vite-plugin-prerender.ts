/**
 * Prerendering: after the browser build, builds `src/app/prerender.tsx` for Node (Vite's SSR
 * build, same plugins, same content), renders every route, and writes each as static HTML into
 * the site: every page of every list (`index.html`, `page/2/index.html`, `tags/<slug>/index.html`,
 * `months/page/2/index.html`…), `stories/<id>/index.html`, `articles/<id>/index.html`,
 * `compare/<a>/<b>/index.html` for the comparisons the build precomputed (the app's shell for the
 * others, which the browser computes), `404.html`, and the Atom feed `feed.xml`. A page shows its
 * text before any script runs (and with none); the app then hydrates it. `#root` carries the path
 * it was rendered for, so a host that answers an unknown path with another page's HTML still gets
 * a fresh render instead of a mismatched hydration.
 *
 * The parts: page-document.ts (a page as a file), page-writer.ts (what to render, the page
 * cache), prerender-worker.ts (rendering in threads), site-sync.ts (pages the site already has).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import {
  CONTENT_PLUGIN_NAME,
  contentPlugin,
  SERVER_CONTENT_KEY,
  type ContentPluginApi,
  type ServerContent,
} from './vite-plugin-content.ts';
import { hashOf, openCache } from './content/build-cache.ts';
import { escapeAttribute, pageAssets, routeAssetsOf, type RouteAssets } from './page-document.ts';
import type { PrerenderedPage } from '../domain/prerendered-page.ts';
import { pageFile, planPages, writeKept } from './page-writer.ts';
import { renderPages } from './prerender-worker.ts';
import { copyShards, folderHash, siteIndexOf, storyOfUrl } from './prerender-slice.ts';
import { ownsStory, writesLists, type BuildSlice } from './shard.ts';
import { SITE_SYNC_PLUGIN_NAME, type SiteSyncPluginApi } from './vite-plugin-site-sync.ts';

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

/** The plugin called `name` in `config` and its `api`, or an error saying it is needed. */
export function apiOf<T>(config: ResolvedConfig, name: string): T {
  const api = config.plugins.find((p) => p.name === name)?.api as T | undefined;
  if (!api) throw new Error(`the build needs the plugin ${name} in the same config`);
  return api;
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
  let routeAssets: RouteAssets = new Map();
  return {
    name: 'news-versions:prerender',
    // The browser build only: the nested SSR build below must not prerender itself.
    apply: (userConfig, env) => env.command === 'build' && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle(_options, bundle) {
      routeAssets = routeAssetsOf(bundle);
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
        const api = apiOf<ContentPluginApi>(config, CONTENT_PLUGIN_NAME);
        const sync = apiOf<SiteSyncPluginApi>(config, SITE_SYNC_PLUGIN_NAME).sync();
        // The list index only: each page's data is read from the files the site build wrote.
        const index = await api.index();
        const site = siteIndexOf(index, outDir);
        const content: ServerContent = { dataDir: outDir, index };
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
          const story = storyOfUrl(url, site);
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
            `<link rel="alternate" type="application/atom+xml" title="News Versions: the newest versions" href="${escapeAttribute(base + feedPath)}">\n  </head>`,
        );
        const plan = planPages({
          outDir,
          urls,
          site,
          template,
          code: hashOf(folderHash(serverDir), template),
          assetsFor: (url, lists) => pageAssets(routeAssets, base, url, lists),
          pages: openCache('pages', config.root),
          sync,
        });
        const workers = await renderPages(entry, outDir, plan.toRender, plan.write);
        // The shell for any path the host does not know: the app renders it in the browser…
        const shellKey = hashOf('shell', template);
        if (writesLists(slice)) writeKept(outDir, sync, 'app.html', shellKey, () => template);
        // …and for each comparison the build did not precompute: the browser computes it.
        for (const url of shells) {
          const file = pageFile(decodeURIComponent(url));
          if (!path.join(outDir, file).startsWith(outDir)) continue;
          writeKept(outDir, sync, file, shellKey, () => template);
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        const threads = `${workers} ${workers === 1 ? 'thread' : 'threads'}`;
        config.logger.info(
          `prerendered ${plan.toRender.length} pages in ${seconds} s (${threads}), ${plan.fromCache + plan.kept} from the cache (${plan.kept} left in place); ${shells.length} comparisons left to the browser`,
        );
      } finally {
        rmSync(serverDir, { recursive: true, force: true });
      }
    },
  };
}
