/**
 * The article store: the build's content, indexed for the views. Read-only at run time; the
 * reader's own state (votes, settings) lives in its own persisted store, never mixed in here.
 *
 * Every page gets the index (list metadata and stories). An article's body and comments, and
 * each comparison, are separate modules: a view asks for them with `useArticle` or
 * `useComparison`, which suspend (React `use`) until the module has arrived and then keep it in
 * the store. `preloadArticle` and `preloadComparison` fetch ahead, e.g. before the first render.
 */
import { use, useMemo } from 'react';
import {
  createStore,
  useStore as useZustandStore,
  type StoreApi,
  type UseBoundStore,
} from 'zustand';
import content, { loadArticle, loadComparison } from 'virtual:content';
import type { CompactComparison } from '../compare/types.ts';
import type { ArticleDetail, ArticleSummary, LoadedArticle } from '../domain/article.ts';
import { comparisonKey, type ContentIndex } from '../domain/content.ts';

export interface StoryEntry {
  id: string;
  /** Versions oldest first, as the build ordered them. */
  versions: ArticleSummary[];
}

export interface ContentState {
  articlesById: Readonly<Record<string, ArticleSummary>>;
  /** Story ids, newest story first. */
  storyIds: readonly string[];
  storiesById: Readonly<Record<string, StoryEntry>>;
  /** Bodies and comments loaded so far, by article id. */
  details: Readonly<Record<string, ArticleDetail>>;
  /** Comparisons loaded so far, by `comparisonKey`. */
  comparisons: Readonly<Record<string, CompactComparison>>;
}

export interface ContentLoaders {
  loadArticle: (id: string) => Promise<ArticleDetail> | undefined;
  loadComparison: (key: string) => Promise<CompactComparison> | undefined;
}

/** Index the shipped data once, so every selector below is a plain lookup. */
export function indexContent(data: ContentIndex): ContentState {
  const articlesById = Object.fromEntries(data.articles.map((a) => [a.id, a]));
  const storiesById: Record<string, StoryEntry> = {};
  for (const story of data.stories) {
    storiesById[story.id] = {
      id: story.id,
      versions: story.versions.flatMap((id) => articlesById[id] ?? []),
    };
  }
  return {
    articlesById,
    storyIds: data.stories.map((s) => s.id),
    storiesById,
    details: {},
    comparisons: {},
  };
}

export interface ContentStore {
  useStore: UseBoundStore<StoreApi<ContentState>>;
  /** Resolves once the article's body and comments are in the store (at once if they are). */
  preloadArticle: (id: string) => Promise<void>;
  preloadComparison: (leftId: string, rightId: string) => Promise<void>;
  /** Replaces the index (dev: a content file changed) and forgets everything loaded. */
  reset: (data: ContentIndex) => void;
}

/**
 * A promise React's `use` reads as already settled (it checks `status`), so the hooks below call
 * `use` on every render, as React requires, without suspending once the data is there.
 */
const SETTLED = Object.assign(Promise.resolve(), { status: 'fulfilled', value: undefined });

