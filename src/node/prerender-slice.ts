/**
 * What the prerender step needs to build one slice of the site (see shard.ts) and to reuse the
 * pages of an earlier build: which story a page belongs to, the content hash of a story's data,
 * the hash of the server bundle, and the merge's copying of the shards' files.
 */
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Story } from '../domain/article.ts';
import type { ContentIndex } from '../domain/content.ts';
import { hashOf } from './content/build-cache.ts';
import { shardFolders } from './shard.ts';
import { storyDataFiles } from './story-data.ts';
import { LIST_DATA } from './vite-plugin-content.ts';

/** What the prerender step knows of the site: the list index, as maps, and the site folder. */
export interface SiteIndex {
  outDir: string;
  storyOfArticle: ReadonlyMap<string, string>;
  stories: ReadonlyMap<string, Story>;
}

export function siteIndexOf(index: ContentIndex, outDir: string): SiteIndex {
  const storyOfArticle = new Map<string, string>();
  for (const story of index.stories)
    for (const version of story.versions) storyOfArticle.set(version, story.id);
  return { outDir, storyOfArticle, stories: new Map(index.stories.map((s) => [s.id, s])) };
}

/** The story a page shows (its own data and nothing else), or null for a list page. */
export function storyOfUrl(url: string | null, site: SiteIndex): string | null {
  const [, kind, a] = (url ?? '').split('/').map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  });
  if (!a) return null;
  if (kind === 'stories') return a;
  if (kind === 'articles' || kind === 'compare') return site.storyOfArticle.get(a) ?? null;
  return null;
}

/**
 * The key of data files: the key the build recorded for each (site-sync.ts: the hash of its text,
 * or of the story's inputs, data-files.ts), else the hash of the file as it is in the site (a
 * merge copies the shards' files). Pages are rendered from those files, so equal keys, equal
 * pages. Hashing a story's data again from memory took 1.4 s of a 20 s rebuild at 10,000.
 */
function dataFilesKey(
  files: readonly string[],
  site: SiteIndex,
  keyOf: (file: string) => string | undefined,
): string {
  const fromDisk = (file: string) => {
    try {
      return hashOf(readFileSync(path.join(site.outDir, file), 'utf8'));
    } catch {
      return hashOf('missing');
    }
  };
  return hashOf('data files', ...files.flatMap((file) => [file, keyOf(file) ?? fromDisk(file)]));
}

/** The key of everything a story's pages are made from: its versions, timeline, comparisons. */
export function storyDataKey(
  storyId: string,
  site: SiteIndex,
  keyOf: (file: string) => string | undefined,
): string {
  const story = site.stories.get(storyId) ?? { id: storyId, versions: [] };
  return dataFilesKey(storyDataFiles(story), site, keyOf);
}

/** The key of the list pages `keys` (`home/2`, `tag/weather/1`…): their names and data. */
export function listDataKey(
  keys: readonly string[],
  site: SiteIndex,
  keyOf: (file: string) => string | undefined,
): string {
  return dataFilesKey(
    keys.map((key) => `${LIST_DATA}${key}.json`),
    site,
    keyOf,
  );
}

/** The hash of every file in a folder (the server bundle): the code that renders a page. */
export function folderHash(dir: string): string {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  return hashOf(...files.flatMap((file) => [path.relative(dir, file), readFileSync(file)]));
}

/** The folders of a site that hold one story's files: its data and its pages. */
const STORY_FOLDERS = [
  'data/article',
  'data/comparison',
  'data/story',
  'stories',
  'articles',
  'compare',
];

/**
 * Copies each shard's story files into the merged site, after checking that the shard was built
 * from the same app (its scripts and styles are the merge's, byte for byte): its pages link them.
 */
export function copyShards(from: string, outDir: string): number {
  const shards = shardFolders(from);
  for (const shard of shards) {
    const assets = path.join(shard, 'assets');
    // Source maps name their sources relative to the folder they were written to: not compared.
    for (const name of existsSync(assets) ? readdirSync(assets) : []) {
      if (name.endsWith('.map')) continue;
      const ours = path.join(outDir, 'assets', name);
      if (!existsSync(ours) || !readFileSync(ours).equals(readFileSync(path.join(assets, name))))
        throw new Error(
          `merge: ${path.relative(process.cwd(), shard)} was built from other code (assets/${name} differs); build every shard and the merge from the same commit`,
        );
    }
    for (const folder of STORY_FOLDERS) {
      const source = path.join(shard, folder);
      if (existsSync(source))
        cpSync(source, path.join(outDir, folder), { recursive: true, force: true });
    }
  }
  return shards.length;
}
