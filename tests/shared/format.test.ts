import { describe, expect, it } from 'vitest';
import { formatDay, plural, readingTime } from '../../src/shared/format.ts';

describe('format', () => {
  it('formats a day as "Nov 23, 2021"', () => {
    expect(formatDay('2021-11-23')).toBe('Nov 23, 2021');
    expect(formatDay('2024-02-29')).toBe('Feb 29, 2024');
  });

  it('keeps the day it was given whatever the time zone (no UTC shift to the day before)', () => {
    expect(formatDay('2021-01-01')).toBe('Jan 1, 2021');
  });

  it('returns text that is not a YYYY-MM-DD day as written instead of throwing', () => {
    expect(formatDay('')).toBe('');
    expect(formatDay('sometime in June')).toBe('sometime in June');
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
