import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/node/import/count-words.ts';

describe('countWords', () => {
  it('counts words in any script, punctuation aside', () => {
    expect(countWords('The bridge, closed.')).toBe(3);
    expect(countWords('港特首梁振英就住宅违建事件道歉')).toBeGreaterThan(4);
    expect(countWords('— … !')).toBe(0);
  });

  it('stops counting at `upTo`', () => {
    expect(countWords('one two three four', 2)).toBe(2);
  });
});
