import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownsStory, parseShard, shardOf, sliceFromEnv, writesLists } from '../../src/node/shard.ts';

describe('parseShard', () => {
  it('reads i/n, 1-based', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
  });
  it.each(['0/4', '5/4', '1/0', '2', 'a/b', '-1/3', ''])('refuses %j', (text) => {
    expect(() => parseShard(text)).toThrow(/expected i\/n/);
  });
});

describe('sliceFromEnv', () => {
  it('is the whole site by default', () => {
    expect(sliceFromEnv({})).toEqual({ kind: 'all' });
  });
  it('reads SHARD, and a Kubernetes Indexed Job (0-based index) as slice index + 1', () => {
    expect(sliceFromEnv({ SHARD: '3/5' })).toEqual({ kind: 'shard', index: 3, count: 5 });
    expect(sliceFromEnv({ JOB_COMPLETION_INDEX: '0', JOB_COMPLETION_COUNT: '4' })).toEqual({
      kind: 'shard',
      index: 1,
      count: 4,
    });
    // The index alone (any Indexed Job sets it) does not make a shard.
    expect(sliceFromEnv({ JOB_COMPLETION_INDEX: '2' })).toEqual({ kind: 'all' });
  });
  it('merges from a folder, resolved from the root', () => {
    expect(sliceFromEnv({ MERGE_SHARDS: 'dist-shards' }, '/site')).toEqual({
      kind: 'merge',
      from: path.resolve('/site', 'dist-shards'),
    });
  });
});

describe('which build owns what', () => {
  const ids = Array.from({ length: 200 }, (_, i) => `story-${i}`);
  it('puts every story in exactly one of n slices, spread over all of them', () => {
    const counts = [0, 0, 0, 0];
    for (const id of ids) {
      const owners = [1, 2, 3, 4].filter((index) =>
        ownsStory({ kind: 'shard', index, count: 4 }, id),
      );
      expect(owners).toHaveLength(1);
      const slot = (owners[0] ?? 1) - 1;
      counts[slot] = (counts[slot] ?? 0) + 1;
    }
    for (const count of counts) expect(count).toBeGreaterThan(20);
  });
  it('keeps a story in its slice whatever other stories there are', () => {
    expect(shardOf('story-7', 4)).toBe(shardOf('story-7', 4));
  });
  it('gives the lists to the whole build and the merge, the stories to the whole build and shards', () => {
    expect(ownsStory({ kind: 'all' }, 'x')).toBe(true);
    expect(ownsStory({ kind: 'merge', from: '/s' }, 'x')).toBe(false);
    expect(writesLists({ kind: 'all' })).toBe(true);
    expect(writesLists({ kind: 'merge', from: '/s' })).toBe(true);
    expect(writesLists({ kind: 'shard', index: 1, count: 2 })).toBe(false);
  });
});
