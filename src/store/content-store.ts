/**
 * The article store: the build's content, indexed for the views. Read-only at run time; the
 * reader's own state (votes, settings) lives in its own persisted store, never mixed in here.
 *
 * Nothing is shipped with the app itself. Each page of a list (home's, by tag, publisher or
 * month: a page of stories with their versions), each article (its metadata, body, comments and
 * its story's versions) and each comparison are loaded when a view asks for them (`useListPage`,
 * `useArticle`, `useComparison` suspend with React `use` until the data is there) and kept here,
 * so no page loads the list of every story and each costs the same however large the archive.
 * `preload*` fetch ahead, e.g. before the first render. The whole index (`preloadIndex`) is the
 * build's: it lists every page to prerender.
 */
import { use, useMemo } from 'react';
import {
  createStore,
  useStore as useZustandStore,
  type StoreApi,
  type UseBoundStore,
} from 'zustand';
import * as shipped from 'virtual:content';
import type { CompactComparison } from '../engine/types.ts';
import type { ArticleDetail, ArticleSummary, LoadedArticle } from '../domain/article.ts';
import { comparisonKey, type ArticlePayload, type ContentIndex } from '../domain/content.ts';
import type { ListPayload } from '../domain/listing.ts';
import {
  isPrecomputedPair,
  type StoryDigest,
  type StoryPayload,
  type TimelineStep,
} from '../domain/story.ts';

export interface StoryEntry {
  id: string;
  /** Versions oldest first, as the build ordered them. */
  versions: ArticleSummary[];
  /** What the build found comparing the first version with the latest (home shows it). */
  digest?: StoryDigest;
}

export interface ContentState {
  articlesById: Readonly<Record<string, ArticleSummary>>;
  /** Story ids, newest story first (once the list is loaded). */
  storyIds: readonly string[];
  storiesById: Readonly<Record<string, StoryEntry>>;
  /** Bodies and comments loaded so far, by article id. */
  details: Readonly<Record<string, ArticleDetail>>;
  /** Ids asked for that the site does not have. */
  missing: Readonly<Record<string, true>>;
  /** Comparisons loaded (or computed in the browser) so far, by `comparisonKey`. */
  comparisons: Readonly<Record<string, CompactComparison>>;
  /** Story timelines loaded so far, by story id. */
  timelines: Readonly<Record<string, readonly TimelineStep[]>>;
  /** Pages of lists loaded so far, by `listKey`. */
  lists: Readonly<Record<string, ListPayload>>;
}

export interface ContentLoaders {
  /** Every story with its versions' metadata: what home lists. */
  loadIndex: () => Promise<ContentIndex>;
  /** One article with its story; undefined for an id the site does not have. */
  loadArticle: (id: string) => Promise<ArticlePayload | undefined>;
  /** One precomputed comparison by `comparisonKey`; undefined when there is none. */
  loadComparison: (key: string) => Promise<CompactComparison | undefined>;
  /** One story's versions and timeline; undefined for a story the site does not have. */
  loadStory: (id: string) => Promise<StoryPayload | undefined>;
  /** One page of a list by `listKey`; undefined for a page the site does not have. */
  loadList: (key: string) => Promise<ListPayload | undefined>;
}

/**
 * Computes a comparison the build did not precompute, with the same engine, from the two loaded
 * versions. A lazy chunk: only a reader who opens such a pair downloads the aligner.
 */
const computeComparison = (left: LoadedArticle, right: LoadedArticle) =>
  import('./compute-comparison.ts').then((m) => m.computeComparison(left, right));

const EMPTY: ContentState = {
  articlesById: {},
  storyIds: [],
  storiesById: {},
  details: {},
  missing: {},
  comparisons: {},
  timelines: {},
  lists: {},
};

/**
 * Adds list metadata (the whole index, or one article's story) to what is known, so every
 * selector below stays a plain lookup. Only the whole index sets the order of stories.
 */
function mergeIndex(
  state: ContentState,
  data: ContentIndex,
  whole: boolean,
): Partial<ContentState> {
  const articlesById = { ...state.articlesById };
  for (const article of data.articles) articlesById[article.id] = article;
  const storiesById = { ...state.storiesById };
  for (const story of data.stories) {
    storiesById[story.id] = {
      id: story.id,
      versions: story.versions.flatMap((id) => articlesById[id] ?? []),
      ...(story.digest ? { digest: story.digest } : {}),
    };
  }
  return {
    articlesById,
    storiesById,
    ...(whole ? { storyIds: data.stories.map((s) => s.id) } : {}),
  };
}

