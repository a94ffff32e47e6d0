/** The words search knows: a query and an article are cut and folded the same way. */
import { describe, expect, it } from 'vitest';
import { foldWord, LONGEST_WORD, searchWords } from '../../src/domain/search-words.ts';

describe('searchWords', () => {
  it('finds the words of a text, folded as a reader would type them', () => {
    expect(searchWords('China’s coast guard, near the Senkaku islands.')).toEqual([
      'china',
      'coast',
      'guard',
      'near',
      'the',
      'senkaku',
      'islands',
    ]);
  });

  it('drops accents and case, so "da nang" finds "Đà Nẵng" and "Pho" finds "Phở"', () => {
    expect(searchWords('Đà Nẵng')).toEqual(['da', 'nang']);
    expect(searchWords('Øresund Straße')).toEqual(['oresund', 'strasse']);
    expect(searchWords('Phở')).toEqual(['pho']);
    expect(searchWords('ÉLYSÉE')).toEqual(['elysee']);
  });

  it('keeps numbers whole and ignores punctuation and space', () => {
    expect(searchWords('11th, 2021 and 1,500 — “quoted”!')).toEqual([
      '11th',
      '2021',
      'and',
      '1,500',
      'quoted',
    ]);
    expect(searchWords(' … — !! ')).toEqual([]);
  });
});

describe('foldWord', () => {
  it('cuts a word longer than LONGEST_WORD', () => {
    expect(foldWord('x'.repeat(500))).toHaveLength(LONGEST_WORD);
  });

  it('straightens apostrophes and drops a possessive', () => {
    expect(foldWord('Kishi’s')).toBe('kishi');
    expect(foldWord("don't")).toBe("don't");
    expect(foldWord('don’t')).toBe("don't");
  });
});
