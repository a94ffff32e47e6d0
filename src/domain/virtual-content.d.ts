declare module 'virtual:content' {
  import type { CompactComparison } from '../engine/types.ts';
  import type { ArticlePayload, ContentIndex } from './content.ts';
  import type { StoryPayload } from './story.ts';

  /** Every story with its versions' list metadata: what home shows. */
  export function loadIndex(): Promise<ContentIndex>;
  /** One article with its story; undefined for an id the site does not have. */
  export function loadArticle(id: string): Promise<ArticlePayload | undefined>;
  /** One precomputed comparison by `comparisonKey`; undefined when there is none. */
  export function loadComparison(key: string): Promise<CompactComparison | undefined>;
  /** One story's versions and timeline; undefined for a story the site does not have. */
  export function loadStory(id: string): Promise<StoryPayload | undefined>;
}
