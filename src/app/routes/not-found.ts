import { lazyRoute } from '../lazy-route.ts';

/**
 * The "not found" page, in its own chunk: most visits never need it, so no route carries its
 * code (about 1.1 KB gzip). `preloadPath` fetches it before the first render of an address the
 * site does not have, so a prerendered 404 hydrates without a fallback.
 */
export const notFound = lazyRoute(() =>
  import('./not-found-route.tsx').then((m) => m.NotFoundRoute),
);
