/**
 * The site build's data files, one story at a time (issue 16: memory that does not grow with the
 * archive beyond the list index). For each story of this build's slice: its key (its files'
 * text hashes and the code, content-stream.ts); when the site folder holds every one of its data
 * files from that key (site-sync.ts) and its digest is known, nothing is read; otherwise its
 * versions are loaded, compared (or taken from the story cache), written and dropped. Then the
 * lists, from the summaries and the digests.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Story } from '../domain/article.ts';
import { hashOf, openCache } from './content/build-cache.ts';
import {
  loadStory,
  storyKey,
  type ContentIndexData,
  type LoadedIndex,
} from './content/content-stream.ts';
import { writeDataFiles } from './data-files.ts';
import { ownsStory, shardFolders, writesLists, type BuildSlice } from './shard.ts';
import type { SiteSync } from './site-sync.ts';
import { storyData, storyDataFiles } from './story-data.ts';
import type { StoryPayload } from '../domain/story.ts';
import { indexListPayloads, LIST_DATA, STORY_DATA } from './vite-plugin-content.ts';

export interface SiteDataFigures {
  /** The index with every digest this build knows (all of them but a shard's). */
  index: ContentIndexData;
  /** Stories loaded in full (the rest were left in place). */
  loaded: number;
  /** Data files this build wrote or left in place. */
  files: number;
}

/** A story's digest as the shard that owns it wrote it (the merge computes no comparison). */
function digestFromShards(story: Story, from: string): Story {
  for (const shard of shardFolders(from)) {
    let payload: StoryPayload;
    try {
      const file = path.join(shard, `${STORY_DATA}${story.id}.json`);
      payload = JSON.parse(readFileSync(file, 'utf8')) as StoryPayload;
    } catch {
      continue;
    }
    const digest = payload.index.stories[0]?.digest;
    return digest ? { ...story, digest } : story;
  }
  throw new Error(
    `merge: no shard in ${from} built story "${story.id}" (build every shard of the same content first)`,
  );
}

export async function writeSiteData(
  outDir: string,
  loaded: LoadedIndex & { index: ContentIndexData },
  slice: BuildSlice,
  root: string,
  sync?: SiteSync,
): Promise<SiteDataFigures> {
  const { index, sources, lastStories } = loaded;
  const caches = {
    parsed: openCache('parsed', root),
    stories: openCache('stories', root),
    comparisons: openCache('comparisons', root),
  };
  const keys = new Map(lastStories);
  const stories: Story[] = [];
  let count = 0;
  async function* files(): AsyncGenerator<[string, unknown, string?]> {
    for (const story of index.stories) {
      if (slice.kind === 'merge') {
        stories.push(digestFromShards(story, slice.from));
        continue;
      }
      if (!ownsStory(slice, story.id)) {
        stories.push(story);
        continue;
      }
      const key = storyKey(story, sources);
      const fileKey = (file: string) => hashOf('story file', key, file);
      const last = lastStories.get(story.id);
      if (
        last?.key === key &&
        sync &&
        storyDataFiles(story).every((file) => sync.unchanged(file, () => fileKey(file)))
      ) {
        stories.push(last.digest ? { ...story, digest: last.digest } : story);
        continue;
      }
      const { versions, result } = await loadStory(story, sources, key, root, caches);
      count++;
      stories.push({ ...story, digest: result.digest });
      keys.set(story.id, { key, ...(result.digest ? { digest: result.digest } : {}) });
      for (const [file, value] of storyData(story, versions, result))
        yield [file, value, fileKey(file)];
    }
    if (writesLists(slice))
      for (const [key, payload] of indexListPayloads(index.articles, stories))
        yield [`${LIST_DATA}${key}.json`, payload];
  }
  const written = await writeDataFiles(outDir, files(), sync);
  const known = new Set(index.stories.map((s) => s.id));
  for (const id of keys.keys()) if (!known.has(id)) keys.delete(id);
  loaded.save(keys);
  return { index: { articles: index.articles, stories }, loaded: count, files: written };
}
