/**
 * Which part of the site a build writes. `all`: everything (the default). `shard`: the stories
 * whose stable hash falls in slice `index` of `count` (their data files and pages), so several
 * machines share the work; `merge`: the shards' outputs put together, plus what spans every
 * story (home and the other lists, the feed, the search index), from the shards' story files
 * rather than the engine.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { OLD_SITE_PREFIX } from './empty-out-dir.ts';

export type BuildSlice =
  | { kind: 'all' }
  | { kind: 'shard'; index: number; count: number }
  | { kind: 'merge'; from: string };

/** Where `build:shard` writes slice i (1-based) and where `build:merge` reads them. */
export const SHARDS_DIR = 'dist-shards';

/** `"2/4"` → slice 2 of 4 (1-based, like `--shard` of Vitest and Playwright); else an error. */
export function parseShard(text: string): { index: number; count: number } {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count)
    throw new Error(`shard "${text}": expected i/n with 1 ≤ i ≤ n, e.g. 1/4`);
  return { index, count };
}

/**
 * The slice from the environment: `MERGE_SHARDS=<folder>` merges; `SHARD=i/n` builds slice i;
 * `JOB_COMPLETION_INDEX` (0-based, set by a Kubernetes Indexed Job) with `JOB_COMPLETION_COUNT`
 * builds slice index + 1. Otherwise the whole site.
 */
export function sliceFromEnv(env: NodeJS.ProcessEnv, root = process.cwd()): BuildSlice {
  const merge = env['MERGE_SHARDS'];
  if (merge) return { kind: 'merge', from: path.resolve(root, merge) };
  if (env['SHARD']) return { kind: 'shard', ...parseShard(env['SHARD']) };
  const jobIndex = env['JOB_COMPLETION_INDEX'];
  const jobCount = env['JOB_COMPLETION_COUNT'];
  if (jobIndex !== undefined && jobCount !== undefined)
    return { kind: 'shard', ...parseShard(`${Number(jobIndex) + 1}/${jobCount}`) };
  return { kind: 'all' };
}

/** The slice (1-based) a story belongs to: a hash of its id, so it never moves as others come. */
export function shardOf(storyId: string, count: number): number {
  const hash = createHash('sha256').update(storyId).digest();
  return (hash.readUInt32BE(0) % count) + 1;
}

/** Whether this build computes and writes the story's own data and pages. */
export function ownsStory(slice: BuildSlice, storyId: string): boolean {
  if (slice.kind === 'all') return true;
  if (slice.kind === 'merge') return false;
  return shardOf(storyId, slice.count) === slice.index;
}

/** Whether this build writes what spans every story: the lists, the feed, the search index. */
export const writesLists = (slice: BuildSlice): boolean => slice.kind !== 'shard';

/** The shards' folders in `from` (each a site folder `build:shard` wrote), or an error. */
export function shardFolders(from: string): string[] {
  let names: string[];
  try {
    names = readdirSync(from, { withFileTypes: true })
      // Not a dot folder: an old site moved aside while being deleted (empty-out-dir.ts).
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith(OLD_SITE_PREFIX))
      .map((entry) => path.join(from, entry.name))
      .sort();
  } catch {
    names = [];
  }
  if (names.length === 0)
    throw new Error(`merge: no shard folders in ${from} (run build:shard for each slice first)`);
  return names;
}
