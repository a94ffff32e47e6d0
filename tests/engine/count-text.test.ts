import { describe, expect, it } from 'vitest';
import { countText } from '../../src/engine/count-text.ts';

describe('countText', () => {
  it('separates thousands with commas and leaves small counts as they are', () => {
    expect(countText(0)).toBe('0');
    expect(countText(999)).toBe('999');
    expect(countText(4200)).toBe('4,200');
    expect(countText(1234567)).toBe('1,234,567');
  });
});