export function createContentStore(data: ContentIndex, loaders: ContentLoaders): ContentStore {
  const api = createStore<ContentState>()(() => indexContent(data));
  // What a server render (and the hydration of its HTML) reads: zustand's default is the state
  // at creation, before any body was loaded. Content is the same on both sides and is loaded
  // before either renders, so the current state is the right snapshot.
  api.getInitialState = api.getState;
  const useStore = Object.assign(
    <T>(selector: (state: ContentState) => T) => useZustandStore(api, selector),
    api,
  ) as UseBoundStore<StoreApi<ContentState>>;
  // One request per module; a failed one is forgotten so a later visit can try again.
  let pending = new Map<string, Promise<void>>();
  const request = (key: string, start: () => Promise<void> | undefined): Promise<void> => {
    const known = pending.get(key);
    if (known) return known;
    const tracked: Promise<void> & { status?: string; value?: undefined } = (
      start() ?? Promise.resolve()
    ).then(
      () => {
        // Marked as React marks the promises it has seen settle, so a later `use` of it (another
        // component, or a first render after a preload) reads it without suspending.
        tracked.status = 'fulfilled';
        tracked.value = undefined;
      },
      (error: unknown) => {
        pending.delete(key);
        throw error;
      },
    );
    pending.set(key, tracked);
    return tracked;
  };
  // The same promise for the same module every time (React's `use` requires it), even when a
  // render still sees the state from before the data arrived.
  const preloadArticle = (id: string): Promise<void> =>
    pending.get(`article:${id}`) ??
    (useStore.getState().details[id] || !useStore.getState().articlesById[id]
      ? SETTLED
      : request(`article:${id}`, () =>
          loaders
            .loadArticle(id)
            ?.then((detail) =>
              useStore.setState((s) => ({ details: { ...s.details, [id]: detail } })),
            ),
        ));
  const preloadComparison = (leftId: string, rightId: string): Promise<void> => {
    const key = comparisonKey(leftId, rightId);
    const known = pending.get(`comparison:${key}`);
    if (known) return known;
    if (useStore.getState().comparisons[key]) return SETTLED;
    return request(`comparison:${key}`, () =>
      loaders
        .loadComparison(key)
        ?.then((comparison) =>
          useStore.setState((s) => ({ comparisons: { ...s.comparisons, [key]: comparison } })),
        ),
    );
  };
  const reset = (next: ContentIndex) => {
    pending = new Map();
    useStore.setState(indexContent(next), true);
  };
  return { useStore, preloadArticle, preloadComparison, reset };
}

export const contentStore = createContentStore(content, { loadArticle, loadComparison });
export const useContentStore = contentStore.useStore;
export const { preloadArticle, preloadComparison } = contentStore;

// Dev only: a saved content file swaps the index in place; loaded parts are fetched again.
if (import.meta.hot) {
  import.meta.hot.accept('virtual:content', (next) => {
    const data = (next as { default?: ContentIndex } | undefined)?.default;
    if (data) contentStore.reset(data);
  });
}

// Selectors: one value each, so a view re-renders only when its value changes.
export const selectArticle = (id: string) => (s: ContentState) => s.articlesById[id];
export const selectDetail = (id: string) => (s: ContentState) => s.details[id];
export const selectStory = (id: string) => (s: ContentState) => s.storiesById[id];
export const selectStoryIds = (s: ContentState) => s.storyIds;
export const selectComparison = (leftId: string, rightId: string) => (s: ContentState) =>
  s.comparisons[comparisonKey(leftId, rightId)];

/** An article's list metadata, or undefined for an unknown id. Never suspends. */
export const useArticleSummary = (id: string): ArticleSummary | undefined =>
  useContentStore(selectArticle(id));
export const useStory = (id: string): StoryEntry | undefined => useContentStore(selectStory(id));
export const useStoryIds = (): readonly string[] => useContentStore(selectStoryIds);

/** The whole article (body and comments too); suspends while they load; undefined if unknown. */
export function useArticle(id: string): LoadedArticle | undefined {
  const summary = useContentStore(selectArticle(id));
  const detail = useContentStore(selectDetail(id));
  const article = useMemo(
    () => (summary && detail ? { ...summary, ...detail } : undefined),
    [summary, detail],
  );
  // Always the same promise for this article: React replays `use` after a suspension and
  // expects to be handed the very promise it waited for.
  use(summary ? preloadArticle(id) : SETTLED);
  return article;
}

/** The precomputed comparison; suspends while it loads; undefined when there is none. */
export function useComparison(leftId: string, rightId: string): CompactComparison | undefined {
  const comparison = useContentStore(selectComparison(leftId, rightId));
  const known =
    useContentStore((s) => Boolean(s.articlesById[leftId] && s.articlesById[rightId])) &&
    leftId !== rightId;
  use(known ? preloadComparison(leftId, rightId) : SETTLED);
  return comparison;
}
