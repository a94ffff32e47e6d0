/**
 * The index writer: whatever the articles and however often it spills runs to disk, the files it
 * writes hold exactly what a plain in-memory inversion of the same articles would: each word
 * once, in sorted order, in the file the table names, with every article that has it.
 */
import { existsSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARTICLES_PER_FILE,
  articlesFile,
  fileOfWord,
  parseTable,
  parseWordsFile,
  TABLE_FILE,
  wordsFile,
} from '../../../src/domain/search-index.ts';
import { SearchIndexWriter, WORDS_FILE_CHARS } from '../../../src/node/search/index-writer.ts';

type Article = [string, Map<string, number>];

/**
 * Writes `articles` with runs of at most `spillAt` postings and words files of about `fileChars`;
 * the files written, by name.
 */
async function written(articles: readonly Article[], spillAt: number, fileChars?: number) {
  const files = new Map<string, string>();
  const writer = new SearchIndexWriter(
    (file, text) => {
      expect(files.has(file), file).toBe(false);
      files.set(file, text);
    },
    { spillAt, fileChars },
  );
  for (const [id, counts] of articles) {
    let length = 0;
    for (const tf of counts.values()) length += tf;
    await writer.add(id, counts, length);
  }
  const figures = await writer.finish();
  return { files, figures };
}

const word = fc.stringMatching(/^[a-z0-9']{1,8}$/);
const articles = fc
  .array(fc.array(fc.tuple(word, fc.integer({ min: 1, max: 5 })), { maxLength: 12 }), {
    maxLength: 40,
  })
  .map((list) => list.map((pairs, i): Article => [`article-${i}`, new Map(pairs)]));

describe('SearchIndexWriter', () => {
  it('writes what an in-memory inversion would, spilled or not', async () => {
    await fc.assert(
      fc.asyncProperty(
        articles,
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 10, max: 400 }),
        async (list, spillAt, fileChars) => {
          const { files, figures } = await written(list, spillAt, fileChars);
          const table = parseTable(JSON.parse(files.get(TABLE_FILE) ?? 'null'));
          expect(table?.articles).toBe(list.length);
          if (!table) return;
          const expected = new Map<string, number[]>();
          list.forEach(([, counts], n) => {
            for (const w of counts.keys()) expected.set(w, [...(expected.get(w) ?? []), n]);
          });
          expect(figures.words).toBe(expected.size);
          expect(table.first).toHaveLength(figures.wordsFiles);
          // Every word is in the file the table points to, with every article that has it.
          for (const [w, numbers] of expected) {
            const postings = parseWordsFile(files.get(wordsFile(fileOfWord(table, w))) ?? '').get(
              w,
            );
            expect(postings?.articles, w).toEqual(numbers);
            expect(postings?.df).toBe(numbers.length);
            expect(postings?.weights.every((weight) => weight >= 1)).toBe(true);
          }
          // Words are written once each, in the order the browser's search expects.
          const all = table.first.flatMap((_, n) => [
            ...parseWordsFile(files.get(wordsFile(n)) ?? '').keys(),
          ]);
          expect(all).toEqual([...expected.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
          // And each article's id where its number says.
          list.forEach(([id], n) => {
            const lines = (files.get(articlesFile(n)) ?? '').split('\n');
            expect(lines[n % ARTICLES_PER_FILE]).toBe(id);
          });
        },
      ),
      { numRuns: 80 },
    );
  });

  it('weighs a word more where it is repeated and where the article is short', async () => {
    const { files } = await written(
      [
        ['short-once', new Map([['vote', 1]])],
        ['short-twice', new Map([['vote', 2]])],
        [
          'long-once',
          new Map([
            ['vote', 1],
            ['other', 30],
          ]),
        ],
      ],
      1000,
    );
    const postings = parseWordsFile(files.get(wordsFile(0)) ?? '').get('vote');
    const [once, twice, long] = postings?.weights ?? [];
    expect(twice).toBeGreaterThan(once ?? Infinity);
    expect(once).toBeGreaterThan(long ?? Infinity);
  });

  it('cuts the words into files of about WORDS_FILE_CHARS', async () => {
    const counts = new Map(Array.from({ length: 3000 }, (_, i) => [`word${i}`, 1]));
    const { files, figures } = await written(
      Array.from({ length: 20 }, (_, i): Article => [`a${i}`, counts]),
      50_000,
    );
    expect(figures.wordsFiles).toBeGreaterThan(1);
    for (let n = 0; n < figures.wordsFiles; n++)
      expect((files.get(wordsFile(n)) ?? '').length).toBeLessThanOrEqual(WORDS_FILE_CHARS);
  });

  it('leaves no temporary runs behind, finished or discarded', async () => {
    const finished = new SearchIndexWriter(() => undefined, { spillAt: 1 });
    await finished.add('a', new Map([['x', 1]]), 1);
    await finished.add('b', new Map([['y', 1]]), 1);
    expect(readdirSync(finished.runsFolder)).toHaveLength(2);
    await finished.finish();
    expect(existsSync(finished.runsFolder)).toBe(false);
    const discarded = new SearchIndexWriter(() => undefined, { spillAt: 1 });
    await discarded.add('a', new Map([['x', 1]]), 1);
    discarded.discard();
    expect(existsSync(discarded.runsFolder)).toBe(false);
  });
});
