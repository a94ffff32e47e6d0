/**
 * The bench's peak memory counts every process a build starts, not only the build's own.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { startTreeSampler, treeRssKb, type ProcessEntry } from '../../scripts/tree-memory.ts';

const entry = (pid: number, parent: number, rssKb: number): ProcessEntry => ({
  pid,
  parent,
  rssKb,
});

describe('treeRssKb', () => {
  it('sums every process below the root, children of children too', () => {
    const table = [entry(1, 0, 5), entry(10, 1, 100), entry(11, 10, 40), entry(12, 11, 2)];
    expect(treeRssKb(table, 1, -1)).toBe(142);
  });

  it('leaves out the root itself, processes elsewhere, and the skipped one with its children', () => {
    const table = [
      entry(10, 1, 100),
      entry(20, 1, 7), // the sampler
      entry(21, 20, 9),
      entry(30, 2, 1000), // not ours
    ];
    expect(treeRssKb(table, 1, 20)).toBe(100);
    expect(treeRssKb(table, 99, -1)).toBe(0);
  });
});

describe('startTreeSampler', () => {
  it('sees a child that holds 200 MB for a moment', () => {
    const sampler = startTreeSampler();
    spawnSync(process.execPath, [
      '-e',
      'const held = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => held.length, 800)',
    ]);
    expect(sampler.stop()).toBeGreaterThanOrEqual(200);
  });
});
