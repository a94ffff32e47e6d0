/**
 * `vite preview` as a static host should answer (see `staticAnswer`): a prerendered page for its
 * path and `404.html` with status 404 for a path the site does not have, whatever the request's
 * `Accept` (Vite's own fallback answered curl's `*\/*` with the home page and status 200).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { staticAnswer } from './static-host.ts';

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
