/**
 * How a query's words find and order articles, from the postings the index holds
 * (src/domain/search-index.ts). Every word must be in an article (the last may be the start of
 * one: results follow the reader's typing). An article's score is the sum, over the query's
 * words, of BM25: the word's rarity (idf) times its weight in the article, which the build
 * worked out from how often the word appears and the article's length. A word found only as the
 * start of a longer one counts PREFIX_FACTOR as much. Ties go to the lower article number.
 */
import type { Postings } from '../../domain/search-index.ts';

export const PREFIX_FACTOR = 0.7;

/** What a query's word matched in the index: each word found, and whether it is the query's own. */
export interface WordMatch {
  postings: Postings;
  exact: boolean;
}

/** BM25's idf: how much a word found in `df` of `articles` says. */
export const rarity = (articles: number, df: number) =>
  Math.log(1 + (articles - df + 0.5) / (df + 0.5));

/** Article numbers in the order to show them, for words each matched by `matches[i]`. */
export function rank(articles: number, matches: readonly (readonly WordMatch[])[]): number[] {
  if (matches.length === 0) return [];
  const perWord = matches.map((found) => {
    const scores = new Map<number, number>();
    for (const { postings, exact } of found) {
      const factor = rarity(articles, postings.df) * (exact ? 1 : PREFIX_FACTOR);
      postings.articles.forEach((article, i) => {
        const score = (factor * (postings.weights[i] ?? 0)) / 100;
        if (score > (scores.get(article) ?? -1)) scores.set(article, score);
      });
    }
    return scores;
  });
  perWord.sort((a, b) => a.size - b.size);
  const [rarest, ...rest] = perWord;
  const total = new Map<number, number>();
  for (const [article, score] of rarest ?? []) {
    let sum = score;
    let everywhere = true;
    for (const scores of rest) {
      const other = scores.get(article);
      if (other === undefined) {
        everywhere = false;
        break;
      }
      sum += other;
    }
    if (everywhere) total.set(article, sum);
  }
  return [...total.keys()].sort((a, b) => (total.get(b) ?? 0) - (total.get(a) ?? 0) || a - b);
}
