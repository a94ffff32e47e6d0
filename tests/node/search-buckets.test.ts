/**
 * The search step's cache buckets: a story's bucket never depends on the other stories while the
 * count stays, and the count grows in powers of two with the archive, so a bucket stays small.
 */
import { describe, expect, it } from 'vitest';
import { bucketCount, bucketOf, STORIES_PER_BUCKET } from '../../src/node/search-buckets.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `story-${i + 1}`);

describe('bucketCount', () => {
  it('is one bucket up to STORIES_PER_BUCKET stories, and none for none', () => {
    expect(bucketCount([])).toBe(1);
    expect(bucketCount(ids(1))).toBe(1);
    expect(bucketCount(ids(STORIES_PER_BUCKET))).toBe(1);
  });

  it('doubles as the archive passes each multiple, without a cap', () => {
    expect(bucketCount(ids(STORIES_PER_BUCKET + 1))).toBe(2);
    expect(bucketCount(ids(STORIES_PER_BUCKET * 2 + 1))).toBe(4);
    expect(bucketCount(ids(STORIES_PER_BUCKET * 256))).toBe(256);
    expect(bucketCount(ids(STORIES_PER_BUCKET * 256 + 1))).toBe(512);
  });
});

describe('bucketOf', () => {
  it('puts a story in the same bucket whatever else the archive holds', () => {
    const count = bucketCount(ids(3000));
    const alone = bucketOf('story-42', count);
    expect(bucketCount(ids(3001))).toBe(count);
    expect(bucketOf('story-42', count)).toBe(alone);
  });

  it('spreads stories over every bucket, none holding twice its share', () => {
    const all = ids(STORIES_PER_BUCKET * 16);
    const count = bucketCount(all);
    const sizes = new Array<number>(count).fill(0);
    for (const id of all) sizes[bucketOf(id, count)] = (sizes[bucketOf(id, count)] ?? 0) + 1;
    expect(count).toBe(16);
    expect(Math.min(...sizes)).toBeGreaterThan(0);
    expect(Math.max(...sizes)).toBeLessThan(STORIES_PER_BUCKET * 2);
  });
});
