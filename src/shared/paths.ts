/**
 * Every URL of the app, built in one place. Routes use `pattern`; links use `to(...)`.
 */
const segment = (value: string) => encodeURIComponent(value);

export const paths = {
  home: {
    pattern: '/',
    to: () => '/',
  },
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
  /** The Atom feed of every version, written by the build (not a route of the app). */
  feed: {
    to: () => '/feed.xml',
  },
} as const;

/** The anchor of a body paragraph, by its index among the article's text blocks. */
export const paragraphAnchor = (index: number) => `p-${index + 1}`;

/** The anchor of a comment, by its position as posted (1-based, as readers count). */
export const commentAnchor = (number: number) => `comment-${number}`;
