/**
 * Sentence alignment, many to many, tolerant of paraphrase and reordering.
 *
 * Method
 * 1. Each sentence becomes its set of content words (see `tokens.ts`). A word weighs
 *    ln(1 + N / df): N sentences in both versions, df of them contain it. Names, numbers and
 *    unusual words are rare, so they weigh most; words every sentence shares weigh little.
 * 2. Similarity of two sentence groups is the weighted Dice coefficient of their word sets:
 *    2·w(A∩B) / (w(A) + w(B)). It is symmetric, 1 for the same words, 0 for none in common.
 * 3. Candidates come from an inverted index of the rarest words of each sentence, never from
 *    comparing every pair: cost grows with the number of sentences, not its square. A very
 *    common word (thousands of identical sentences) contributes only the postings nearest the
 *    sentence's relative position, so the work per sentence stays bounded.
 * 4. Pairs are chosen greedily, best similarity first (ties: nearer relative position), each
 *    sentence at most once. A pair needs MIN_PAIR similarity, and a pair whose similarity is
 *    below STRONG_PAIR also needs at least MIN_SHARED_WORDS shared content words, so a chance
 *    overlap of a name or two never pairs unrelated sentences.
 * 5. A pair then grows into a group when a neighbouring unpaired sentence on either side (the
 *    other half of a split or merged sentence) raises the group's similarity by MIN_GAIN and
 *    MIN_CONTAINED of that neighbour's word weight is found on the other side.
 */

import { allKeys, contentKeys } from './tokens.ts';

/**
 * The words a sentence is matched by: its content words; for a sentence of function words only
 * ("And so it goes.") all its words; for one with no words at all (an emoji, a dash) its text.
 * So identical sentences always find each other.
 */
function matchKeys(text: string): string[] {
  const content = contentKeys(text);
  if (content.length > 0) return content;
  const all = allKeys(text);
  return all.length > 0 ? all : [`\u0000${text.trim()}`];
}

/**
 * Below 0.2, two sentences share too little weighted vocabulary to be the same statement even
 * reworded; in the seeds the weakest true paraphrase pair scores about 0.25 while the unrelated
 * sentences that share a minister's name score under 0.2.
 */
export const MIN_PAIR = 0.2;
/** At or above this, shared vocabulary alone is convincing. */
export const STRONG_PAIR = 0.35;
/** Between MIN_PAIR and STRONG_PAIR a pair must share this many distinct content words. */
export const MIN_SHARED_WORDS = 4;
/** A neighbour joins a group only if it adds this much similarity (it carries real content). */
export const MIN_GAIN = 0.02;
/** …and this share of its word weight appears in the other side (it says the same thing). */
export const MIN_CONTAINED = 0.5;
/** Groups stay small: a sentence split into more than four pieces is better shown as pieces. */
const MAX_GROUP = 4;
/** Rarest words per sentence used to find candidates. */
const KEYS_PER_SENTENCE = 8;
/** Postings taken per word when the word is common: bounds the work on repetitive input. */
const WINDOW = 24;

export interface AlignedGroup {
  left: number[];
  right: number[];
  similarity: number;
}

interface Weighted {
  keys: string[];
  total: number;
}

