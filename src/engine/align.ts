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
 * 6. Texts that are not revisions (see 7): a weaker pair (MIN_PAIR, fewer shared words, but a
 *    word each version uses only in these two sentences) stands when both, still unpaired,
 *    are each other's best match: a paraphrase that kept only a name and a figure still pairs.
 * 7. Revisions (most sentences near-identical and in order, as when a newsroom edits a story in
 *    place) are also anchored on the sequence: between two consecutive in-order pairs, the
 *    sentences left unpaired on each side are paired in order when they share GAP_PAIR of their
 *    weighted vocabulary. A sentence edited in place keeps its counterpart even when the edit
 *    leaves too few shared words for step 4, so its diff marks the edit, not the whole sentence.
 *
 * Words are numbered once per call, so similarity is array arithmetic, not string hashing.
 */

import { movedGroups } from './moved.ts';
import { EXACT, round } from './round.ts';
import { allKeys, contentKeyReader, memoizedNormalizer } from './tokens.ts';

/**
 * The words a sentence is matched by: its content words; for a sentence of function words only
 * ("And so it goes.") all its words; for one with no words at all (an emoji, a dash) its text.
 * So identical sentences always find each other.
 */
function matchKeys(
  text: string,
  normalize: (word: string) => string,
  contentKeys: (text: string) => string[],
): string[] {
  const content = contentKeys(text);
  if (content.length > 0) return content;
  const all = allKeys(text, normalize);
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
/**
 * A pair at least this similar is a lightly edited sentence; when such pairs, in order, hold
 * REVISION_SHARE of the shorter side's sentences, the two texts are a revision of one another.
 */
export const NEAR_IDENTICAL = 0.6;
export const REVISION_SHARE = 0.5;
/**
 * In a revision, an unpaired sentence standing between the same two in-order pairs on both sides
 * is its counterpart's edit when they share this much weighted vocabulary: position is evidence.
 */
export const GAP_PAIR = 0.15;
/** Gaps larger than this (left × right sentences) are not rewritten text but new text. */
const MAX_GAP_CELLS = 400;
/**
 * Sentences in one group, both sides together. A long sentence turned into a list (one item a
 * paragraph, as in a real Wikipedia revision of ten items) still belongs to its original; each
 * piece must still add similarity and be contained in the other side (MIN_GAIN, MIN_CONTAINED).
 */
const MAX_GROUP = 12;
/** Rarest words per sentence used to find candidates. */
const KEYS_PER_SENTENCE = 8;
/** Candidates per sentence measured in full, best shared rare-word weight first. */
const CANDIDATES_PER_SENTENCE = 6;
/** Postings taken per word when the word is common: bounds the work on repetitive input. */
const WINDOW = 24;

export interface AlignedGroup {
  left: number[];
  right: number[];
  similarity: number;
}

/** A sentence's distinct word numbers and their summed weight. */
interface Weighted {
  keys: number[];
  total: number;
}

interface Edge {
  l: number;
  r: number;
  sim: number;
  distance: number;
}

export function alignSentences(
  leftTexts: readonly string[],
  rightTexts: readonly string[],
): AlignedGroup[] {
  const normalize = memoizedNormalizer();
  const contentKeys = contentKeyReader(normalize);
  const numbers = new Map<string, number>();
  const names: string[] = [];
  const number = (key: string) => {
    let id = numbers.get(key);
    if (id === undefined) {
      id = names.length;
      numbers.set(key, id);
      names.push(key);
    }
    return id;
  };
  const leftKeys = leftTexts.map((t) => matchKeys(t, normalize, contentKeys).map(number));
  const rightKeys = rightTexts.map((t) => matchKeys(t, normalize, contentKeys).map(number));
  const df = new Int32Array(names.length);
  for (const keys of leftKeys) for (const k of keys) df[k] = (df[k] ?? 0) + 1;
  for (const keys of rightKeys) for (const k of keys) df[k] = (df[k] ?? 0) + 1;
  const n = leftTexts.length + rightTexts.length;
  const weights = Float64Array.from(df, (d) => Math.log(1 + n / (d || 1)));
  const weigh = (keys: number[]): Weighted => ({
    keys,
    total: keys.reduce((s, k) => s + (weights[k] ?? 0), 0),
  });
  const left = leftKeys.map(weigh);
  const right = rightKeys.map(weigh);
  const measure = overlap(weights);

  // Candidates are looked up from both sides, so comparing B with A finds the same edges as A with B.
  const edges = new Map<number, Edge>();
  const relative = (i: number, count: number) => (count > 1 ? i / (count - 1) : 0);
  const distanceOf = (l: number, r: number) =>
    exact(Math.abs(relative(l, left.length) - relative(r, right.length)));
  const consider = (l: number, r: number) => {
    const key = l * right.length + r;
    if (edges.has(key)) return;
    const a = left[l];
    const b = right[r];
    if (!a || !b) return;
    const { sim, shared } = measure.similarity(a, b);
    if (sim < MIN_PAIR) return;
    const edge = { l, r, sim, distance: distanceOf(l, r) };
    if (sim >= STRONG_PAIR || shared >= MIN_SHARED_WORDS) edges.set(key, edge);
    // A word found once in each version, and in these two sentences, ties them together.
    else if (a.keys.some((k) => df[k] === 2 && b.keys.includes(k))) weak.set(key, edge);
  };
  const weak = new Map<number, Edge>();
  // Rarest first (fewest sentences, then by spelling): every word ranked once, so ordering a
  // sentence's words compares two numbers.
  const rank = new Int32Array(names.length);
  names
    .map((_, k) => k)
    .sort((a, b) => {
      const byDf = (df[a] ?? 0) - (df[b] ?? 0);
      if (byDf !== 0) return byDf;
      const x = names[a] ?? '';
      const y = names[b] ?? '';
      return x < y ? -1 : x > y ? 1 : 0;
    })
    .forEach((k, r) => (rank[k] = r));
  const byRarity = (a: number, b: number) => (rank[a] ?? 0) - (rank[b] ?? 0);
  const lookup = (from: Weighted[], to: Weighted[], fromLeft: boolean) => {
    const postings: (number[] | undefined)[] = new Array<number[] | undefined>(names.length);
    to.forEach((sentence, index) => {
      for (const k of sentence.keys) (postings[k] ??= []).push(index);
    });
    // Each candidate scores the weight of the rare words it shares; only the best few are
    // measured in full, so the work per sentence stays small however repetitive the text.
    const score = new Float64Array(to.length);
    const touched: number[] = [];
    from.forEach((sentence, i) => {
      const expected = relative(i, from.length) * Math.max(0, to.length - 1);
      const rarest = sentence.keys
        .filter((k) => postings[k] !== undefined)
        .sort(byRarity)
        .slice(0, KEYS_PER_SENTENCE);
      touched.length = 0;
      for (const key of rarest) {
        const list = postings[key] ?? [];
        const weight = weights[key] ?? 0;
        for (
          let at = nearest(list, expected, WINDOW), end = at + Math.min(WINDOW, list.length);
          at < end;
          at++
        ) {
          const j = list[at] ?? 0;
          if (score[j] === 0) touched.push(j);
          score[j] = (score[j] ?? 0) + weight;
        }
      }
      // The best few by score, then nearness to the expected position, then index: a small
      // insertion sort, since only CANDIDATES_PER_SENTENCE are kept.
      const best: number[] = [];
      const better = (a: number, b: number) => {
        const byScore = (score[a] ?? 0) - (score[b] ?? 0);
        if (byScore !== 0) return byScore > 0;
        const byDistance = Math.abs(a - expected) - Math.abs(b - expected);
        return byDistance !== 0 ? byDistance < 0 : a < b;
      };
      for (const j of touched) {
        if (best.length === CANDIDATES_PER_SENTENCE) {
          // Most candidates score below the last kept one: rejected without a call.
          const last = best[best.length - 1] ?? 0;
          const own = score[j] ?? 0;
          const kept = score[last] ?? 0;
          if (own < kept || (own === kept && !better(j, last))) continue;
        }
        let at = best.length;
        while (at > 0 && better(j, best[at - 1] ?? 0)) at--;
        best.splice(at, 0, j);
        if (best.length > CANDIDATES_PER_SENTENCE) best.pop();
      }
      for (const j of touched) score[j] = 0;
      // One call site with one target: a callback differing between the two lookups made V8
      // throw away this loop's optimised code again and again ("wrong call target").
      for (const j of best)
        if (fromLeft) consider(i, j);
        else consider(j, i);
    });
  };
  lookup(left, right, true);
  lookup(right, left, false);

  const leftGroup = new Array<AlignedGroup | undefined>(left.length);
  const rightGroup = new Array<AlignedGroup | undefined>(right.length);
  const groups: AlignedGroup[] = [];
  const pairUp = (edge: Edge) => {
    const group = { left: [edge.l], right: [edge.r], similarity: edge.sim };
    leftGroup[edge.l] = group;
    rightGroup[edge.r] = group;
    groups.push(group);
  };
  // Full ties can only occur between edges that share no sentence, so the greedy result does not
  // depend on the order of tied edges: the alignment of B with A mirrors that of A with B.
  for (const edge of [...edges.values()].sort(byStrength))
    if (!leftGroup[edge.l] && !rightGroup[edge.r]) pairUp(edge);

  // Splits and merges: grow each group by adjacent unpaired sentences that belong to it. Each
  // step takes the best extension on either side, so the result does not depend on which side
  // is called left.
  // The distinct words of several sentences, in order of first appearance; one sentence's are
  // its own (already distinct).
  const seen = new Int32Array(names.length);
  let pass = 0;
  const merged = (indexes: number[], side: Weighted[]): Weighted => {
    if (indexes.length === 1) return side[indexes[0] ?? -1] ?? weigh([]);
    pass++;
    const keys: number[] = [];
    for (const i of indexes)
      for (const k of side[i]?.keys ?? [])
        if (seen[k] !== pass) {
          seen[k] = pass;
          keys.push(k);
        }
    return weigh(keys);
  };
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
          const grown = exact(
            measure.similarity(merged([...members, candidate], ownSide), otherWords).sim,
          );
          if (
            grown < group.similarity + MIN_GAIN ||
            measure.containment(neighbour, otherWords) < MIN_CONTAINED
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
  groups.sort((a, b) => (a.left[0] ?? 0) - (b.left[0] ?? 0));

  // Revisions: pair what is left between consecutive in-order pairs, in order. Other texts
  // (rewrites, reordered paraphrases): pair what is left by mutual best match.
  const moved = movedGroups(groups.map((g) => g.right[0] ?? 0));
  const inOrder = groups.filter((_, i) => !moved.has(i));
  const nearIdentical = inOrder
    .filter((g) => g.similarity >= NEAR_IDENTICAL)
    .reduce((count, g) => count + Math.min(g.left.length, g.right.length), 0);
  const shorter = Math.min(left.length, right.length);
  if (shorter === 0 || nearIdentical < REVISION_SHARE * shorter) {
    // A weak pair (few shared words) stands when, among the sentences still unpaired, each is the
    // other's best match: a paraphrase that kept only a name and a figure still finds its original.
    const bestOf = (side: 'l' | 'r') => {
      const best = new Map<number, Edge>();
      for (const edge of weak.values()) {
        if (leftGroup[edge.l] || rightGroup[edge.r]) continue;
        const current = best.get(edge[side]);
        if (!current || byStrength(edge, current) < 0) best.set(edge[side], edge);
      }
      return best;
    };
    const bestLeft = bestOf('l');
    const bestRight = bestOf('r');
    for (const edge of [...bestLeft.values()].sort(byStrength))
      if (bestRight.get(edge.r) === edge) pairUp(edge);
    return groups.sort((a, b) => (a.left[0] ?? 0) - (b.left[0] ?? 0));
  }
  for (let i = 0; i <= inOrder.length; i++) {
    const before = inOrder[i - 1];
    const after = inOrder[i];
    const unpaired = (owner: (AlignedGroup | undefined)[], from: number, to: number) => {
      const out: number[] = [];
      for (let j = from; j < to; j++) if (!owner[j]) out.push(j);
      return out;
    };
    const gapLeft = unpaired(
      leftGroup,
      before ? Math.max(...before.left) + 1 : 0,
      after ? Math.min(...after.left) : left.length,
    );
    const gapRight = unpaired(
      rightGroup,
      before ? Math.max(...before.right) + 1 : 0,
      after ? Math.min(...after.right) : right.length,
    );
    if (gapLeft.length * gapRight.length === 0 || gapLeft.length * gapRight.length > MAX_GAP_CELLS)
      continue;
    const candidates: Edge[] = [];
    for (const l of gapLeft)
      for (const r of gapRight) {
        const a = left[l];
        const b = right[r];
        const sim = a && b ? measure.similarity(a, b).sim : 0;
        if (sim >= GAP_PAIR) candidates.push({ l, r, sim, distance: distanceOf(l, r) });
      }
    const taken: Edge[] = [];
    for (const edge of candidates.sort(byStrength)) {
      if (leftGroup[edge.l] || rightGroup[edge.r]) continue;
      if (taken.some((t) => (t.l - edge.l) * (t.r - edge.r) < 0)) continue;
      taken.push(edge);
      pairUp(edge);
    }
  }
  return groups.sort((a, b) => (a.left[0] ?? 0) - (b.left[0] ?? 0));
}

/** Best first: most similar, then nearest in relative position, then earliest. */
const byStrength = (a: Edge, b: Edge) =>
  b.sim - a.sim || a.distance - b.distance || a.l + a.r - (b.l + b.r);

/**
 * Weighted overlap of word-number sets. One marker array serves every call: a set is marked
 * with a fresh stamp, so membership is an array read and nothing is allocated per comparison.
 */
function overlap(weights: Float64Array) {
  const marks = new Int32Array(weights.length);
  let stamp = 0;
  const mark = (b: Weighted) => {
    stamp++;
    for (const k of b.keys) marks[k] = stamp;
  };
  return {
    similarity(a: Weighted, b: Weighted): { sim: number; shared: number } {
      if (a.total === 0 || b.total === 0) return { sim: 0, shared: 0 };
      mark(b);
      let common = 0;
      let shared = 0;
      for (const k of a.keys) {
        if (marks[k] === stamp) {
          common += weights[k] ?? 0;
          shared++;
        }
      }
      return { sim: exact((2 * common) / (a.total + b.total)), shared };
    },
    /** Share of `a`'s word weight that also appears in `b`. */
    containment(a: Weighted, b: Weighted): number {
      if (a.total === 0) return 0;
      mark(b);
      let common = 0;
      for (const k of a.keys) if (marks[k] === stamp) common += weights[k] ?? 0;
      return common / a.total;
    },
  };
}

/** Rounding makes sums taken in a different order compare equal, keeping results symmetric. */
const exact = (x: number) => round(x, EXACT);

/** Where the `count` entries of a sorted posting list nearest to `target` start. */
function nearest(list: readonly number[], target: number, count: number): number {
  if (list.length <= count) return 0;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] ?? 0) < target) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, Math.min(list.length - count, lo - (count >> 1)));
}
