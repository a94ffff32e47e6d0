/** How a query's words find and order articles: every word, rarer words first, exact before prefix. */
import { describe, expect, it } from 'vitest';
import { PREFIX_FACTOR, rank, rarity, type WordMatch } from '../../../src/features/search/rank.ts';

const match = (pairs: [number, number][], exact = true): WordMatch => ({
  postings: { df: pairs.length, articles: pairs.map(([n]) => n), weights: pairs.map(([, w]) => w) },
  exact,
});

describe('rank', () => {
  it('finds only articles that have every word', () => {
    const japan = match([
      [1, 100],
      [2, 100],
      [3, 100],
    ]);
    const vietnam = match([
      [2, 100],
      [3, 100],
      [4, 100],
    ]);
    expect(rank(10, [[japan], [vietnam]]).sort()).toEqual([2, 3]);
    expect(rank(10, [[japan], []])).toEqual([]);
    expect(rank(10, [])).toEqual([]);
  });

  it('orders by weight, then by article number', () => {
    expect(
      rank(10, [
        [
          match([
            [4, 50],
            [5, 120],
            [6, 50],
          ]),
        ],
      ]),
    ).toEqual([5, 4, 6]);
  });

  it('lets a rare word count more than a common one', () => {
    expect(rarity(1000, 2)).toBeGreaterThan(rarity(1000, 500));
    const rare = match([
      [1, 100],
      [2, 10],
    ]);
    const common = match(
      Array.from({ length: 500 }, (_, i): [number, number] => [i, i === 2 ? 200 : 10]),
    );
    // Article 2 is heavy in the common word only; article 1 in the rare one: 1 wins.
    expect(rank(1000, [[rare], [common]])).toEqual([1, 2]);
  });

  it('counts a word met only as the start of a longer one less than the word itself', () => {
    const exact = match([[1, 100]], true);
    const longer = match([[2, 100]], false);
    expect(rank(10, [[exact, longer]])).toEqual([1, 2]);
    expect(PREFIX_FACTOR).toBeLessThan(1);
    // An article with both forms scores its best one, not their sum.
    const both = rank(10, [
      [
        match([[3, 100]], true),
        match(
          [
            [3, 100],
            [4, 140],
          ],
          false,
        ),
      ],
    ]);
    expect(both).toEqual([3, 4]);
  });
});
