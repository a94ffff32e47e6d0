/**
 * Prerendering: after the browser build, builds `src/app/prerender.tsx` for Node (Vite's SSR
 * build, same plugins, same content), renders every route, and writes each as static HTML into
 * the site: `index.html`, `articles/<id>/index.html`, `compare/<a>/<b>/index.html` and
 * `404.html`. A page shows its text before any script runs (and with none); the app then
 * hydrates it. `#root` carries the path it was rendered for, so a host that answers an unknown
 * path with another page's HTML still gets a fresh render instead of a mismatched hydration.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type ResolvedConfig } from 'vite';

interface PrerenderModule {
  prerenderUrls: () => string[];
  renderPage: (url: string | null) => Promise<{
    url: string | null;
    html: string;
    title: string;
    description: string;
  }>;
}

const ENTRY = 'src/app/prerender.tsx';

/** What a prerendered page says without scripts: it reads fine, only the controls need them. */
const NOSCRIPT =
  '<p class="noscript">JavaScript is off: every story, comment and comparison reads as it is; voting, sorting, reading settings and linked highlighting need it.</p>';

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'news-versions:prerender',
    // The browser build only: the nested SSR build below must not prerender itself.
    apply: (userConfig, env) => env.command === 'build' && !userConfig.build?.ssr,
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const outDir = path.resolve(config.root, config.build.outDir);
      // Inside the project (Vite's cache folder), so the server build finds the project's
      // node_modules wherever the site itself is written.
      const serverDir = path.join(config.cacheDir, 'prerender');
      try {
        await build({
          configFile: config.configFile,
          root: config.root,
          mode: config.mode,
          logLevel: 'error',
          build: { ssr: ENTRY, outDir: serverDir, emptyOutDir: true, sourcemap: false },
        });
        const entry = path.join(serverDir, `${path.basename(ENTRY, '.tsx')}.js`);
        const server = (await import(pathToFileURL(entry).href)) as PrerenderModule;
        const template = readFileSync(path.join(outDir, 'index.html'), 'utf8');
        const urls: (string | null)[] = [...server.prerenderUrls(), null];
        for (const url of urls) {
          const page = await server.renderPage(url);
          // The policy allows no inline script: a page that needs one would be broken as served.
          if (/<script(?![^>]*\bsrc=)/.test(page.html))
            throw new Error(`prerendering ${url ?? '404.html'} produced an inline <script>`);
          const html = template
            .replace(/<title>.*?<\/title>/s, `<title>${page.title}</title>`)
            .replace(
              /<meta name="description" content="[^"]*"\s*\/?>/,
              `<meta name="description" content="${escapeAttribute(page.description)}" />`,
            )
            .replace(/<noscript>.*?<\/noscript>/s, `<noscript>${NOSCRIPT}</noscript>`)
            .replace(
              '<div id="root"></div>',
              `<div id="root" data-prerendered="${escapeAttribute(url ?? '/404')}">${page.html}</div>`,
            );
          const file = url === null ? '404.html' : path.join(url.replace(/^\//, ''), 'index.html');
          mkdirSync(path.dirname(path.join(outDir, file)), { recursive: true });
          writeFileSync(path.join(outDir, file), html);
        }
        // The shell for any path the host does not know: the app renders it in the browser.
        writeFileSync(path.join(outDir, 'app.html'), template);
        config.logger.info(`prerendered ${urls.length} pages`);
      } finally {
        rmSync(serverDir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * `vite preview` as a static host should answer: a prerendered page for its path, and for a path
 * the site does not have, `404.html` with status 404 (instead of the home page's HTML).
 */
export function previewNotFoundPlugin(): Plugin {
  return {
    name: 'news-versions:preview-404',
    apply: (_config, env) => env.isPreview === true,
    configurePreviewServer(server) {
      const outDir = path.resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://x');
        const pathname = decodeURIComponent(url.pathname);
        const accept = req.headers.accept ?? '';
        if (path.extname(pathname) !== '' || !accept.includes('text/html')) return next();
        const page = path.join(outDir, pathname, 'index.html');
        if (!page.startsWith(outDir)) return next();
        if (existsSync(page)) {
          // `/articles/x` is `articles/x/index.html`, as static hosts serve it (Vite's own
          // fallback would answer with the home page's HTML).
          req.url = `${url.pathname.replace(/\/?$/, '/')}index.html${url.search}`;
          return next();
        }
        const notFound = path.join(outDir, '404.html');
        if (!existsSync(notFound)) return next();
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(readFileSync(notFound));
      });
    },
  };
}
