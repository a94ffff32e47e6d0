/** Specification of `tokens.ts`: words as the aligner weighs them, and the one word counter. */
import { describe, expect, it } from 'vitest';
import {
  allKeys,
  contentKeys,
  memoizedNormalizer,
  normalizeWord,
  wordCount,
} from '../../src/engine/tokens.ts';

describe('normalizeWord', () => {
  it('folds case, curly apostrophes, possessives and inflection', () => {
    expect(normalizeWord('Kishi’s')).toBe('kishi');
    expect(normalizeWord('indicating')).toBe(normalizeWord('indicates'));
  });

  it('keeps figures as written', () => {
    expect(normalizeWord('11th')).toBe('11th');
  });
});

describe('contentKeys and allKeys', () => {
  it('drops function and reporting words from content keys, keeps them in all keys', () => {
    expect(contentKeys('He said the deal was signed.')).toEqual(['deal', 'sign']);
    expect(allKeys('And so it goes.')).toEqual(['and', 'so', 'it', 'goe']);
  });

  it('gives the same keys with a memoized normalizer', () => {
    const text = 'Ministers signed signing signs';
    expect(contentKeys(text, memoizedNormalizer())).toEqual(contentKeys(text));
  });
});

describe('wordCount', () => {
  it('counts "U.S.", "3.5" and "well-known" as one word each', () => {
    expect(wordCount('The U.S. grew 3.5 percent, a well-known figure.')).toBe(8);
  });

  it('counts nothing in punctuation or emoji alone', () => {
    expect(wordCount('— … 🙂')).toBe(0);
  });
});
