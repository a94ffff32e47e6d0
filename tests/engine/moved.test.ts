/** Specification of `moved.ts`: which pairs changed their relative order. */
import { describe, expect, it } from 'vitest';
import { movedGroups } from '../../src/engine/moved.ts';

describe('movedGroups', () => {
  it('moves nothing when the order is kept', () => {
    expect([...movedGroups([0, 1, 2, 3])]).toEqual([]);
  });

  it('moves the one pair that left the longest run in order', () => {
    expect([...movedGroups([1, 2, 3, 0])]).toEqual([3]);
  });

  it('marks both of two sentences that swapped places', () => {
    expect([...movedGroups([0, 2, 1, 3])].sort()).toEqual([1, 2]);
  });
});
