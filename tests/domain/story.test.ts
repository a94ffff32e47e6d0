import { describe, expect, it } from 'vitest';
import { isPrecomputedPair, precomputedPairs } from '../../src/domain/story.ts';

const versions = ['v1', 'v2', 'v3', 'v4', 'v5'];

describe('which comparisons the build precomputes', () => {
  it('takes adjacent versions both ways and each version against the first both ways', () => {
    expect(isPrecomputedPair(versions, 'v2', 'v3')).toBe(true);
    expect(isPrecomputedPair(versions, 'v3', 'v2')).toBe(true);
    expect(isPrecomputedPair(versions, 'v1', 'v5')).toBe(true);
    expect(isPrecomputedPair(versions, 'v5', 'v1')).toBe(true);
  });

  it('leaves other pairs, a version against itself and unknown versions out', () => {
    expect(isPrecomputedPair(versions, 'v2', 'v4')).toBe(false);
    expect(isPrecomputedPair(versions, 'v5', 'v3')).toBe(false);
    expect(isPrecomputedPair(versions, 'v2', 'v2')).toBe(false);
    expect(isPrecomputedPair(versions, 'v2', 'elsewhere')).toBe(false);
  });

  it('grows linearly: 4(n − 1) − 2 ordered pairs of n(n − 1)', () => {
    for (const n of [2, 3, 5, 20]) {
      const ids = Array.from({ length: n }, (_, i) => `v${i}`);
      expect(precomputedPairs(ids)).toHaveLength(4 * (n - 1) - 2);
    }
    expect(precomputedPairs(['only'])).toEqual([]);
  });
});