export interface ContentStore {
  useStore: UseBoundStore<StoreApi<ContentState>>;
  /** Resolves once the list of stories is in the store (at once if it is). */
  preloadIndex: () => Promise<void>;
  /** Resolves once the article is in the store, or known not to exist. */
  preloadArticle: (id: string) => Promise<void>;
  /** Resolves once the comparison is in the store: loaded when the build precomputed it,
   * otherwise computed here once both articles are loaded. */
  preloadComparison: (leftId: string, rightId: string) => Promise<void>;
  /** Resolves once the story's timeline is in the store, or known not to exist. */
  preloadStory: (id: string) => Promise<void>;
  /** Resolves once the page of a list is in the store, or known not to exist. */
  preloadList: (key: string) => Promise<void>;
  /** Swaps the loaders (dev: a content file changed) and forgets everything loaded. */
  reset: (loaders: ContentLoaders) => void;
}

/**
 * A promise React's `use` reads as already settled (it checks `status`), so the hooks below call
 * `use` on every render, as React requires, without suspending once the data is there.
 */
const SETTLED = Object.assign(Promise.resolve(), { status: 'fulfilled', value: undefined });

export function createContentStore(initialLoaders: ContentLoaders): ContentStore {
  let loaders = initialLoaders;
  const api = createStore<ContentState>()(() => EMPTY);
  // What a server render (and the hydration of its HTML) reads: zustand's default is the state
  // at creation, before anything was loaded. Content is the same on both sides and is loaded
  // before either renders, so the current state is the right snapshot.
  api.getInitialState = api.getState;
  const useStore = Object.assign(
    <T>(selector: (state: ContentState) => T) => useZustandStore(api, selector),
    api,
  ) as UseBoundStore<StoreApi<ContentState>>;
  // One request per module; a failed one is forgotten so a later visit can try again.
  let pending = new Map<string, Promise<void>>();
  const request = (key: string, start: () => Promise<void>): Promise<void> => {
    const known = pending.get(key);
    if (known) return known;
    const tracked: Promise<void> & { status?: string; value?: undefined } = start().then(
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
  let listed = false;
  const preloadIndex = (): Promise<void> =>
    pending.get('index') ??
    (listed
      ? SETTLED
      : request('index', () =>
          loaders.loadIndex().then((index) => {
            listed = true;
            api.setState((s) => mergeIndex(s, index, true));
          }),
        ));
  // The same promise for the same module every time (React's `use` requires it), even when a
  // render still sees the state from before the data arrived.
  const preloadArticle = (id: string): Promise<void> => {
    const known = pending.get(`article:${id}`);
    if (known) return known;
    const state = api.getState();
    if (state.details[id] || state.missing[id]) return SETTLED;
    return request(`article:${id}`, () =>
      loaders.loadArticle(id).then((payload) =>
        api.setState((s) =>
          payload
            ? {
                ...mergeIndex(s, payload.index, false),
                details: { ...s.details, [id]: payload.detail },
              }
            : { missing: { ...s.missing, [id]: true } },
        ),
      ),
    );
  };
  const preloadComparison = (leftId: string, rightId: string): Promise<void> => {
    const key = comparisonKey(leftId, rightId);
    const known = pending.get(`comparison:${key}`);
    if (known) return known;
    if (api.getState().comparisons[key]) return SETTLED;
    const store = (comparison: CompactComparison | undefined) => {
      if (comparison)
        api.setState((s) => ({ comparisons: { ...s.comparisons, [key]: comparison } }));
    };
    // Which pairs the build precomputed follows from the story's order of versions, known once
    // either article is loaded (a page requests its articles at the same time as this).
    const precomputed = (): boolean | undefined => {
      const { articlesById, storiesById } = api.getState();
      const story = storiesById[articlesById[leftId]?.story ?? ''];
      if (!story) return undefined;
      return isPrecomputedPair(
        story.versions.map((v) => v.id),
        leftId,
        rightId,
      );
    };
    return request(`comparison:${key}`, async () => {
      let known = precomputed();
      if (known === undefined) {
        await Promise.all([preloadArticle(leftId), preloadArticle(rightId)]);
        known = precomputed();
      }
      if (known) return loaders.loadComparison(key).then(store);
      if (known === undefined) return; // no such story: nothing to compare
      await Promise.all([preloadArticle(leftId), preloadArticle(rightId)]);
      const { articlesById, details } = api.getState();
      const left = articlesById[leftId];
      const right = articlesById[rightId];
      const leftDetail = details[leftId];
      const rightDetail = details[rightId];
      if (!left || !right || !leftDetail || !rightDetail || left.story !== right.story) return;
      store(await computeComparison({ ...left, ...leftDetail }, { ...right, ...rightDetail }));
    });
  };
  const preloadStory = (id: string): Promise<void> => {
    const known = pending.get(`story:${id}`);
    if (known) return known;
    const state = api.getState();
    if (state.timelines[id] || state.missing[`story:${id}`]) return SETTLED;
    return request(`story:${id}`, () =>
      loaders.loadStory(id).then((payload) =>
        api.setState((s) =>
          payload
            ? {
                ...mergeIndex(s, payload.index, false),
                timelines: { ...s.timelines, [id]: payload.timeline },
              }
            : { missing: { ...s.missing, [`story:${id}`]: true } },
        ),
      ),
    );
  };
  const preloadList = (key: string): Promise<void> => {
    const known = pending.get(`list:${key}`);
    if (known) return known;
    const state = api.getState();
    if (state.lists[key] || state.missing[`list:${key}`]) return SETTLED;
    return request(`list:${key}`, () =>
      loaders.loadList(key).then((payload) =>
        api.setState((s) =>
          payload
            ? {
                ...(payload.type === 'stories' ? mergeIndex(s, payload.index, false) : {}),
                lists: { ...s.lists, [key]: payload },
              }
            : { missing: { ...s.missing, [`list:${key}`]: true } },
        ),
      ),
    );
  };
  const reset = (next: ContentLoaders) => {
    loaders = next;
    pending = new Map();
    listed = false;
    api.setState(EMPTY, true);
  };
  return {
    useStore,
    preloadIndex,
    preloadArticle,
    preloadComparison,
    preloadStory,
    preloadList,
    reset,
  };
}

export const contentStore = createContentStore(shipped);
export const useContentStore = contentStore.useStore;
export const { preloadIndex, preloadArticle, preloadComparison, preloadStory, preloadList } =
  contentStore;

// Dev only: a saved content file brings new loaders; what was loaded is fetched again.
if (import.meta.hot) {
  import.meta.hot.accept('virtual:content', (next) => {
    if (next) contentStore.reset(next as unknown as ContentLoaders);
  });
}

// Selectors: one value each, so a view re-renders only when its value changes.
export const selectArticle = (id: string) => (s: ContentState) => s.articlesById[id];
export const selectDetail = (id: string) => (s: ContentState) => s.details[id];
export const selectStory = (id: string) => (s: ContentState) => s.storiesById[id];
export const selectStoryIds = (s: ContentState) => s.storyIds;
export const selectComparison = (leftId: string, rightId: string) => (s: ContentState) =>
  s.comparisons[comparisonKey(leftId, rightId)];

/** An article's list metadata, or undefined while it is not loaded (or unknown). Never suspends. */
export const useArticleSummary = (id: string): ArticleSummary | undefined =>
  useContentStore(selectArticle(id));
export const useStory = (id: string): StoryEntry | undefined => useContentStore(selectStory(id));

/** One page of a list (see `listKey`); suspends while it loads; undefined for no such page. */
export function useListPage(key: string): ListPayload | undefined {
  const page = useContentStore((s) => s.lists[key]);
  use(preloadList(key));
  return page;
}

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
  use(preloadArticle(id));
  return article;
}

/** The precomputed comparison; suspends while it loads; undefined when there is none. */
export function useComparison(leftId: string, rightId: string): CompactComparison | undefined {
  const comparison = useContentStore(selectComparison(leftId, rightId));
  // Only two different versions of one story have a comparison (their articles load first).
  const known =
    useContentStore((s) => {
      const left = s.articlesById[leftId];
      return Boolean(left && left.story === s.articlesById[rightId]?.story);
    }) && leftId !== rightId;
  use(known ? preloadComparison(leftId, rightId) : SETTLED);
  return comparison;
}

export interface StoryTimeline {
  story: StoryEntry;
  /** One step per version, in the story's order. */
  timeline: readonly TimelineStep[];
}

/** A story with its timeline; suspends while it loads; undefined for an unknown story. */
export function useStoryTimeline(id: string): StoryTimeline | undefined {
  const story = useContentStore(selectStory(id));
  const timeline = useContentStore((s) => s.timelines[id]);
  const result = useMemo(
    () => (story && timeline ? { story, timeline } : undefined),
    [story, timeline],
  );
  use(preloadStory(id));
  return result;
}
