/**
 * What the prerender step needs to build one slice of the site (see shard.ts) and to reuse the
 * pages of an earlier build: which story a page belongs to, the content hash of a story's data,
 * the hash of the server bundle, and the merge's copying of the shards' files.
 */
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { comparisonKey } from '../domain/content.ts';
import { hashOf } from './content/build-cache.ts';
import { shardFolders } from './shard.ts';
import {
  ARTICLE_DATA,
  COMPARISON_DATA,
  LIST_DATA,
  STORY_DATA,
  type ServerContent,
} from './vite-plugin-content.ts';

/** The story a page shows (its own data and nothing else), or null for a list page. */
export function storyOfUrl(url: string | null, content: ServerContent): string | null {
  const [, kind, a] = (url ?? '').split('/').map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  });
  if (!a) return null;
  if (kind === 'stories') return a;
  if (kind === 'articles' || kind === 'compare')
    return content.articles[a]?.index.stories[0]?.id ?? null;
  return null;
}

/** The hash of everything a story's pages are made from: its versions, timeline, comparisons. */
export function storyDataHash(storyId: string, content: ServerContent): string {
  const story = content.stories[storyId];
  const versions = story?.index.stories[0]?.versions ?? [];
  const parts = [JSON.stringify(story ?? null)];
  for (const id of versions) parts.push(JSON.stringify(content.articles[id] ?? null));
  for (const left of versions)
    for (const right of versions) {
      const comparison = content.comparisons[comparisonKey(left, right)];
      if (comparison) parts.push(left, right, JSON.stringify(comparison));
    }
  return hashOf(...parts);
}

/**
 * The same as storyDataHash, from the keys the build recorded for the story's data files (the
 * hash of each file's text, data-files.ts) where it has every one: the pages are rendered from
 * those files. Hashing the story's data again (every body and comparison) took 1.4 s of a 20 s
 * rebuild at 10,000 stories.
 */
export function storyDataKey(
  storyId: string,
  content: ServerContent,
  keyOf: (file: string) => string | undefined,
): string {
  const versions = content.stories[storyId]?.index.stories[0]?.versions ?? [];
  const files = [
    `${STORY_DATA}${storyId}.json`,
    ...versions.map((id) => `${ARTICLE_DATA}${id}.json`),
  ];
  for (const left of versions)
    for (const right of versions) {
      const key = comparisonKey(left, right);
      if (content.comparisons[key]) files.push(`${COMPARISON_DATA}${key}.json`);
    }
  const keys = files.map(keyOf);
  return keys.every((key) => key !== undefined)
    ? hashOf('data files', ...files.flatMap((file, i) => [file, keys[i] ?? '']))
    : storyDataHash(storyId, content);
}

/** The same as listDataHash, from the keys of the lists' data files where it has every one. */
export function listDataKey(
  keys: readonly string[],
  content: ServerContent,
  keyOf: (file: string) => string | undefined,
): string {
  const files = keys.map((key) => `${LIST_DATA}${key}.json`);
  const fileKeys = files.map(keyOf);
  return fileKeys.every((key) => key !== undefined)
    ? hashOf('data files', ...files.flatMap((file, i) => [file, fileKeys[i] ?? '']))
    : listDataHash(keys, content);
}

/** The hash of the list pages `keys` (`home/2`, `tag/weather/1`…): their names and data. */
export function listDataHash(keys: readonly string[], content: ServerContent): string {
  return hashOf(...keys.flatMap((key) => [key, JSON.stringify(content.lists[key] ?? null)]));
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
