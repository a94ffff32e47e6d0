/**
 * The part of Pagefind's browser API the app uses (`/pagefind/pagefind.js`, written by the build;
 * see src/node/vite-plugin-search.ts), and how it is loaded: only when a reader starts searching,
 * so no route pays for it up front.
 */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; label?: string };
}

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

export interface Pagefind {
  options: (options: { excerptLength?: number }) => Promise<void>;
  init: () => Promise<void>;
  /** Resolves to null when a newer call superseded this one. */
  debouncedSearch: (
    query: string,
    options?: object,
    ms?: number,
  ) => Promise<{ results: PagefindResult[] } | null>;
}

/** Where the build writes the index: beside the site's pages. */
export const PAGEFIND_URL = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;

/**
 * Loads and starts Pagefind. The module is the browser's (one instance however often it is
 * imported), so this holds no state of its own.
 */
export async function loadPagefind(): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
  await pagefind.options({ excerptLength: 24 });
  await pagefind.init();
  return pagefind;
}

/** A result's link inside the app: Pagefind's `/articles/x/` without the trailing slash. */
export const resultPath = (url: string) => url.replace(/(.)\/$/, '$1');
