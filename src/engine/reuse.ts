/**
 * How much of a pair's wording is reused verbatim: 2·LCS / (|a| + |b|) over the two texts' words
 * as written (lower case, straight apostrophes, nothing stemmed or dropped), where LCS is the
 * longest common subsequence of words. Content-word similarity (align.ts) rewards a paraphrase
 * that keeps every content word in another order ("regulators are reviewing the data" / "the
 * data are under review by regulators"); this measure does not, so together they tell a light
 * rewording from a copy and a heavy one from a light one, as text-reuse studies grade them.
 *
 * Symmetric: the length of a longest common subsequence does not depend on the order of the
 * arguments. Only that length is needed, not an edit script, so it is the textbook dynamic
 * programme over two rows rather than jsdiff, whose Myers search builds the whole script: on the
 * seed pair ×100 (799 pairs) jsdiff took ~115 ms of CPU, this ~37 ms.
 */
import { EXACT, round } from './round.ts';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Words as written, compared without case or apostrophe style. */
function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase().replaceAll('’', "'"));
}

/** 1 for the same words in the same order, 0 for no word in common; symmetric. */
export function wordingReuse(left: string, right: string): number {
  if (left === right) return 1;
  const a = wordsOf(left);
  const b = wordsOf(right);
  if (a.length + b.length === 0) return 0;
  // Words numbered, so the programme compares numbers rather than strings.
  const numbers = new Map<string, number>();
  const number = (word: string) => {
    let id = numbers.get(word);
    if (id === undefined) numbers.set(word, (id = numbers.size));
    return id;
  };
  return (2 * commonSubsequence(a.map(number), b.map(number))) / (a.length + b.length);
}

/**
 * Length of a longest common subsequence of two number lists. A common first or last element
 * belongs to some longest common subsequence, so the shared head and tail are counted directly
 * and the programme runs over the middle only.
 */
function commonSubsequence(a: readonly number[], b: readonly number[]): number {
  let start = 0;
  let endA = a.length;
  let endB = b.length;
  while (start < endA && start < endB && a[start] === b[start]) start++;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const width = endB - start;
  let previous = new Int32Array(width + 1);
  let current = new Int32Array(width + 1);
  for (let i = start; i < endA; i++) {
    const word = a[i];
    for (let j = 1; j <= width; j++)
      current[j] =
        word === b[start + j - 1]
          ? (previous[j - 1] ?? 0) + 1
          : Math.max(previous[j] ?? 0, current[j - 1] ?? 0);
    [previous, current] = [current, previous];
  }
  return start + (a.length - endA) + (previous[width] ?? 0);
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
