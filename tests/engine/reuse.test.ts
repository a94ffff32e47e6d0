/** Spec of reuse.ts: verbatim wording reuse inside a pair, and a pair's reproduction score. */
import { describe, expect, it } from 'vitest';
import { reproduction, wordingReuse } from '../../src/engine/reuse.ts';

describe('wordingReuse', () => {
  it('is 1 for the same words in the same order, whatever the case, quotes or punctuation', () => {
    expect(wordingReuse('The port’s cranes stopped.', "the port's cranes stopped")).toBe(1);
  });

  it('is 0 when no word is shared', () => {
    expect(wordingReuse('Dockers walked out.', 'Rain flooded homes.')).toBe(0);
  });

  it('counts the longest run of words kept in order, over both lengths', () => {
    // "c d" (or "a b") is the longest subsequence in common: 2·2 / (4 + 4).
    expect(wordingReuse('a b c d', 'c d a b')).toBe(0.5);
    expect(wordingReuse('one two three', 'one two three four five')).toBe(0.75);
  });

  it('scores a reordered paraphrase below a copy even when every content word is kept', () => {
    const reuse = wordingReuse(
      'Regulators in Kenya and Ghana are reviewing the data.',
      'The data are under review by regulators in Ghana and Kenya.',
    );
    expect(reuse).toBeGreaterThan(0);
    expect(reuse).toBeLessThan(0.6);
  });

  it('is symmetric', () => {
    const a = 'The union says its 4,200 members have gone three years without a pay rise.';
    const b = 'According to the union, none of its 4,200 members has had a raise in three years.';
    expect(wordingReuse(a, b)).toBe(wordingReuse(b, a));
  });

  it('treats two texts without words as reused only when they are equal', () => {
    expect(wordingReuse('—', '—')).toBe(1);
    expect(wordingReuse('—', '…')).toBe(0);
    expect(wordingReuse('', '')).toBe(1);
  });
});

describe('reproduction', () => {
  it('is content similarity times wording reuse: the content carried over in the same words', () => {
    expect(reproduction(0.8, 'a b c d', 'c d a b')).toBe(0.4);
    expect(reproduction(0.5, 'a b c d', 'a b c d e f g h')).toBeCloseTo(0.5 * (8 / 12), 6);
  });

  it('is 0 when either half is: the same words on other content, or other words', () => {
    expect(reproduction(0, 'the port is open', 'the port is open today')).toBe(0);
    expect(reproduction(0.6, 'Talks collapsed.', 'Negotiations failed.')).toBe(0);
  });

  it('is 1 for a copy and below the content similarity for a reworded pair', () => {
    expect(reproduction(1, 'Talks collapsed.', 'Talks collapsed.')).toBe(1);
    expect(
      reproduction(1, 'Kenya and Ghana review it.', 'Ghana and Kenya review it.'),
    ).toBeLessThan(1);
  });
});
