/**
 * When a pair is rewritten rather than edited, interleaved removed and added words read as a
 * soup; the two sentences read better whole, one above the other, with only the names and
 * numbers they share marked. Pure functions: no React, no DOM.
 */
import type { DiffPart, Pair } from '../../engine/types.ts';

const words = new Intl.Segmenter('en', { granularity: 'word' });

/** The word-like tokens of a text (letters or digits; punctuation and spaces left out). */
export function wordsOf(text: string): string[] {
  return [...words.segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/**
 * The share of the longer side's words that the word diff keeps: 1 for an identical pair, near 0
 * for a sentence said again in other words.
 */
export function sharedShare(diff: readonly DiffPart[]): number {
  let equal = 0;
  let removed = 0;
  let added = 0;
  for (const part of diff) {
    const n = wordsOf(part.text).length;
    if (part.op === 'equal') equal += n;
    else if (part.op === 'delete') removed += n;
    else added += n;
  }
  const longer = Math.max(equal + removed, equal + added);
  return longer === 0 ? 1 : equal / longer;
}

/**
 * Below this share of kept words, a changed pair shows as before/after. Measured on the 13
 * changed pairs of the seed pair and the long fixture story (table in docs/comparison-view.md):
 * every pair under 0.6 (0.09-0.56) opens with or holds a replaced run of three or more words and
 * reads as a soup inline; every pair from 0.64 up swaps single words and reads well as a diff.
 */
export const REWRITE_BELOW = 0.6;

/** Is this changed pair a rewrite, better shown as before and after? */
export const isRewrite = (pair: Pair) =>
  pair.kind === 'changed' && sharedShare(pair.diff) < REWRITE_BELOW;

export interface MarkedRun {
  text: string;
  /** A name or number that the other sentence has too. */
  shared: boolean;
}

/** A name (a capitalised word not opening the sentence) or a number. */
function isNameOrNumber(word: string, index: number): boolean {
  if (/\d/.test(word)) return true;
  return index > 0 && /^\p{Lu}/u.test(word);
}

/**
 * `text` cut into runs, marking each name or number that also stands in `other` (as any word
 * there: a name may open the other sentence). Everything else stays plain.
 */
export function markShared(text: string, other: string): MarkedRun[] {
  const theirs = new Set(wordsOf(other));
  const runs: MarkedRun[] = [];
  let index = 0;
  for (const s of words.segment(text)) {
    const shared = !!s.isWordLike && isNameOrNumber(s.segment, index) && theirs.has(s.segment);
    if (s.isWordLike) index++;
    const last = runs[runs.length - 1];
    if (last && last.shared === shared && !shared) last.text += s.segment;
    else runs.push({ text: s.segment, shared });
  }
  return runs;
}

/**
 * What `markShared` found, per row it was drawn for and per pair of texts. A mode switch, or a
 * fold opened again, re-creates every rewritten sentence; segmenting both texts again was the
 * largest single cost of a ×100 mode switch (156–160 ms of 1.0–1.2 s of main-thread CPU at 4×
 * CPU slowdown, and garbage for the collector besides). Held weakly: it goes with the rows.
 */
const marked = new WeakMap<object, Map<string, MarkedRun[]>>();

/** `markShared(text, other)`, computed once for each `owner` (a row) and pair of texts. */
export function markSharedOnce(owner: object, text: string, other: string): MarkedRun[] {
  let byText = marked.get(owner);
  if (!byText) marked.set(owner, (byText = new Map()));
  const key = `${text}\u0000${other}`;
  let runs = byText.get(key);
  if (!runs) byText.set(key, (runs = markShared(text, other)));
  return runs;
}
