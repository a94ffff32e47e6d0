/**
 * What a static host answers for a path of the built site, whatever the request's `Accept` says:
 * a file for a file, a page's `index.html` for the page's path, and `404.html` with status 404
 * for anything else. `vite preview` (`npm start`) follows it, so curl and crawlers (which send
 * `*\/*` or no `Accept` at all) get the same answer as a browser.
 */
import path from 'node:path';

export type StaticAnswer =
  /** Serve this file of the site (a path relative to its root, with a leading `/`). */
  | { kind: 'file'; file: string }
  /** Nothing there: `404.html` (for a page) or a plain-text 404 (for a missing file). */
  | { kind: 'not-found'; page: boolean };

/**
 * The answer for `pathname` (decoded, as in the URL) given which files of the site exist
 * (`isFile`, never true for a folder). A file is served as it is; a path without an extension
 * names a page, served from its folder's `index.html`. A path that climbs out of the site
 * (`/../x`) is not found.
 */
export function staticAnswer(pathname: string, isFile: (file: string) => boolean): StaticAnswer {
  if (pathname.split('/').includes('..')) return { kind: 'not-found', page: false };
  const clean = path.posix.normalize(`/${pathname}`);
  if (isFile(clean)) return { kind: 'file', file: clean };
  const isPage = path.posix.extname(clean) === '';
  const page = path.posix.join(clean, 'index.html');
  if (isPage && isFile(page)) return { kind: 'file', file: page };
  return { kind: 'not-found', page: isPage };
}
