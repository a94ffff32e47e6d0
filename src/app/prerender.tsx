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
import type { PrerenderedPage } from '../domain/prerendered-page.ts';
import { comparisonKey } from '../domain/content.ts';
import { buildListings, everyListPage, listedStory } from '../domain/list-pages.ts';
import { isPrecomputedPair } from '../domain/story.ts';
import { atomFeed, feedStoryIds } from '../shared/feed.ts';
import { listPath, paths } from '../shared/paths.ts';
import * as shipped from 'virtual:content';
import {
  contentStore,
  preloadIndex,
  preloadStory,
  useContentStore,
} from '../store/content-store.ts';
import { AppRoutes, preloadPath } from './app.tsx';
import { firstPageKey, listAddress, NEWEST_KEY } from './routes/list-address.ts';

const SITE_DESCRIPTION = 'Read a news story and see exactly how its versions differ.';

/** Every comparison of two versions of a story, split by whether the build precomputed it. */
async function comparisonUrls(precomputed: boolean): Promise<string[]> {
  await preloadIndex();
  const urls: string[] = [];
  for (const story of Object.values(useContentStore.getState().storiesById)) {
    const ids = story.versions.map((v) => v.id);
    for (const left of ids)
      for (const right of ids)
        if (left !== right && isPrecomputedPair(ids, left, right) === precomputed)
          urls.push(paths.compare.to(left, right));
  }
  return urls;
}

/** Every page of every list (home's first), from the whole index as the build cut them. */
async function listUrls(): Promise<string[]> {
  await preloadIndex();
  const { storyIds, storiesById } = useContentStore.getState();
  const listings = buildListings(
    storyIds.map((id) => listedStory(id, storiesById[id]?.versions ?? [])),
  );
  return everyListPage(listings).map(({ ref, page }) => listPath(ref, page));
}

/**
 * Every URL prerendered: every page of every list (home's, by tag, publisher and month, and
 * their indexes), each story, each article, and the comparisons a reader reaches from a
 * timeline (adjacent versions and each against the first, both ways).
 */
export async function prerenderUrls(): Promise<string[]> {
  await preloadIndex();
  const { storiesById, articlesById } = useContentStore.getState();
  return [
    ...(await listUrls()),
    paths.search.to(),
    ...Object.keys(storiesById).map((id) => paths.story.to(id)),
    ...Object.keys(articlesById).map((id) => paths.article.to(id)),
    ...(await comparisonUrls(true)),
  ];
}

/** The other comparisons: each gets the app's shell, and the browser computes it when opened. */
export const shellUrls = () => comparisonUrls(false);

/**
 * Forgets every article, comparison and timeline loaded so far. The build renders thousands of
 * pages in one thread: kept, they made each render copy a store that grew with every page (time
 * quadratic in the archive) and held every body in memory.
 */
export const forgetContent = (): void => contentStore.reset(shipped);

/** The site's path of the Atom feed, for the build to write it at. */
export const FEED_PATH = paths.feed.to();

/** The Atom feed of the newest versions (see src/shared/feed.ts), with URLs under `origin`. */
export async function renderFeed(origin: string): Promise<string> {
  await preloadIndex();
  const { storyIds, storiesById: listed } = useContentStore.getState();
  // The newest versions are chosen from the index; only their stories' timelines are read (it
  // read every story's file, a second at 10,000 stories, to keep a hundred entries).
  const ids = feedStoryIds(storyIds.flatMap((id) => listed[id] ?? []));
  // One story at a time in an emptied store: each load copies the store's maps, so loading
  // every story into one store cost time quadratic in the archive (20 s of a 24 s prerender
  // step at 3,000 stories, most of a 351 s one at 10,000).
  forgetContent();
  const stories = [];
  for (const id of ids) {
    await preloadStory(id);
    const { storiesById, timelines } = useContentStore.getState();
    const story = storiesById[id];
    if (story) stories.push({ id, versions: story.versions, timeline: timelines[id] ?? [] });
    forgetContent();
  }
  return atomFeed(stories, origin, 'News Versions');
}

export async function renderPage(url: string | null): Promise<PrerenderedPage> {
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
  // React renders each route's <title> and its list's rel links in place; they belong in the
  // document head.
  const titleMatch = /<title>(.*?)<\/title>/s.exec(markup);
  const relLinks = /<link rel="(?:prev|next)"[^>]*\/?>/g;
  return {
    url,
    html: markup.replace(/<title>.*?<\/title>/s, '').replace(relLinks, ''),
    title: titleMatch?.[1] ?? 'News Versions',
    description: describe(location),
    head: [...markup.matchAll(relLinks)].map((m) => m[0]).join(''),
    lists: listsShown(location),
  };
}

/** The list pages `location` shows: its own, or for a page not found, the newest stories (and
 * the list's first page, which says how many pages it has). */
function listsShown(location: string): string[] {
  const { lists, storiesById, articlesById, comparisons } = useContentStore.getState();
  const listed = listAddress(location);
  if (listed?.key && lists[listed.key]) return [listed.key];
  if (listed) return [...new Set([firstPageKey(listed.ref), NEWEST_KEY])];
  const [, kind, a, b] = location.split('/').map(decodeURIComponent);
  const found =
    (kind === 'articles' && a && articlesById[a]) ||
    (kind === 'stories' && a && storiesById[a]) ||
    (kind === 'compare' && a && b && comparisons[comparisonKey(a, b)]) ||
    kind === 'search';
  return found ? [] : [NEWEST_KEY];
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
