import { useEffect } from 'react';
import { BrowserRouter, matchPath, Route, Routes } from 'react-router';
import { comparisonKey } from '../domain/content.ts';
import {
  preloadArticle,
  preloadComparison,
  preloadList,
  preloadStory,
  useContentStore,
} from '../store/content-store.ts';
import { GROUP_KINDS } from '../domain/group-kinds.ts';
import { groupPathsOf, paths } from '../shared/paths.ts';
import { Layout } from './layout.tsx';
import { lazyRoute } from './lazy-route.ts';
import { notFound } from './routes/not-found.ts';

// Each route's code is its own chunk: an article page never loads the comparison view.
const home = lazyRoute(() => import('./routes/home-route.tsx').then((m) => m.HomeRoute));
const article = lazyRoute(() => import('./routes/article-route.tsx').then((m) => m.ArticleRoute));
const search = lazyRoute(() => import('./routes/search-route.tsx').then((m) => m.SearchRoute));
const compare = lazyRoute(() => import('./routes/compare-route.tsx').then((m) => m.CompareRoute));
const story = lazyRoute(() => import('./routes/story-route.tsx').then((m) => m.StoryRoute));
const list = lazyRoute(() => import('./routes/list-route.tsx').then((m) => m.ListRoute));

// Reading list addresses is code only list pages need: other routes never load it.
const listAddresses = () => import('./routes/list-address.ts');

/** Every address pattern of a list page: home's pages, each kind's index and groups. */
const LIST_PATTERNS = [
  paths.home.pattern,
  paths.home.pagePattern,
  ...GROUP_KINDS.flatMap((kind) => {
    const { group, index } = groupPathsOf(kind);
    return [index.pattern, index.pagePattern, group.pattern, group.pagePattern];
  }),
];

/** The newest stories and the not-found page's code: what a missing page shows. */
const preloadNotFound = async () => {
  const { NEWEST_KEY } = await listAddresses();
  await Promise.all([notFound.preload(), preloadList(NEWEST_KEY)]);
};

/** Loads the code and data of the page at `pathname`, so its first render needs no fallback. */
export async function preloadPath(pathname: string): Promise<void> {
  const isList = LIST_PATTERNS.some((pattern) => matchPath(pattern, pathname));
  const { listAddress, firstPageKey } = isList ? await listAddresses() : {};
  const listed = listAddress?.(pathname);
  if (listed && firstPageKey) {
    const route = listed.ref.kind === 'home' ? home : list;
    await Promise.all([route.preload(), preloadList(listed.key ?? firstPageKey(listed.ref))]);
    // A page the list does not have says how many it has (its first page tells).
    if (!listed.key || !useContentStore.getState().lists[listed.key])
      await Promise.all([preloadNotFound(), preloadList(firstPageKey(listed.ref))]);
    return;
  }
  if (matchPath(paths.search.pattern, pathname)) {
    await search.preload();
    return;
  }
  const storyId = matchPath(paths.story.pattern, pathname)?.params.storyId;
  if (storyId) {
    await Promise.all([story.preload(), preloadStory(storyId)]);
    // A story the site does not have lists the newest stories: their list comes first too.
    if (!useContentStore.getState().storiesById[storyId]) await preloadNotFound();
    return;
  }
  const articleId = matchPath(paths.article.pattern, pathname)?.params.articleId;
  const { leftId, rightId } = matchPath(paths.compare.pattern, pathname)?.params ?? {};
  if (articleId) await Promise.all([article.preload(), preloadArticle(articleId)]);
  else if (leftId && rightId)
    await Promise.all([
      compare.preload(),
      preloadArticle(leftId),
      preloadArticle(rightId),
      leftId !== rightId ? preloadComparison(leftId, rightId) : undefined,
    ]);
  // A page the site does not have lists the newest stories: their list comes first too.
  if (!isFound(articleId, leftId, rightId)) await preloadNotFound();
}

/** Whether what the address names was there once its data loaded (the article, or both sides). */
function isFound(articleId?: string, leftId?: string, rightId?: string): boolean {
  const { articlesById, comparisons } = useContentStore.getState();
  if (articleId) return Boolean(articlesById[articleId]);
  if (leftId && rightId) return Boolean(comparisons[comparisonKey(leftId, rightId)]);
  return false;
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path={paths.home.pattern} element={<home.Component />} />
        <Route path={paths.home.pagePattern} element={<home.Component />} />
        {LIST_PATTERNS.slice(2).map((pattern) => (
          <Route key={pattern} path={pattern} element={<list.Component />} />
        ))}
        <Route path={paths.article.pattern} element={<article.Component />} />
        <Route path={paths.compare.pattern} element={<compare.Component />} />
        <Route path={paths.search.pattern} element={<search.Component />} />
        <Route path={paths.story.pattern} element={<story.Component />} />
        <Route path="*" element={<notFound.Component />} />
      </Route>
    </Routes>
  );
}

export function App() {
  // `<html data-ready>`: the page is live (hydrated or rendered), its controls answer. A
  // prerendered page looks the same a moment earlier, when a click would do nothing yet.
  useEffect(() => {
    document.documentElement.dataset['ready'] = 'true';
  }, []);
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}
