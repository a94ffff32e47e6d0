/**
 * How much of a pair's wording is reused verbatim: 2·LCS / (|a| + |b|) over the two texts' words
 * as written (lower case, straight apostrophes, nothing stemmed or dropped), where LCS is the
 * longest common subsequence of words. Content-word similarity (align.ts) rewards a paraphrase
 * that keeps every content word in another order ("regulators are reviewing the data" / "the
 * data are under review by regulators"); this measure does not, so together they tell a light
 * rewording from a copy and a heavy one from a light one, as text-reuse studies grade them.
 *
 * Symmetric: jsdiff's `diffArrays` finds a minimal edit script (Myers, no cut-off), so the words
 * it keeps are a longest common subsequence, whose length does not depend on the order of the
 * arguments.
 */
import { diffArrays } from 'diff';
import { EXACT, round } from './round.ts';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Words as written, compared without case or apostrophe style. */
function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase().replaceAll('’', "'"));
}

/** 1 for the same words in the same order, 0 for no word in common; symmetric. */
export function wordingReuse(left: string, right: string): number {
  const a = wordsOf(left);
  const b = wordsOf(right);
  if (a.length + b.length === 0) return left === right ? 1 : 0;
  if (left === right) return 1;
  let kept = 0;
  for (const change of diffArrays(a, b)) {
    if (!change.added && !change.removed) kept += change.count ?? change.value.length;
  }
  return (2 * kept) / (a.length + b.length);
}

/**
 * How much one side of an aligned pair reproduces the other: the mean of the pair's content-word
 * similarity (the same facts, however worded) and its wording reuse (the same words in the same
 * order). A copy scores 1; a light rewording keeps most of both; a heavy rewording keeps the
 * content but little of the wording. `stats.similarity` weighs this per pair, so it ranks
 * copy > light > heavy > independent. Symmetric, because both halves are.
 */
export function reproduction(similarity: number, left: string, right: string): number {
  return round((similarity + wordingReuse(left, right)) / 2, EXACT);
}
