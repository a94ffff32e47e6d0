/**
 * A story as a history: what the build works out once about the steps between its versions,
 * and which comparisons it precomputes (the rest are computed in the browser when opened).
 */
import type { FindingKind } from '../engine/types.ts';
import type { ContentIndex } from './content.ts';

/** One version's step in its story's timeline, against the version before it. */
export interface TimelineStep {
  /** The version's article id. */
  id: string;
  /** The headline differs from the previous version's (false for the first version). */
  headlineChanged: boolean;
  /** Words added and removed against the previous version (0 for the first). */
  added: number;
  removed: number;
  /** Similarity to the previous version, 0..1; null for the first. */
  similarity: number | null;
  /** How far this version has drifted from the first: 1 − similarity to it (0 for the first). */
  drift: number;
}

/** What home says about a story's whole history: its first version against its latest. */
export interface StoryDigest {
  /** Similarity of the latest version to the first, 0..1; null for a story of one version. */
  similarity: number | null;
  /** The comparison's most telling finding, in words; null when it found none. */
  finding: { kind: FindingKind; text: string } | null;
  /** The latest date any version carries (YYYY-MM-DD); null when none has a date. */
  updated: string | null;
}

/** What the story page loads: its versions' list metadata and its timeline. */
export interface StoryPayload {
  index: ContentIndex;
  timeline: TimelineStep[];
}

/**
 * Whether the build precomputes (and prerenders) the comparison of `left` with `right`: the pairs
 * a reader reaches from the timeline, adjacent versions both ways and each version against the
 * first, both ways. That is 4(n − 1) − 2 pairs for n versions instead of n(n − 1); any other pair
 * is computed in the browser from the two versions' text when it is opened.
 */
export function isPrecomputedPair(
  versions: readonly string[],
  left: string,
  right: string,
): boolean {
  const i = versions.indexOf(left);
  const j = versions.indexOf(right);
  if (i < 0 || j < 0 || i === j) return false;
  return Math.abs(i - j) === 1 || i === 0 || j === 0;
}

/** Every precomputed ordered pair of a story's versions (see `isPrecomputedPair`). */
export function precomputedPairs(versions: readonly string[]): [string, string][] {
  return versions.flatMap((left) =>
    versions
      .filter((right) => isPrecomputedPair(versions, left, right))
      .map((right): [string, string] => [left, right]),
  );
}
