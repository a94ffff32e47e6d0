/**
 * Server-side entry for prerendering (built by `src/node/vite-plugin-prerender.ts`, run in Node
 * at build time, never shipped to the browser). Renders every route with react-dom's static
 * prerendering API (`prerender` from `react-dom/static`, which waits for every lazy
 * route and suspended data before it finishes, unlike `renderToString`) inside react-router's
 * `StaticRouter`: the same components and data the browser uses, so the page hydrates without a
 * mismatch.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { bodyParagraphs } from '../domain/body.ts';
import { paths } from '../shared/paths.ts';
import { preloadIndex, useContentStore } from '../store/content-store.ts';
import { AppRoutes, preloadPath } from './app.tsx';

export interface PrerenderPage {
  /** The URL the page answers (`null` for the not-found page, written as 404.html). */
  url: string | null;
  html: string;
  title: string;
  description: string;
}

const SITE_DESCRIPTION = 'Read a news story and see exactly how its versions differ.';

/** Every URL the site has: home, each article, each comparison of two versions of a story. */
export async function prerenderUrls(): Promise<string[]> {
  await preloadIndex();
  const { storiesById, articlesById } = useContentStore.getState();
  const urls = [
    paths.home.to(),
    paths.search.to(),
    ...Object.keys(articlesById).map((id) => paths.article.to(id)),
  ];
  for (const story of Object.values(storiesById))
    for (const left of story.versions)
      for (const right of story.versions)
        if (left.id !== right.id) urls.push(paths.compare.to(left.id, right.id));
  return urls;
}

export async function renderPage(url: string | null): Promise<PrerenderPage> {
  const location = url ?? '/404';
  await preloadPath(location);
  const failures: unknown[] = [];
  const { prelude } = await prerender(
    <StrictMode>
      <StaticRouter location={location}>
        <AppRoutes />
      </StaticRouter>
    </StrictMode>,
    // React outlines a Suspense boundary bigger than this (12,800 bytes by default) and reveals
    // it with an inline script, which the site's policy forbids and a reader without scripts
    // never sees. Every page is complete when it is written, so nothing is outlined.
    {
      progressiveChunkSize: Number.POSITIVE_INFINITY,
      // A page that fails to render fails the build, rather than shipping its error message.
      onError: (error) => {
        failures.push(error);
      },
    },
  );
  if (failures.length > 0) throw new Error(`rendering ${location} failed`, { cause: failures[0] });
  const markup = await new Response(prelude).text();
  // React renders each route's <title> in place; it belongs in the document head.
  const titleMatch = /<title>(.*?)<\/title>/s.exec(markup);
  return {
    url,
    html: markup.replace(/<title>.*?<\/title>/s, ''),
    title: titleMatch?.[1] ?? 'News Versions',
    description: describe(location),
  };
}

/** A meta description: the article's first paragraph, or what the page is. */
function describe(location: string): string {
  const state = useContentStore.getState();
  const id = /^\/articles\/([^/]+)$/.exec(location)?.[1];
  const detail = id ? state.details[id] : undefined;
  if (detail) {
    const first = bodyParagraphs(detail.body).find((p) => p.trim().length > 0) ?? '';
    return first.length > 160 ? `${first.slice(0, 157).trimEnd()}…` : first || SITE_DESCRIPTION;
  }
  const compare = /^\/compare\/([^/]+)\/([^/]+)$/.exec(location);
  if (compare) {
    const left = state.articlesById[compare[1] ?? ''];
    const right = state.articlesById[compare[2] ?? ''];
    if (left && right)
      return `What changed between “${left.label}” and “${right.label}”: sentence by sentence, with changed names, numbers and quotes.`;
  }
  return SITE_DESCRIPTION;
}
