import { describe, expect, it } from 'vitest';
import { formatDay, plural, readingTime } from '../../src/shared/format.ts';

describe('format', () => {
  it('formats a day as "Nov 23, 2021"', () => {
    expect(formatDay('2021-11-23')).toBe('Nov 23, 2021');
  });

  it('gives reading time as a range from 265 to 200 words a minute', () => {
    expect(readingTime(361)).toBe('1–2 min'); // the AP story
    expect(readingTime(426)).toBe('2–3 min'); // the rewrite
    expect(readingTime(800)).toBe('3–4 min');
    expect(readingTime(200)).toBe('1 min');
    expect(readingTime(0)).toBe('1 min');
  });

  it('pluralises counts', () => {
    expect(plural(1, 'comment')).toBe('1 comment');
    expect(plural(5, 'comment')).toBe('5 comments');
    expect(plural(0, 'comment')).toBe('0 comments');
  });
});
