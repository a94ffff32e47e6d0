/**
 * What the index records of one article: each word of its headline and body (not the comments,
 * the byline or the navigation) with how often it counts, the headline's words counting
 * HEADLINE_WEIGHT times (a word in the headline says more about the article), and its length.
 * Also the line a bucket of articles is cached as, and read back from.
 */
import { textBlocks, textBlockText, type Block } from '../../domain/body.ts';
import { searchWords } from '../../domain/search-words.ts';

export const HEADLINE_WEIGHT = 3;

export interface ArticleWords {
  id: string;
  counts: Map<string, number>;
  length: number;
}

export function articleWords(id: string, headline: string, body: readonly Block[]): ArticleWords {
  const counts = new Map<string, number>();
  let length = 0;
  const count = (text: string, by: number) => {
    for (const word of searchWords(text)) {
      counts.set(word, (counts.get(word) ?? 0) + by);
      length++;
    }
  };
  count(headline, HEADLINE_WEIGHT);
  for (const block of textBlocks(body)) count(textBlockText(block), 1);
  return { id, counts, length };
}

/** One article as a line of the cache: id, length, then each word and its count. */
export function wordsLine({ id, counts, length }: ArticleWords): string {
  let line = `${id}\t${length}`;
  for (const [word, tf] of counts) line += `\t${word}\t${tf}`;
  return `${line}\n`;
}

/** A line written by `wordsLine`, or null when it is not one (a damaged cache entry). */
export function readWordsLine(line: string): ArticleWords | null {
  const parts = line.split('\t');
  const [id, length] = parts;
  if (!id || length === undefined || parts.length % 2 !== 0) return null;
  const counts = new Map<string, number>();
  for (let i = 2; i < parts.length; i += 2) {
    const tf = Number(parts[i + 1]);
    if (!Number.isInteger(tf) || tf < 1) return null;
    counts.set(parts[i] ?? '', tf);
  }
  const n = Number(length);
  return Number.isInteger(n) && n >= 0 ? { id, counts, length: n } : null;
}
