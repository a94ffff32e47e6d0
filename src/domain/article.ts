import type { Frontmatter } from './article-schema.ts';
import type { Block } from './body.ts';
import type { StoryDigest } from './story.ts';

/** One version of a story, as the build ships it: validated frontmatter plus the body tree. */
export type Article = Frontmatter & {
  body: Block[];
  /** Words in the body, counted once at build time for reading-time estimates. */
  words: number;
};

/** A story and its versions, ordered oldest first (undated versions last; equal dates in
 * content order, the order of the files' names). */
export interface Story {
  id: string;
  versions: string[];
  /** Its first version against its latest, for home (absent in hand-made test data). */
  digest?: StoryDigest;
}

/** What lists and version headers need: everything but the body and the comments. */
export type ArticleSummary = Omit<Article, 'body' | 'comments'> & {
  /** How many reader comments the article has (the comments load with the article page). */
  commentCount: number;
};

/** What an article page loads on demand, beside its summary. */
export type ArticleDetail = Pick<Article, 'body' | 'comments'>;

/** A summary and its detail, as the article page and the comparison use them. */
export type LoadedArticle = ArticleSummary & ArticleDetail;

export function summarize(article: Article): ArticleSummary {
  const summary: ArticleSummary & Partial<ArticleDetail> = {
    ...article,
    commentCount: article.comments.length,
  };
  delete summary.body;
  delete summary.comments;
  return summary;
}
