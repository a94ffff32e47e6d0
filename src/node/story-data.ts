/**
 * One story's data files, as the site build writes them and the browser fetches them: each
 * version's article (body, comments, and the story's versions' summaries), each precomputed
 * comparison, and the story's page data (the summaries and the timeline).
 */
import { summarize, type Article, type Story } from '../domain/article.ts';
import { comparisonKey, type ArticlePayload, type ContentIndex } from '../domain/content.ts';
import { precomputedPairs } from '../domain/story.ts';
import type { StoryComparisons } from './content/load-content.ts';
import { ARTICLE_DATA, COMPARISON_DATA, STORY_DATA } from './vite-plugin-content.ts';

/** The files (relative to the site) of a story's data, from its version ids alone. */
export function storyDataFiles(story: Story): string[] {
  return [
    ...story.versions.map((id) => `${ARTICLE_DATA}${id}.json`),
    ...precomputedPairs(story.versions).map(
      ([left, right]) => `${COMPARISON_DATA}${comparisonKey(left, right)}.json`,
    ),
    `${STORY_DATA}${story.id}.json`,
  ];
}

/** A story's data files as `[file, value]`, made from its versions (in story order) and result. */
export function storyData(
  story: Story,
  versions: readonly Article[],
  result: StoryComparisons,
): [string, unknown][] {
  const withDigest: Story = { ...story, digest: result.digest };
  const index: ContentIndex = { articles: versions.map(summarize), stories: [withDigest] };
  const files: [string, unknown][] = versions.map((article) => {
    const payload: ArticlePayload = {
      detail: { body: article.body, comments: article.comments },
      index,
    };
    return [`${ARTICLE_DATA}${article.id}.json`, payload];
  });
  for (const [key, comparison] of Object.entries(result.comparisons))
    files.push([`${COMPARISON_DATA}${key}.json`, comparison]);
  files.push([`${STORY_DATA}${story.id}.json`, { index, timeline: result.timeline }]);
  return files;
}
