import { useEffect } from 'react';
import { BrowserRouter, matchPath, Route, Routes } from 'react-router';
import { comparisonKey } from '../domain/content.ts';
import {
  preloadArticle,
  preloadComparison,
  preloadIndex,
  preloadStory,
  useContentStore,
} from '../store/content-store.ts';
import { paths } from '../shared/paths.ts';
import { Layout } from './layout.tsx';
import { lazyRoute } from './lazy-route.ts';
import { notFound } from './routes/not-found.ts';

// Each route's code is its own chunk: an article page never loads the comparison view.
const home = lazyRoute(() => import('./routes/home-route.tsx').then((m) => m.HomeRoute));
const article = lazyRoute(() => import('./routes/article-route.tsx').then((m) => m.ArticleRoute));
const search = lazyRoute(() => import('./routes/search-route.tsx').then((m) => m.SearchRoute));
const compare = lazyRoute(() => import('./routes/compare-route.tsx').then((m) => m.CompareRoute));
const story = lazyRoute(() => import('./routes/story-route.tsx').then((m) => m.StoryRoute));

/** Loads the code and data of the page at `pathname`, so its first render needs no fallback. */
export async function preloadPath(pathname: string): Promise<void> {
  if (matchPath(paths.home.pattern, pathname)) {
    await Promise.all([home.preload(), preloadIndex()]);
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
    if (!useContentStore.getState().storiesById[storyId])
      await Promise.all([notFound.preload(), preloadIndex()]);
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
  if (!isFound(articleId, leftId, rightId)) await Promise.all([notFound.preload(), preloadIndex()]);
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
