/**
 * Which search bucket a story's pages go to (see src/domain/search-index.ts). Pagefind cannot add
 * to an index it wrote, and re-indexing 20,000 pages took 47 s of a one-version rebuild at 10,000
 * stories; in buckets, a rebuild re-indexes only the bucket of the story that changed.
 *
 * A story's bucket is a hash of its id modulo the bucket count, so adding stories never moves
 * another while the count stays. The count is a power of two that keeps about
 * STORIES_PER_BUCKET stories or fewer in each, up to MAX_BUCKETS (a query asks every bucket):
 * 1 up to 256 stories, 64 from 8,193 on. When the archive crosses a power of two the count
 * doubles and every bucket is written once again (each old bucket splits into two).
 */
import { createHash } from 'node:crypto';

/** A bucket holds about this many stories or fewer (while the count is below MAX_BUCKETS). */
export const STORIES_PER_BUCKET = 256;

/** The most buckets: a query fetches a little of every one. */
export const MAX_BUCKETS = 64;

/** The bucket (0-based) of a story among `count`: a hash of its id, apart from its shard's. */
export function bucketOf(storyId: string, count: number): number {
  const hash = createHash('sha256').update(`search bucket\n${storyId}`).digest();
  return hash.readUInt32BE(0) % count;
}

/**
 * How many buckets for these stories: the smallest power of two with at most STORIES_PER_BUCKET
 * stories a bucket on average, at most MAX_BUCKETS, halved while bucket 0 (the one the browser
 * starts from, with Pagefind's code) would be empty.
 */
export function bucketCount(storyIds: readonly string[]): number {
  let count = 1;
  while (count < MAX_BUCKETS && count * STORIES_PER_BUCKET < storyIds.length) count *= 2;
  while (count > 1 && !storyIds.some((id) => bucketOf(id, count) === 0)) count /= 2;
  return count;
}
