/**
 * Which bucket of the search step's cache a story's articles go to (src/node/vite-plugin-search.ts).
 * Reading an article's words is most of the step's time; the words are cached a bucket at a time,
 * so a rebuild reads again only the buckets whose articles changed.
 *
 * A story's bucket is a hash of its id modulo the bucket count, so adding stories never moves
 * another while the count stays. The count is the smallest power of two that keeps about
 * STORIES_PER_BUCKET stories or fewer in each: a bucket's entry stays small however large the
 * archive (a query never sees buckets: the index it reads is one). When the archive crosses a
 * power of two the count doubles and every bucket is read once again.
 */
import { createHash } from 'node:crypto';

/** A bucket holds about this many stories or fewer. */
export const STORIES_PER_BUCKET = 256;

/** The bucket (0-based) of a story among `count`: a hash of its id, apart from its shard's. */
export function bucketOf(storyId: string, count: number): number {
  const hash = createHash('sha256').update(`search bucket\n${storyId}`).digest();
  return hash.readUInt32BE(0) % count;
}

/** How many buckets for these stories: a power of two, STORIES_PER_BUCKET a bucket on average. */
export function bucketCount(storyIds: readonly string[]): number {
  let count = 1;
  while (count * STORIES_PER_BUCKET < storyIds.length) count *= 2;
  return count;
}
