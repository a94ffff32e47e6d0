/** Specification of `myers.ts`: jsdiff's `diffArrays` runs, over numbers. */
import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DELETE, diffNumbers, EQUAL, INSERT } from '../../src/engine/myers.ts';

const jsdiff = (a: number[], b: number[]) =>
  diffArrays(a, b).map((c) => ({
    op: c.added ? INSERT : c.removed ? DELETE : EQUAL,
    count: c.count ?? c.value.length,
  }));

describe('diffNumbers', () => {
  it('gives the runs of an edit script', () => {
    expect(diffNumbers([1, 2, 3, 4], [1, 5, 3, 4, 6])).toEqual([
      { op: EQUAL, count: 1 },
      { op: DELETE, count: 1 },
      { op: INSERT, count: 1 },
      { op: EQUAL, count: 2 },
      { op: INSERT, count: 1 },
    ]);
  });

  it('handles empty sides', () => {
    expect(diffNumbers([], [])).toEqual([]);
    expect(diffNumbers([], [1, 2])).toEqual([{ op: INSERT, count: 2 }]);
    expect(diffNumbers([1], [])).toEqual([{ op: DELETE, count: 1 }]);
  });

  it('chooses exactly the edit script jsdiff chooses, ties included', () => {
    // A small alphabet makes many equally short scripts, so the tie-breaking is exercised.
    const list = fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 40 });
    fc.assert(
      fc.property(list, list, (a, b) => {
        expect(diffNumbers(a, b)).toEqual(jsdiff(a, b));
      }),
      { numRuns: 2000 },
    );
  });
});
