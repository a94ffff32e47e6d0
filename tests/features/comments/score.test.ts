import { describe, expect, it } from 'vitest';
import {
  scoreLabel,
  scoreNumber,
  scoreText,
  signedCount,
} from '../../../src/features/comments/score.ts';

describe('comment scores in the site’s form', () => {
  it('writes the score, then the up and down counts', () => {
    expect(scoreText(2, 2)).toBe('0 ( +2 / -2 )');
    expect(scoreText(3, 1)).toBe('2 ( +3 / -1 )');
    expect(scoreText(0, 1)).toBe('-1 ( 0 / -1 )');
  });

  it('never writes +0 or -0', () => {
    expect(scoreText(1, 0)).toBe('1 ( +1 / 0 )');
    expect(scoreText(0, 0)).toBe('0 ( 0 / 0 )');
    expect(signedCount(0, '-')).toBe('0');
    expect(scoreNumber(-0)).toBe('0');
  });

  it('says the same in words for a screen reader', () => {
    expect(scoreLabel(0, 1)).toBe('Score minus 1: 0 up, 1 down');
    expect(scoreLabel(2, 2)).toBe('Score 0: 2 up, 2 down');
  });
});
