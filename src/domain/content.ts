import type { CompactComparison } from '../engine/types.ts';
import type { Article, ArticleDetail, ArticleSummary, Story } from './article.ts';
import type { TimelineStep } from './story.ts';

/** Everything the build computes from the content folder. */
export interface ContentData {
  articles: Article[];
  stories: Story[];
  /** Precomputed comparisons keyed by `comparisonKey(left, right)`: the pairs
   * `precomputedPairs` names (others are computed in the browser). */
  comparisons: Record<string, CompactComparison>;
  /** Each story's timeline, by story id. */
  timelines: Record<string, TimelineStep[]>;
}

/** Key of the comparison of two versions, left first. */
export function comparisonKey(leftId: string, rightId: string): string {
  return `${leftId}~${rightId}`;
}

/**
 * What every page loads (`virtual:content`): the list metadata and the stories. Bodies, comments
 * and comparisons are separate modules, loaded only by the pages that show them, so adding
 * articles grows this only by their list entries.
 */
export interface ContentIndex {
  articles: ArticleSummary[];
  stories: Story[];
}

/** What loading one article brings: its body and comments, and its story with every version's
 * list metadata (for the links between versions), never the rest of the archive. */
export interface ArticlePayload {
  detail: ArticleDetail;
  index: ContentIndex;
}
