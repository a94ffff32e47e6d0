/**
 * A site built as shards and merged is the site built at once: the same files, byte for byte.
 * Four real `vite build`s of a small generated archive (slow: a hang guard, not a speed bound).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent } from '../../scripts/generate-content.ts';
import { buildAllShards, buildStep } from '../../scripts/build-shards.ts';
import { SEARCH_DIR } from '../../src/domain/search-index.ts';
import { shardOf } from '../../src/node/shard.ts';
import { differingFiles, filesOf } from '../support/site-files.ts';

let dir: string;
const env = () => ({
  CONTENT_DIR: path.join(dir, 'content'),
  BUILD_CACHE: path.join(dir, 'cache'),
});
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'shard-build-'));
  generateContent(path.join(dir, 'content'), 6);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('a sharded build', () => {
  it('puts every story in exactly one slice, and both slices get some', () => {
    const slices = Array.from({ length: 6 }, (_, i) => shardOf(`generated-story-${i + 1}`, 2));
    expect(new Set(slices)).toEqual(new Set([1, 2]));
  });

  it('merged, equals the build of the whole site', { timeout: 900_000 }, () => {
    buildStep(path.join(dir, 'whole'), env());
    buildAllShards(2, path.join(dir, 'shards'), path.join(dir, 'merged'), env());
    const whole = filesOf(path.join(dir, 'whole'));
    const merged = filesOf(path.join(dir, 'merged'));
    expect(merged).toEqual(whole);
    expect(whole).toContain('articles/generated-story-1-ap/index.html');
    const differ = differingFiles(whole, path.join(dir, 'whole'), path.join(dir, 'merged'));
    expect(differ).toEqual([]);
    // Each shard holds only its own stories' pages, and no lists.
    const first = filesOf(path.join(dir, 'shards', '1'));
    expect(first).not.toContain('feed.xml');
    expect(first.some((file) => file.startsWith(`${SEARCH_DIR}/`))).toBe(false);
    const stories = first.filter((file) => /^stories\/.+\/index\.html$/.test(file));
    expect(stories.length).toBeGreaterThan(0);
    for (const file of stories) expect(shardOf(file.split('/')[1] ?? '', 2)).toBe(1);
  });
});
