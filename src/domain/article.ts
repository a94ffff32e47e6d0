import type { Frontmatter } from './article-schema.ts';
import type { Block } from './body.ts';

/** One version of a story, as the build ships it: validated frontmatter plus the body tree. */
export type Article = Frontmatter & {
  body: Block[];
  /** Words in the body, counted once at build time for reading-time estimates. */
  words: number;
};

/** A story and its versions, ordered oldest first (undated versions last, then by label). */
export interface Story {
  id: string;
  versions: string[];
}
