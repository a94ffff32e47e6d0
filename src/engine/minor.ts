/**
 * Minor and substantive changes. A reader who wants to see what a revision *says* differently
 * can hide the noise: a change is minor when the two texts differ only in punctuation, case,
 * whitespace, quote style, or in spelling within an edit distance of 2 per word ("colour" /
 * "color", "recieve" / "receive"). Anything else is substantive: a word added, dropped or
 * replaced, or a figure changed (a number is a fact, so "11" / "12" is never a spelling slip).
 */
import { distance } from 'fastest-levenshtein';

/** The largest per-word edit distance still read as a spelling variant. */
export const MAX_SPELLING_DISTANCE = 2;

/** Words as runs of letters, marks and digits; apostrophes and quotes of any style are dropped. */
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/['’‘`´]/gu, '')
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter(Boolean);

/** Two words that a reader takes for the same word spelled differently. */
export function sameWordSpelledDifferently(a: string, b: string): boolean {
  if (a === b) return true;
  if (/\p{N}/u.test(a) || /\p{N}/u.test(b)) return false;
  return distance(a, b) <= MAX_SPELLING_DISTANCE;
}

/**
 * True when `left` and `right` differ, but only in punctuation, case, whitespace, quote style or
 * per-word spelling slips. Identical texts are not a change, so they are not minor either.
 * Symmetric in its arguments.
 */
export function isMinorChange(left: string, right: string): boolean {
  if (left === right) return false;
  const a = wordsOf(left);
  const b = wordsOf(right);
  // Letters and digits only, lower case (what is left when punctuation, case and spacing go):
  // the words joined, since only letters, marks and digits make words.
  if (a.join('') === b.join('')) return true;
  return (
    a.length === b.length && a.every((word, i) => sameWordSpelledDifferently(word, b[i] ?? ''))
  );
}
