/**
 * How much of a pair's wording is reused verbatim: 2·LCS / (|a| + |b|) over the two texts' words
 * as written (lower case, straight apostrophes, nothing stemmed or dropped), where LCS is the
 * longest common subsequence of words. Content-word similarity (align.ts) rewards a paraphrase
 * that keeps every content word in another order ("regulators are reviewing the data" / "the
 * data are under review by regulators"); this measure does not, so together they tell a light
 * rewording from a copy and a heavy one from a light one, as text-reuse studies grade them.
 *
 * Symmetric: the length of a longest common subsequence does not depend on the order of the
 * arguments. Only that length is needed, not an edit script: Myers' search for the fewest edits
 * without the path (`lcsLength`, myers.ts). On the seed pair ×100 (799 pairs) jsdiff's full
 * script took ~115 ms of CPU, the textbook |a| · |b| programme ~37 ms warm; the two versions of
 * a sentence differ in few words, which is where Myers' search is cheapest.
 */
import { lcsLength } from './myers.ts';
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
  return (2 * lcsLength(a.map(number), b.map(number))) / (a.length + b.length);
}

/**
 * How much one side of an aligned pair reproduces the other: the pair's content-word similarity
 * (the same facts, however worded) times its wording reuse (the same words in the same order),
 * the share of the content carried over in the same words. A copy scores 1; a light rewording
 * keeps most of both; a heavy rewording keeps the content but little of the wording; a sentence
 * on the same subject written independently shares a few content words and the function words
 * around them, and the product keeps it near 0 where a mean of the two gave it a quarter.
 * `stats.similarity` weighs this per pair, so it ranks copy > light > heavy > independent.
 *
 * Why the product: on Clough & Stevenson's corpus of graded short answers (95 answers to five
 * questions, measured locally, docs/engine.md) Spearman's rho with the grade is 0.803 with the
 * product, 0.791 with the mean, 0.782 for word-trigram containment, and the product misorders
 * 72 pairs of answers to one question against the mean's 77 and trigram's 77. Symmetric,
 * because both factors are.
 */
export function reproduction(similarity: number, left: string, right: string): number {
  return round(similarity * wordingReuse(left, right), EXACT);
}
