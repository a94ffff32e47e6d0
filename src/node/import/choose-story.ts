/**
 * Which story a new version belongs to, when the command is not told: the new text is compared
 * with every existing version by the project's own engine (the same `compareVersions` the build
 * runs), each story scores its most similar version, and the best story is joined when its score
 * reaches `JOIN_THRESHOLD`. docs/import.md has the measurement behind the threshold.
 */
import { compareVersions } from '../../engine/compare.ts';

export interface ExistingVersion {
  id: string;
  story: string;
  label: string;
  paragraphs: readonly string[];
}

/**
 * Measured by scripts/measure-story-threshold.ts (docs/import.md): 9 pairs of versions of one
 * story score 0.33–0.70, 21 pairs of different stories 0.00 (the engine pairs no sentence of
 * unrelated texts). 0.15 is half the lowest same-story score: a rewrite that keeps a third of
 * the words still joins, while a different story must share whole sentences to.
 */
export const JOIN_THRESHOLD = 0.15;

export interface StoryMatch {
  story: string;
  /** The existing version the new text is most similar to. */
  version: string;
  similarity: number;
}

/** The most similar existing version (null when there is none), whatever its score. */
export function closestVersion(
  paragraphs: readonly string[],
  existing: readonly ExistingVersion[],
): StoryMatch | null {
  let best: StoryMatch | null = null;
  for (const version of existing) {
    const { similarity } = compareVersions(
      { label: version.label, paragraphs: version.paragraphs },
      { label: null, paragraphs },
    ).stats;
    if (!best || similarity > best.similarity)
      best = { story: version.story, version: version.id, similarity };
  }
  return best;
}

/** The story to join: the closest one when it reaches the threshold, else null (a new story). */
export function chooseStory(
  paragraphs: readonly string[],
  existing: readonly ExistingVersion[],
  threshold = JOIN_THRESHOLD,
): { join: StoryMatch | null; closest: StoryMatch | null } {
  const closest = closestVersion(paragraphs, existing);
  return { join: closest && closest.similarity >= threshold ? closest : null, closest };
}
