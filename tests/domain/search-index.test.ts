/** The search index's files as both sides read them: lines that round-trip, a table checked. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  articlesFile,
  ARTICLES_PER_FILE,
  fileOfWord,
  parseTable,
  parseWordsFile,
  postingsLine,
  SEARCH_FORMAT,
  type SearchTable,
} from '../../src/domain/search-index.ts';

describe('postingsLine and parseWordsFile', () => {
  it('give back every article number and weight of every word', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.string({ minLength: 1, maxLength: 12 }).filter((w) => !/[\t\n]/.test(w)),
          {
            maxLength: 8,
          },
        ),
        fc.array(fc.tuple(fc.nat(5000), fc.integer({ min: 1, max: 400 })), { minLength: 1 }),
        (words, postings) => {
          const numbers = [...new Set(postings.map(([n]) => n))].sort((a, b) => a - b);
          const weights = numbers.map((n) => postings.find(([m]) => m === n)?.[1] ?? 1);
          const text = words.map((w) => postingsLine(w, numbers, weights)).join('\n');
          const read = parseWordsFile(text);
          expect([...read.keys()]).toEqual(words);
          for (const word of words)
            expect(read.get(word)).toEqual({ df: numbers.length, articles: numbers, weights });
        },
      ),
    );
  });

  it('skips a line that does not parse rather than misreading it', () => {
    const read = parseWordsFile('good\t1\t5:1z\nbad\t1\tzz:!\nhalf\t2\n');
    expect([...read.keys()]).toEqual(['good']);
    expect(read.get('good')).toEqual({ df: 1, articles: [5], weights: [71] });
  });
});

describe('parseTable', () => {
  it('reads a table of this format and refuses anything else', () => {
    const table = { format: SEARCH_FORMAT, articles: 3, first: ['', 'm'] };
    expect(parseTable(table)).toEqual(table);
    for (const value of [
      null,
      [],
      { ...table, format: SEARCH_FORMAT + 1 },
      { ...table, articles: '3' },
      { ...table, first: [1] },
      { format: SEARCH_FORMAT, articles: 3 },
    ])
      expect(parseTable(value)).toBeNull();
  });
});

describe('fileOfWord', () => {
  const table: SearchTable = {
    format: SEARCH_FORMAT,
    articles: 9,
    first: ['able', 'kite', 'moon', 'sun'],
  };
  it('finds the last file whose first word is not after the word', () => {
    expect(fileOfWord(table, 'able')).toBe(0);
    expect(fileOfWord(table, 'aardvark')).toBe(0);
    expect(fileOfWord(table, 'kite')).toBe(1);
    expect(fileOfWord(table, 'lamp')).toBe(1);
    expect(fileOfWord(table, 'sunset')).toBe(3);
    expect(fileOfWord(table, 'zebra')).toBe(3);
  });
});

describe('articlesFile', () => {
  it('puts ARTICLES_PER_FILE ids in each file', () => {
    expect(articlesFile(0)).toBe('articles/0.txt');
    expect(articlesFile(ARTICLES_PER_FILE - 1)).toBe('articles/0.txt');
    expect(articlesFile(ARTICLES_PER_FILE)).toBe('articles/1.txt');
  });
});
