import type { ArticleSummary } from '../domain/article.ts';

/**
 * What a story is called wherever it is listed: the headline of its latest dated version (a
 * story's headline is corrected more often than it is worsened, and an undated copy is usually
 * a scrape), else the latest headline any version has, else the first version's label, else its
 * id. One rule, so home, the story page, the stepper and the feed agree.
 */
export function storyTitle(storyId: string, versions: readonly ArticleSummary[]): string {
  const headline =
    versions.findLast((v) => v.headline && v.date)?.headline ??
    versions.findLast((v) => v.headline)?.headline;
  return headline ?? versions[0]?.label ?? storyId;
}
