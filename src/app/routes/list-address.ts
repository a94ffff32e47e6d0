/**
 * Which page of which list an address names (`/page/2`, `/tags/weather`, `/months/page/2`…), by
 * the patterns of src/shared/paths.ts. The app's routes, `preloadPath` and the prerendering read
 * it, so all three agree on what a list's address means.
 */
import { matchPath } from 'react-router';
import { GROUP_KINDS } from '../../domain/group-kinds.ts';
import { listKey, pageNumber, type ListRef } from '../../domain/listing.ts';
import { groupPathsOf, paths } from '../../shared/paths.ts';

export interface ListAddress {
  ref: ListRef;
  /** Null when the page segment is no page number (`/page/1`, `/page/x`). */
  page: number | null;
  /** The page segment as written (absent for a list's first page). */
  pageText?: string;
  /** The key of the page's data (`listKey`), null when `page` is. */
  key: string | null;
}

const address = (ref: ListRef, pageText?: string): ListAddress => {
  const page = pageNumber(pageText);
  return {
    ref,
    page,
    ...(pageText === undefined ? {} : { pageText }),
    key: page === null ? null : listKey(ref, page),
  };
};

/** The list page at `pathname`, or null when it is no list's address. */
export function listAddress(pathname: string): ListAddress | null {
  const match = (pattern: string) => matchPath(pattern, pathname)?.params;
  if (match(paths.home.pattern)) return address({ kind: 'home' });
  const home = match(paths.home.pagePattern);
  if (home) return address({ kind: 'home' }, home['page']);
  for (const kind of GROUP_KINDS) {
    const { group, index } = groupPathsOf(kind);
    if (match(index.pattern)) return address({ kind: 'index', of: kind });
    const indexPage = match(index.pagePattern);
    if (indexPage) return address({ kind: 'index', of: kind }, indexPage['page']);
    const first = match(group.pattern);
    if (first) return address({ kind, slug: first['slug'] ?? '' });
    const later = match(group.pagePattern);
    if (later) return address({ kind, slug: later['slug'] ?? '' }, later['page']);
  }
  return null;
}

/** The key of a list's first page: what tells whether the list exists at all. */
export const firstPageKey = (ref: ListRef) => listKey(ref, 1);

/** Home's first page: the newest stories, which a not-found page lists too. */
export const NEWEST_KEY = listKey({ kind: 'home' }, 1);
