/**
 * `/page-start.js`, the classic script every page runs in <head> (the Content-Security-Policy
 * allows no inline script), built from src/app/page-start/ so it imports the reader store's own
 * settings, defaults, storage key and migration rather than repeating them. A classic script,
 * not a module: it must run before the first paint and read `document.currentScript`, so it is
 * bundled into one IIFE. The dev server builds it on each request; the build emits it as an asset.
 */
import path from 'node:path';
import { build, type Plugin, type Rolldown } from 'vite';

const ENTRY = 'src/app/page-start/page-start.ts';
const PAGE_START_FILE = 'page-start.js';

/** The script's code: the entry and what it imports, in one minified IIFE. */
async function bundlePageStart(root: string): Promise<string> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    build: {
      write: false,
      minify: true,
      sourcemap: false,
      target: 'es2020',
      lib: {
        entry: path.resolve(root, ENTRY),
        formats: ['iife'],
        name: 'pageStart',
        fileName: () => PAGE_START_FILE,
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk');
  if (!chunk) throw new Error(`building ${ENTRY} produced no script`);
  return chunk.code;
}

const TAG = `<script src="/${PAGE_START_FILE}"></script>`;
const PLACEHOLDER = '<!-- page-start -->';

/** Builds and serves the script; two plugins, as the tag is set aside early and put back late. */
export function pageStartPlugin(): Plugin[] {
  let root = process.cwd();
  const main: Plugin = {
    name: 'news-versions:page-start',
    configResolved(config) {
      root = config.root;
    },
    // Vite bundles only module scripts and warns about a classic one it cannot find in public/:
    // the tag is set aside while Vite reads the page and put back, in place, afterwards.
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace(TAG, PLACEHOLDER),
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.split('?')[0] !== `/${PAGE_START_FILE}`) return next();
        bundlePageStart(root).then((code) => {
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.setHeader('Cache-Control', 'no-cache');
          response.end(code);
        }, next);
      });
    },
    async generateBundle() {
      if (this.environment.config.build.ssr) return;
      this.emitFile({
        type: 'asset',
        fileName: PAGE_START_FILE,
        source: await bundlePageStart(root),
      });
    },
  };
  const restoreTag: Plugin = {
    name: 'news-versions:page-start-tag',
    transformIndexHtml: { order: 'post', handler: (html) => html.replace(PLACEHOLDER, TAG) },
  };
  return [main, restoreTag];
}
