/**
 * Every URL of the app, built in one place. Routes use `pattern`; links use `to(...)`.
 */
import type { GroupKind, ListRef } from '../domain/listing.ts';

const segment = (value: string) => encodeURIComponent(value);

/** Page 1 of a list is its own address; page n adds `/page/n`. */
const paged = (base: string, page = 1) =>
  page <= 1 ? base || '/' : `${base}/page/${String(page)}`;

/** A list of stories by tag, publisher or month, and the index of every one of its kind. */
const groupPaths = (folder: string) => ({
  /** One group's list: `/tags/weather`, `/tags/weather/page/2`. */
  group: {
    pattern: `/${folder}/:slug`,
    pagePattern: `/${folder}/:slug/page/:page`,
    to: (slug: string, page?: number) => paged(`/${folder}/${segment(slug)}`, page),
  },
  /** The index of every group: `/tags`, `/tags/page/2`. */
  index: {
    pattern: `/${folder}`,
    pagePattern: `/${folder}/page/:page`,
    to: (page?: number) => paged(`/${folder}`, page),
  },
});

export const paths = {
  home: {
    pattern: '/',
    /** Page 2 on of home's list of every story: `/page/2`. */
    pagePattern: '/page/:page',
    to: (page?: number) => paged('', page),
  },
  tags: groupPaths('tags'),
  publishers: groupPaths('publishers'),
  months: groupPaths('months'),
  article: {
    pattern: '/articles/:articleId',
    to: (articleId: string) => `/articles/${segment(articleId)}`,
  },
  search: {
    pattern: '/search',
    to: (query?: string) => (query ? `/search?q=${encodeURIComponent(query)}` : '/search'),
  },
  compare: {
    pattern: '/compare/:leftId/:rightId',
    to: (leftId: string, rightId: string) => `/compare/${segment(leftId)}/${segment(rightId)}`,
  },
  story: {
    pattern: '/stories/:storyId',
    to: (storyId: string) => `/stories/${segment(storyId)}`,
  },
  /** The Atom feed of the newest versions, written by the build (not a route of the app). */
  feed: {
    to: () => '/feed.xml',
  },
} as const;

const GROUP_PATHS = { tag: paths.tags, publisher: paths.publishers, month: paths.months } as const;

/** The paths of a kind of group (`tag` → `paths.tags`). */
export const groupPathsOf = (kind: GroupKind) => GROUP_PATHS[kind];

/** The address of page `page` of a list. */
export function listPath(ref: ListRef, page = 1): string {
  if (ref.kind === 'home') return paths.home.to(page);
  if (ref.kind === 'index') return GROUP_PATHS[ref.of].index.to(page);
  return GROUP_PATHS[ref.kind].group.to(ref.slug, page);
}

/** The anchor of a body paragraph, by its index among the article's text blocks. */
export const paragraphAnchor = (index: number) => `p-${index + 1}`;

/** The anchor of a comment, by its position as posted (1-based, as readers count). */
export const commentAnchor = (number: number) => `comment-${number}`;
