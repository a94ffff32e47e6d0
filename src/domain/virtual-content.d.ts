declare module 'virtual:content' {
  import type { CompactComparison } from '../engine/types.ts';
  import type { ArticlePayload, ContentIndex } from './content.ts';
  import type { ListPayload } from './listing.ts';
  import type { StoryPayload } from './story.ts';

  /** Every story with its versions' list metadata: the build's and the tests' (the site build
   * rejects: the browser loads lists by page). */
  export function loadIndex(): Promise<ContentIndex>;
  /** One page of a list by its key (`home/1`, see `listKey`); undefined for no such page. */
  export function loadList(key: string): Promise<ListPayload | undefined>;
  /** One article with its story; undefined for an id the site does not have. */
  export function loadArticle(id: string): Promise<ArticlePayload | undefined>;
  /** One precomputed comparison by `comparisonKey`; undefined when there is none. */
  export function loadComparison(key: string): Promise<CompactComparison | undefined>;
  /** One story's versions and timeline; undefined for a story the site does not have. */
  export function loadStory(id: string): Promise<StoryPayload | undefined>;
}
