import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { addVersion, generateContent } from '../../scripts/generate-content.ts';
import { loadContent } from '../../src/node/content/load-content.ts';
import { storyData, storyDataFiles } from '../../src/node/story-data.ts';
import { storyComparisons } from '../../src/node/content/load-content.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'story-data-'));
  generateContent(path.join(dir, 'content'), 2);
  addVersion(path.join(dir, 'content'), 1);
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

it('names from the version ids alone exactly the files a story writes', async () => {
  const { data } = await loadContent('content', dir);
  for (const story of data?.stories ?? []) {
    const versions = story.versions.flatMap((id) => data?.articles.find((a) => a.id === id) ?? []);
    const files = storyData(story, versions, storyComparisons(versions, '', undefined));
    expect(files.map(([file]) => file).sort()).toEqual(storyDataFiles(story).sort());
  }
  // Three versions: each article, its story, and the precomputed comparisons (4·2 − 2 = 6).
  const three = data?.stories.find((s) => s.versions.length === 3);
  expect(three && storyDataFiles(three)).toHaveLength(3 + 1 + 6);
});
