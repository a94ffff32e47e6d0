/**
 * What the accuracy tests measure, and the plain baselines they measure against: jsdiff's
 * `diffWords` over the whole texts (what a plain word diff marks), word-trigram containment (the
 * usual text-reuse score), and Spearman's rank correlation.
 */
import { diffWords } from 'diff';
import type { Comparison } from '../../../src/engine/types.ts';

/** A sentence as a list of words (split on spaces) with a flag per word. */
export type Marks = boolean[][];

/** Word spans of a sentence's text, by whitespace. */
const wordSpans = (text: string) =>
  [...text.matchAll(/\S+/gu)].map((m) => [m.index, m.index + m[0].length] as const);

/** Flags per word from a character mask over one sentence. */
const flagsOf = (text: string, mask: (i: number) => boolean) =>
  wordSpans(text).map(([s, e]) => {
    for (let i = s; i < e; i++) if (mask(i) && /[\p{L}\p{N}]/u.test(text[i] ?? '')) return true;
    return false;
  });

/**
 * Words the engine marks deleted (left) and inserted (right): words inside delete or insert runs
 * of a pair's diff, and every word of a sentence left unpaired.
 */
export function engineMarks(c: Comparison): { left: Marks; right: Marks } {
  const index = (side: 'left' | 'right') => new Map(c[side].sentences.map((s, i) => [s.id, i]));
  const out = {
    left: c.left.sentences.map((s) => flagsOf(s.text, () => true)),
    right: c.right.sentences.map((s) => flagsOf(s.text, () => true)),
  };
  for (const pair of c.pairs) {
    for (const side of ['left', 'right'] as const) {
      const op = side === 'left' ? 'delete' : 'insert';
      const ids = pair[side];
      const positions = index(side);
      const sentences = ids.map((id) => c[side].sentences[positions.get(id) ?? -1]);
      // The group text is the sentences, trimmed, joined by one space (see group-text.ts).
      const marked: boolean[] = [];
      for (const part of pair.diff) {
        if (part.op === (side === 'left' ? 'insert' : 'delete')) continue;
        for (let i = 0; i < part.text.length; i++) marked.push(part.op === op);
      }
      let base = 0;
      sentences.forEach((s, k) => {
        if (!s) return;
        const text = s.text.trimEnd();
        out[side][positions.get(ids[k] ?? '') ?? -1] = flagsOf(s.text, (i) =>
          i < text.length ? (marked[base + i] ?? false) : false,
        );
        base += text.length + 1;
      });
    }
  }
  return out;
}

/** Words a plain `diffWords` over the whole texts (sentences joined by spaces) marks. */
export function plainDiffMarks(
  left: readonly string[],
  right: readonly string[],
): { left: Marks; right: Marks } {
  const a = left.join(' ');
  const b = right.join(' ');
  const maskA: boolean[] = [];
  const maskB: boolean[] = [];
  for (const part of diffWords(a, b)) {
    if (!part.added) for (let i = 0; i < part.value.length; i++) maskA.push(part.removed === true);
    if (!part.removed) for (let i = 0; i < part.value.length; i++) maskB.push(part.added === true);
  }
  const split = (sentences: readonly string[], mask: boolean[]) => {
    let base = 0;
    return sentences.map((s) => {
      const flags = flagsOf(s, (i) => mask[base + i] ?? false);
      base += s.length + 1;
      return flags;
    });
  };
  return { left: split(left, maskA), right: split(right, maskB) };
}

/** Precision and recall of marked words against the true edits. */
export function precisionRecall(found: Marks, truth: Marks): { precision: number; recall: number } {
  let hit = 0;
  let marked = 0;
  let actual = 0;
  truth.forEach((words, i) =>
    words.forEach((t, k) => {
      const f = found[i]?.[k] ?? false;
      if (f) marked++;
      if (t) actual++;
      if (f && t) hit++;
    }),
  );
  return { precision: marked ? hit / marked : 1, recall: actual ? hit / actual : 1 };
}

const trigrams = (text: string) => {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
};

/** Share of the candidate's word trigrams found in the source (Clough & Stevenson's baseline). */
export function trigramContainment(candidate: string, source: string): number {
  const a = trigrams(candidate);
  const b = trigrams(source);
  if (a.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / a.size;
}

/** Ranks with ties given their average rank. */
function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((x, y) => x[0] - y[0]);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.[0] === order[i]?.[0]) j++;
    for (let k = i; k <= j; k++) out[order[k]?.[1] ?? 0] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

/** Spearman's rank correlation: Pearson's correlation of the (tie-averaged) ranks. */
export function spearman(x: readonly number[], y: readonly number[]): number {
  const rx = ranks(x);
  const ry = ranks(y);
  const mean = (v: number[]) => v.reduce((s, a) => s + a, 0) / v.length;
  const mx = mean(rx);
  const my = mean(ry);
  let num = 0;
  let dx = 0;
  let dy = 0;
  rx.forEach((a, i) => {
    const b = ry[i] ?? 0;
    num += (a - mx) * (b - my);
    dx += (a - mx) ** 2;
    dy += (b - my) ** 2;
  });
  return dx && dy ? num / Math.sqrt(dx * dy) : 0;
}

/** A small seeded generator (mulberry32), so every corpus is the same on every run. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
