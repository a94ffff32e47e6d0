/**
 * The article store: the build's content, indexed for the views. Read-only at run time; the
 * reader's own state (votes, settings) lives in its own persisted store, never mixed in here.
 */
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import content from 'virtual:content';
import type { Article } from '../domain/article.ts';
import type { CompactComparison } from '../compare/types.ts';
import { comparisonKey, type ContentData } from '../domain/content.ts';

export interface StoryEntry {
  id: string;
  /** Versions oldest first, as the build ordered them. */
  versions: Article[];
}

export interface ContentState {
  articlesById: Readonly<Record<string, Article>>;
  /** Story ids, newest story first. */
  storyIds: readonly string[];
  storiesById: Readonly<Record<string, StoryEntry>>;
  comparisons: Readonly<Record<string, CompactComparison>>;
}

/** Index the shipped data once, so every selector below is a plain lookup. */
export function indexContent(data: ContentData): ContentState {
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
    comparisons: data.comparisons,
  };
}

export function createContentStore(data: ContentData): UseBoundStore<StoreApi<ContentState>> {
  return create<ContentState>()(() => indexContent(data));
}

export const useContentStore = createContentStore(content);

// Dev only: a saved content file swaps the data in place, without a page reload.
if (import.meta.hot) {
  import.meta.hot.accept('virtual:content', (next) => {
    const data = (next as { default?: ContentData } | undefined)?.default;
    if (data) useContentStore.setState(indexContent(data), true);
  });
}

// Selectors: one value each, so a view re-renders only when its value changes.
export const selectArticle = (id: string) => (s: ContentState) => s.articlesById[id];
export const selectStory = (id: string) => (s: ContentState) => s.storiesById[id];
export const selectStoryIds = (s: ContentState) => s.storyIds;
export const selectComparison = (leftId: string, rightId: string) => (s: ContentState) =>
  s.comparisons[comparisonKey(leftId, rightId)];

export const useArticle = (id: string): Article | undefined => useContentStore(selectArticle(id));
export const useStory = (id: string): StoryEntry | undefined => useContentStore(selectStory(id));
export const useStoryIds = (): readonly string[] => useContentStore(selectStoryIds);
export const useComparison = (leftId: string, rightId: string): CompactComparison | undefined =>
  useContentStore(selectComparison(leftId, rightId));