export function alignSentences(
  leftTexts: readonly string[],
  rightTexts: readonly string[],
): AlignedGroup[] {
  const leftKeys = leftTexts.map(matchKeys);
  const rightKeys = rightTexts.map(matchKeys);
  const df = new Map<string, number>();
  for (const keys of [...leftKeys, ...rightKeys])
    for (const k of keys) df.set(k, (df.get(k) ?? 0) + 1);
  const n = leftTexts.length + rightTexts.length;
  const weight = (k: string) => Math.log(1 + n / (df.get(k) ?? 1));
  const weigh = (keys: string[]): Weighted => ({
    keys,
    total: keys.reduce((s, k) => s + weight(k), 0),
  });
  const left = leftKeys.map(weigh);
  const right = rightKeys.map(weigh);

  // Candidates are looked up from both sides, so comparing B with A finds the same edges as A with B.
  const edges = new Map<string, { l: number; r: number; sim: number; distance: number }>();
  const relative = (i: number, count: number) => (count > 1 ? i / (count - 1) : 0);
  const consider = (l: number, r: number) => {
    const key = `${l}:${r}`;
    if (edges.has(key)) return;
    const a = left[l];
    const b = right[r];
    if (!a || !b) return;
    const { sim, shared } = similarity(a, b, weight);
    if (sim >= MIN_PAIR && (sim >= STRONG_PAIR || shared >= MIN_SHARED_WORDS)) {
      edges.set(key, {
        l,
        r,
        sim,
        distance: round(Math.abs(relative(l, left.length) - relative(r, right.length))),
      });
    }
  };
  const lookup = (
    from: Weighted[],
    to: Weighted[],
    visit: (own: number, other: number) => void,
  ) => {
    const postings = new Map<string, number[]>();
    to.forEach((sentence, index) => {
      for (const k of sentence.keys) {
        const list = postings.get(k);
        if (list) list.push(index);
        else postings.set(k, [index]);
      }
    });
    from.forEach((sentence, i) => {
      const expected = relative(i, from.length) * Math.max(0, to.length - 1);
      const rarest = sentence.keys
        .filter((k) => postings.has(k))
        .sort((a, b) => (df.get(a) ?? 0) - (df.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0))
        .slice(0, KEYS_PER_SENTENCE);
      const seen = new Set<number>();
      for (const key of rarest)
        for (const j of nearest(postings.get(key) ?? [], expected, WINDOW)) seen.add(j);
      for (const j of seen) visit(i, j);
    });
  };
  lookup(left, right, (l, r) => consider(l, r));
  lookup(right, left, (r, l) => consider(l, r));
  // Full ties can only occur between edges that share no sentence, so the greedy result does not
  // depend on the order of tied edges: the alignment of B with A mirrors that of A with B.
  const sorted = [...edges.values()].sort(
    (a, b) => b.sim - a.sim || a.distance - b.distance || a.l + a.r - (b.l + b.r),
  );

  const leftGroup = new Array<AlignedGroup | undefined>(left.length);
  const rightGroup = new Array<AlignedGroup | undefined>(right.length);
  const groups: AlignedGroup[] = [];
  for (const edge of sorted) {
    if (leftGroup[edge.l] || rightGroup[edge.r]) continue;
    const group = { left: [edge.l], right: [edge.r], similarity: edge.sim };
    leftGroup[edge.l] = group;
    rightGroup[edge.r] = group;
    groups.push(group);
  }

  // Splits and merges: grow each group by adjacent unpaired sentences that belong to it. Each
  // step takes the best extension on either side, so the result does not depend on which side
  // is called left.
  const merged = (indexes: number[], side: Weighted[]): Weighted =>
    weigh([...new Set(indexes.flatMap((i) => side[i]?.keys ?? []))]);
  for (const group of groups) {
    while (group.left.length + group.right.length <= MAX_GROUP) {
      let best: { side: 'left' | 'right'; index: number; sim: number } | null = null;
      for (const own of ['left', 'right'] as const) {
        const ownSide = own === 'left' ? left : right;
        const owner = own === 'left' ? leftGroup : rightGroup;
        const otherWords = merged(
          group[own === 'left' ? 'right' : 'left'],
          own === 'left' ? right : left,
        );
        const members = group[own];
        for (const candidate of [Math.min(...members) - 1, Math.max(...members) + 1]) {
          const neighbour = ownSide[candidate];
          if (!neighbour || owner[candidate] || neighbour.total === 0) continue;
          const grown = round(
            similarity(merged([...members, candidate], ownSide), otherWords, weight).sim,
          );
          if (
            grown < group.similarity + MIN_GAIN ||
            containment(neighbour, otherWords, weight) < MIN_CONTAINED
          )
            continue;
          if (!best || grown > best.sim) best = { side: own, index: candidate, sim: grown };
        }
      }
      if (!best) break;
      group[best.side].push(best.index);
      group[best.side].sort((a, b) => a - b);
      (best.side === 'left' ? leftGroup : rightGroup)[best.index] = group;
      group.similarity = best.sim;
    }
  }
  return groups.sort((a, b) => (a.left[0] ?? 0) - (b.left[0] ?? 0));
}

function similarity(
  a: Weighted,
  b: Weighted,
  weight: (k: string) => number,
): { sim: number; shared: number } {
  if (a.total === 0 || b.total === 0) return { sim: 0, shared: 0 };
  const set = new Set(b.keys);
  let common = 0;
  let shared = 0;
  for (const k of a.keys) {
    if (set.has(k)) {
      common += weight(k);
      shared++;
    }
  }
  return { sim: round((2 * common) / (a.total + b.total)), shared };
}

/** Rounding makes sums taken in a different order compare equal, keeping results symmetric. */
const round = (x: number) => Math.round(x * 1e9) / 1e9;

/** Share of `a`'s word weight that also appears in `b`. */
function containment(a: Weighted, b: Weighted, weight: (k: string) => number): number {
  if (a.total === 0) return 0;
  const set = new Set(b.keys);
  return a.keys.reduce((s, k) => s + (set.has(k) ? weight(k) : 0), 0) / a.total;
}

/** Up to `count` entries of a sorted posting list nearest to `target`. */
function nearest(list: readonly number[], target: number, count: number): readonly number[] {
  if (list.length <= count) return list;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  const from = Math.max(0, Math.min(list.length - count, lo - (count >> 1)));
  return list.slice(from, from + count);
}
