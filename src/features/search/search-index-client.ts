/**
 * The browser's side of the search index (src/domain/search-index.ts): the table is fetched
 * once, then each query fetches the words files its words are in, and each page of hits the
 * articles files that name them. Files are fetched once and kept for the page's life; nothing is
 * loaded until a reader starts searching.
 */
import {
  articlesFile,
  ARTICLES_PER_FILE,
  fileOfWord,
  parseTable,
  parseWordsFile,
  SEARCH_DIR,
  TABLE_FILE,
  wordsFile,
  type Postings,
  type SearchTable,
} from '../../domain/search-index.ts';
import { searchWords } from '../../domain/search-words.ts';
import { rank, type WordMatch } from './rank.ts';

/** Words the last word of a query may be the start of, at most (the most frequent kept). */
const MOST_EXPANSIONS = 50;
/** Words files a prefix is followed through, at most. */
const MOST_PREFIX_FILES = 4;

const SEARCH_BASE = `${import.meta.env.BASE_URL}${SEARCH_DIR}/`;

/** The words a query asks for: each once, in order. */
const queryWords = (query: string) => [...new Set(searchWords(query))];

export interface Found {
  /** Article numbers, best first. */
  ranked: number[];
  /** Every form of the query's words that matched, for marking them in excerpts. */
  words: Set<string>;
}

export interface SearchIndex {
  find: (query: string) => Promise<Found>;
  /** The ids of articles by number. */
  ids: (numbers: readonly number[]) => Promise<string[]>;
}

async function text(file: string): Promise<string> {
  const response = await fetch(`${SEARCH_BASE}${file}`);
  if (!response.ok) throw new Error(`${SEARCH_DIR}/${file}: HTTP ${response.status}`);
  return response.text();
}

/** The index, once its table has loaded; rejects (naming the file) when there is none. */
export async function openSearchIndex(): Promise<SearchIndex> {
  const table = parseTable(JSON.parse(await text(TABLE_FILE)) as unknown);
  if (!table) throw new Error(`${SEARCH_DIR}/${TABLE_FILE}: not a search index this page reads`);
  const words = fetchedOnce((file) => text(file).then(parseWordsFile));
  const idLines = fetchedOnce((file) => text(file).then((t) => t.split('\n')));
  return {
    find: (query) => find(table, (n) => words(wordsFile(n)), query),
    async ids(numbers) {
      const files = await Promise.all(numbers.map((n) => idLines(articlesFile(n))));
      return numbers.map((n, i) => files[i]?.[n % ARTICLES_PER_FILE] ?? '');
    },
  };
}

/** `read`, fetching and reading each file once for the page's life. */
function fetchedOnce<T>(read: (file: string) => Promise<T>): (file: string) => Promise<T> {
  const files = new Map<string, Promise<T>>();
  return (file) => {
    let known = files.get(file);
    if (!known) files.set(file, (known = read(file)));
    return known;
  };
}

async function find(
  table: SearchTable,
  words: (n: number) => Promise<Map<string, Postings>>,
  query: string,
): Promise<Found> {
  const asked = queryWords(query);
  if (asked.length === 0 || table.first.length === 0) return { ranked: [], words: new Set() };
  const matches = await Promise.all(
    asked.map((word, i) =>
      i === asked.length - 1 ? startingWith(table, words, word) : exactly(table, words, word),
    ),
  );
  const matched = new Set(matches.flatMap((found) => found.map((m) => m.word)));
  return { ranked: rank(table.articles, matches), words: matched };
}

type Match = WordMatch & { word: string };

async function exactly(
  table: SearchTable,
  words: (n: number) => Promise<Map<string, Postings>>,
  word: string,
): Promise<Match[]> {
  const postings = (await words(fileOfWord(table, word))).get(word);
  return postings ? [{ word, postings, exact: true }] : [];
}

/** The word itself and the words it starts (the most frequent MOST_EXPANSIONS). */
async function startingWith(
  table: SearchTable,
  words: (n: number) => Promise<Map<string, Postings>>,
  prefix: string,
): Promise<Match[]> {
  const found: Match[] = [];
  const start = fileOfWord(table, prefix);
  for (let n = start; n < table.first.length && n < start + MOST_PREFIX_FILES; n++) {
    if (n > start && !(table.first[n] ?? '').startsWith(prefix)) break;
    for (const [word, postings] of await words(n))
      if (word.startsWith(prefix)) found.push({ word, postings, exact: word === prefix });
  }
  return found
    .sort((a, b) => Number(b.exact) - Number(a.exact) || b.postings.df - a.postings.df)
    .slice(0, MOST_EXPANSIONS);
}
