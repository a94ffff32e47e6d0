declare module 'virtual:content' {
  import type { CompactComparison } from '../compare/types.ts';
  import type { ArticleDetail } from './article.ts';
  import type { ContentIndex } from './content.ts';

  /** The list metadata and stories: small, on every page. */
  const index: ContentIndex;
  export default index;
  /** Loads one article's body and comments; undefined for an unknown id. */
  export function loadArticle(id: string): Promise<ArticleDetail> | undefined;
  /** Loads one precomputed comparison by `comparisonKey`; undefined when there is none. */
  export function loadComparison(key: string): Promise<CompactComparison> | undefined;
}
