/**
 * The search index's files, shared by the build that writes them (src/node/search/) and the
 * browser that reads them (src/features/search/). A static inverted index, read a few small
 * files at a time, whatever the archive's size:
 *
 * - `search-index/index.json` (`SearchTable`): how many articles, and the first word of each
 *   words file, in order;
 * - `search-index/words/<n>.txt`: words in sorted order, one line each:
 *   `word TAB df TAB postings`, postings being `gap:weight` pairs (base 36, comma separated):
 *   the article's number as the gap from the one before, and how much the word weighs in it
 *   (BM25's term part, times 100, worked out at build time, so the browser needs no lengths);
 * - `search-index/articles/<n>.txt`: the article ids, numbers n × ARTICLES_PER_FILE onward,
 *   one a line.
 *
 * A query loads the table, one words file per word and one articles file per page of hits;
 * the excerpt comes from the article's own data file, which the reader's click then reuses.
 */
export const SEARCH_DIR = 'search-index';
export const TABLE_FILE = 'index.json';
export const WORDS_DIR = 'words';
export const ARTICLES_DIR = 'articles';

/** Article ids in each articles file. */
export const ARTICLES_PER_FILE = 256;

/** The format's version: a reader refuses a table of another. */
export const SEARCH_FORMAT = 1;

export interface SearchTable {
  format: typeof SEARCH_FORMAT;
  /** Articles indexed. */
  articles: number;
  /** The first word of each words file: file n holds the words from `first[n]` to `first[n + 1]`. */
  first: string[];
}

/** The words file (relative to SEARCH_DIR) of number `n`. */
export const wordsFile = (n: number) => `${WORDS_DIR}/${n}.txt`;
/** The articles file (relative to SEARCH_DIR) that holds article number `n`. */
export const articlesFile = (n: number) =>
  `${ARTICLES_DIR}/${Math.floor(n / ARTICLES_PER_FILE)}.txt`;

/** A table read from JSON, or null when it is not one this code can read. */
export function parseTable(value: unknown): SearchTable | null {
  if (typeof value !== 'object' || value === null) return null;
  const table = value as Partial<SearchTable>;
  if (table.format !== SEARCH_FORMAT) return null;
  if (typeof table.articles !== 'number' || !Number.isInteger(table.articles)) return null;
  if (!Array.isArray(table.first) || !table.first.every((w) => typeof w === 'string')) return null;
  return { format: SEARCH_FORMAT, articles: table.articles, first: table.first };
}

/** One word's line: how many articles have it, and each article's number and weight. */
export interface Postings {
  df: number;
  articles: number[];
  weights: number[];
}

/** Encodes the postings of one word (article numbers ascending) as a words-file line. */
export function postingsLine(
  word: string,
  articles: readonly number[],
  weights: readonly number[],
): string {
  let items = '';
  let last = 0;
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i] ?? 0;
    items += `${i === 0 ? '' : ','}${(article - last).toString(36)}:${(weights[i] ?? 0).toString(36)}`;
    last = article;
  }
  return `${word}\t${articles.length}\t${items}`;
}

/** Reads a words file: each word's postings (lines that do not parse are skipped). */
export function parseWordsFile(text: string): Map<string, Postings> {
  const words = new Map<string, Postings>();
  for (const line of text.split('\n')) {
    const [word, df, items] = line.split('\t');
    if (!word || df === undefined || items === undefined) continue;
    const articles: number[] = [];
    const weights: number[] = [];
    let article = 0;
    for (const item of items.split(',')) {
      const [gap, weight] = item.split(':');
      article += parseInt(gap ?? '', 36);
      articles.push(article);
      weights.push(parseInt(weight ?? '', 36));
    }
    if (articles.every(Number.isFinite) && weights.every(Number.isFinite))
      words.set(word, { df: Number(df), articles, weights });
  }
  return words;
}

/** The words file that holds `word` (or would): the last whose first word is not after it. */
export function fileOfWord(table: SearchTable, word: string): number {
  let low = 0;
  let high = table.first.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((table.first[mid] ?? '') <= word) low = mid;
    else high = mid - 1;
  }
  return low;
}
