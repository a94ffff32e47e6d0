import { describe, expect, it } from 'vitest';
import {
  controversy,
  sortComments,
  wilsonLowerBound,
} from '../../../src/features/comments/sort-comments.ts';

// The seed comments in posting order: 0 (+2/−2), −1 (+0/−1), 0 (+0/−0), 0 (+1/−1), 0 (+0/−0).
const SEED = [
  { up: 2, down: 2 },
  { up: 0, down: 1 },
  { up: 0, down: 0 },
  { up: 1, down: 1 },
  { up: 0, down: 0 },
];
const numbers = (order: number[]) => order.map((i) => i + 1);

describe('comment orders on the seed comments', () => {
  it('Oldest: as posted', () => {
    expect(numbers(sortComments(SEED, 'oldest'))).toEqual([1, 2, 3, 4, 5]);
  });

  it('Top: by score, ties in posting order (the −1 last)', () => {
    expect(numbers(sortComments(SEED, 'top'))).toEqual([1, 3, 4, 5, 2]);
  });

  it('Controversial: 4^(2/2)=4, then 2^(1/1)=2, then the one-sided ones (0) as posted', () => {
    expect(numbers(sortComments(SEED, 'controversial'))).toEqual([1, 4, 2, 3, 5]);
  });

  it('Best: Wilson lower bound at 80% (0.230, 0.164, then zeros as posted)', () => {
    expect(numbers(sortComments(SEED, 'best'))).toEqual([1, 4, 2, 3, 5]);
  });
});

describe('the formulas', () => {
  it('controversy is 0 unless both sides voted', () => {
    expect(controversy({ up: 5, down: 0 })).toBe(0);
    expect(controversy({ up: 0, down: 5 })).toBe(0);
    expect(controversy({ up: 3, down: 1 })).toBeCloseTo(4 ** (1 / 3), 12);
  });

  it('Wilson lower bound at z = 1.281551565545', () => {
    expect(wilsonLowerBound({ up: 0, down: 0 })).toBe(0);
    expect(wilsonLowerBound({ up: 2, down: 2 })).toBeCloseTo(0.2302, 4);
    expect(wilsonLowerBound({ up: 1, down: 1 })).toBeCloseTo(0.1643, 4);
    expect(wilsonLowerBound({ up: 10, down: 0 })).toBeGreaterThan(
      wilsonLowerBound({ up: 1, down: 0 }),
    );
  });
});
