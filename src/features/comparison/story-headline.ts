/**
 * The story's name on a comparison page, from the two versions' headlines: never invented,
 * and the page says which version has none. Pure.
 */
import type { ArticleSummary } from '../../domain/article.ts';

export interface StoryHeadline {
  /** The headline to show, or null when neither version has one. */
  main: string | null;
  /** The other version's headline when it differs, with its label. */
  other: { label: string; headline: string } | null;
  /** A version that has no headline, by label, when the other has one. */
  missing: string | null;
}

/** The story's name: the versions' shared headline, or the left one with the other named. */
export function storyHeadline(
  left: Pick<ArticleSummary, 'headline' | 'label'>,
  right: Pick<ArticleSummary, 'headline' | 'label'>,
): StoryHeadline {
  const a = left.headline?.trim() || null;
  const b = right.headline?.trim() || null;
  if (a && b)
    return { main: a, other: a === b ? null : { label: right.label, headline: b }, missing: null };
  if (a) return { main: a, other: null, missing: right.label };
  if (b) return { main: b, other: null, missing: left.label };
  return { main: null, other: null, missing: null };
}
