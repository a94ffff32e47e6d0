/** Specification of `myers.ts`: jsdiff's `diffArrays` runs, over numbers; LCS lengths. */
import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DELETE, diffNumbers, EQUAL, INSERT, lcsLength } from '../../src/engine/myers.ts';

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

/** The textbook dynamic programme, as the reference. */
function lcsTable(a: number[], b: number[]): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const next = [0];
    b.forEach((y, j) =>
      next.push(x === y ? (row[j] ?? 0) + 1 : Math.max(row[j + 1] ?? 0, next[j] ?? 0)),
    );
    row = next;
  }
  return row[b.length] ?? 0;
}

describe('lcsLength', () => {
  it('is the length of a longest common subsequence', () => {
    expect(lcsLength([1, 2, 3, 4], [3, 4, 1, 2])).toBe(2);
    expect(lcsLength([1, 2, 3], [1, 2, 3, 4, 5])).toBe(3);
    expect(lcsLength([1, 2], [3, 4])).toBe(0);
    expect(lcsLength([], [])).toBe(0);
    expect(lcsLength([], [1])).toBe(0);
  });

  it('agrees with the dynamic programme on any two lists, and is symmetric', () => {
    const list = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 50 });
    fc.assert(
      fc.property(list, list, (a, b) => {
        expect(lcsLength(a, b)).toBe(lcsTable(a, b));
        expect(lcsLength(b, a)).toBe(lcsLength(a, b));
      }),
      { numRuns: 2000 },
    );
  });
});
