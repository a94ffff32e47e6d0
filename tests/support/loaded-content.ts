/**
 * The real content with every body, comment list and comparison loaded into the store, as a page
 * has them once its modules arrive; component tests render synchronously from it.
 */
import type { LoadedArticle } from '../../src/domain/article.ts';
import {
  preloadArticle,
  preloadComparison,
  preloadIndex,
  useContentStore,
} from '../../src/store/content-store.ts';

export async function preloadAllContent(): Promise<void> {
  await preloadIndex();
  const state = useContentStore.getState();
  const stories = Object.values(state.storiesById);
  await Promise.all([
    ...Object.keys(state.articlesById).map(preloadArticle),
    ...stories.flatMap((story) =>
      story.versions.flatMap((left) =>
        story.versions
          .filter((right) => right.id !== left.id)
          .map((right) => preloadComparison(left.id, right.id)),
      ),
    ),
  ]);
}

/** A loaded article of the real content; throws if it is not there (preload first). */
export function loadedArticle(id: string): LoadedArticle {
  const state = useContentStore.getState();
  const summary = state.articlesById[id];
  const detail = state.details[id];
  if (!summary || !detail) throw new Error(`article ${id} is not loaded`);
  return { ...summary, ...detail };
}
