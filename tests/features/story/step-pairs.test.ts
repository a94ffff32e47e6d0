import { describe, expect, it } from 'vitest';
import { pairSteps } from '../../../src/features/story/step-pairs.ts';

const ids = ['v1', 'v2', 'v3', 'v4'];

describe('stepping through pairs of versions', () => {
  it('moves both sides by one, keeping their distance', () => {
    expect(pairSteps(ids, 'v2', 'v3')).toEqual({
      left: 1,
      right: 2,
      previous: ['v1', 'v2'],
      next: ['v3', 'v4'],
    });
    expect(pairSteps(ids, 'v1', 'v3').next).toEqual(['v2', 'v4']);
    expect(pairSteps(ids, 'v3', 'v1').previous).toBeNull();
  });

  it('has no step past either end or for a version not in the story', () => {
    expect(pairSteps(ids, 'v1', 'v2').previous).toBeNull();
    expect(pairSteps(ids, 'v3', 'v4').next).toBeNull();
    expect(pairSteps(ids, 'v1', 'gone')).toMatchObject({ previous: null, next: null, right: -1 });
  });
});
