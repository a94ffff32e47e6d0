import type { CompactComparison } from '../compare/types.ts';
import type { Article, Story } from './article.ts';

/** Everything the build hands the app through the `virtual:content` module. */
export interface ContentData {
  articles: Article[];
  stories: Story[];
  /** Precomputed comparisons keyed by `comparisonKey(left, right)`, one per ordered pair of versions. */
  comparisons: Record<string, CompactComparison>;
}

/** Key of the comparison of two versions, left first. */
export function comparisonKey(leftId: string, rightId: string): string {
  return `${leftId}~${rightId}`;
}
